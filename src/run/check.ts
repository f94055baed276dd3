/** plan validate and plan export: compile the content, then report it or print the model. */
import { writeFile } from 'node:fs/promises';
import { localize, summarize } from '../core/diagnostics/index.js';
import { exportModel } from '../core/export.js';
import { flushAll, statsLine } from '../io/cache.js';
import { asWriteError } from '../io/write.js';
import { REPORTERS } from '../reporters/index.js';
import { safeJson } from '../reporters/safe-text.js';
import { VERSION } from '../version.js';
import { usableCache } from './cache.js';
import { checkContent, compileContent } from './compile.js';
import { checkSelectOptions, type SelectOptions, selectDiagnostics, withAccepted } from './select.js';
import { type CiEnv, type Compiled, type ContentOptions, exitFor, type RunIo } from './types.js';

export interface ValidateOptions extends ContentOptions, SelectOptions {
  reporter: string;
  strict: boolean;
  verbose: boolean;
  color: boolean;
  /** GITHUB_STEP_SUMMARY: a file the github reporter appends its table to. */
  jobSummaryFile: string | undefined;
  ciEnv?: CiEnv;
}

/** Returns the exit code. */
export async function validate(given: ValidateOptions, io: RunIo): Promise<number> {
  checkSelectOptions(given);
  const options = usableCache(given, io);
  // Everything is checked; the baseline, --changed and --quiet only choose what is reported.
  const selected = await selectDiagnostics(io, options, await checkContent(options));
  const { sources, result, diagnostics, language, threads, caches } = selected;
  await flushAll(caches);
  if (options.cache?.stats) io.stderr.write(statsLine(caches));
  const out = REPORTERS[options.reporter]!({
    diagnostics,
    summary: summarize(diagnostics, result.files),
    lang: language,
    sources: new Map(sources.map((s) => [s.path, s.text])),
    color: options.color,
    verbose: options.verbose,
    changedFiles: selected.changed,
    env: options.ciEnv,
  });
  io.stdout.write(withAccepted(out.text, selected, options.verbose));
  if (options.verbose && options.reporter === 'pretty') {
    const unit = threads === 1 ? 'thread' : 'threads';
    io.stdout.write(
      language === 'nl' ? `(${threads} ${unit} voor het lezen en controleren)\n` : `(${threads} ${unit} for reading and checking)\n`,
    );
  }
  if (out.jobSummary && options.jobSummaryFile) await writeFile(options.jobSummaryFile, `${out.jobSummary}\n`, { flag: 'a' });
  return exitFor(diagnostics, options.strict);
}

/**
 * The resolved model as JSON (the same as data.json of a build). Its diagnostics are always in English, whatever
 * the terminal's language: data.json is a contract for machines, the same bytes on every machine (docs/export.md).
 * C1 and bidi characters are written as `\u` escapes (safeJson).
 */
export function modelJson(compiled: Compiled): string {
  const { result } = compiled;
  const diagnostics = result.diagnostics.map((d) => localize(d, 'en'));
  const model = exportModel(result.context, diagnostics, {
    generator: `planwerk ${VERSION}`,
    indicators: result.indicators,
    differences: result.differences,
  });
  return `${safeJson(JSON.stringify(model, null, 2))}\n`;
}

/** Returns the exit code. `output`: absolute file to write, else standard output. */
export async function exportCommand(options: ContentOptions & { output: string | undefined }, io: RunIo): Promise<number> {
  const compiled = await compileContent(usableCache(options, io));
  const json = modelJson(compiled);
  if (options.output) await writeFile(options.output, json).catch((e: unknown) => Promise.reject(asWriteError(e, options.output!)));
  else io.stdout.write(json);
  return exitFor(compiled.diagnostics, false);
}
