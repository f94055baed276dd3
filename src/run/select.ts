/**
 * What `plan validate` and `plan build` report, after the content has been checked whole: the accepted
 * findings (the baseline) taken out and stale entries added, optionally only what a branch changed
 * (--changed), optionally errors only (--quiet). The checks themselves never change: only the selection.
 */
import { constants } from 'node:fs';
import { lstat, open, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  acceptCodeProblem,
  applyBaseline,
  BASELINE_FILE,
  type Baseline,
  createBaseline,
  type Finding,
  parseBaseline,
  pruneBaseline,
  refusedPlaceholders,
  serializeBaseline,
  staleDiagnostic,
} from '../core/baseline.js';
import { inChanged } from '../core/changed.js';
import { compareDiagnostics, type Diagnostic, localize, summarize } from '../core/diagnostics/index.js';
import { changedFiles } from '../io/git.js';
import { LoadError } from '../io/load.js';
import { summaryLine } from '../reporters/pretty.js';
import { type Checked, type ContentOptions, type RunIo, ToolError } from './types.js';

export interface SelectOptions {
  /** Errors only. */
  quiet?: boolean;
  /** Only diagnostics in or related to files changed since the merge base with `base`. */
  changed?: boolean;
  base?: string;
  /** A baseline file; false with --no-baseline; by default planwerk-baseline.json beside the content folder. */
  baseline?: string | boolean;
  updateBaseline?: boolean;
  /** With updateBaseline: accept only the findings of these codes and keep the file's other entries. */
  code?: string[];
  pruneBaseline?: boolean;
  /** GITHUB_BASE_REF, read once by the CLI: the pull request's base branch. */
  githubBaseRef?: string | undefined;
  /** The environment git runs in (PATH, HOME, GIT_*), read once by the CLI. */
  gitEnv?: NodeJS.ProcessEnv;
}

export type Selected<C extends Checked = Checked> = C & {
  /** Warnings the baseline accepts (within the --changed selection). */
  accepted: number;
  /** With --changed, the files changed since the merge base (as diagnostics name them): reporters put them first. */
  changed?: ReadonlySet<string>;
};

export { actionsReporter } from '../reporters/names.js';

const posix = (p: string) => p.split(path.sep).join('/');

/**
 * The baseline options that cannot work together, as a tool error (exit 2); called before the content is read, so
 * a mistyped option costs no run. Returns the codes of --update-baseline --code, when given.
 */
export function checkSelectOptions(opts: SelectOptions): ReadonlySet<string> | undefined {
  if (opts.baseline === false && (opts.updateBaseline || opts.pruneBaseline))
    throw new LoadError('--update-baseline and --prune-baseline need a baseline file; leave out --no-baseline');
  const codes = opts.code && opts.code.length > 0 ? new Set(opts.code) : undefined;
  if (codes && !opts.updateBaseline) throw new ToolError('--code chooses the findings --update-baseline accepts; add --update-baseline');
  for (const c of codes ?? []) {
    const problem = acceptCodeProblem(c);
    if (problem) throw new ToolError(problem);
  }
  return codes;
}

export async function selectDiagnostics<C extends Checked>(
  io: RunIo,
  opts: SelectOptions & Pick<ContentOptions, 'contentDir'>,
  loaded: C,
): Promise<Selected<C>> {
  const raw = loaded.result.diagnostics;
  if (raw.length !== loaded.diagnostics.length) throw new Error('bug: localized diagnostics out of step with the raw ones');
  let reported: Diagnostic[] = loaded.diagnostics;
  let accepted: Diagnostic[] = [];

  const baselinePath =
    opts.baseline === false
      ? undefined
      : path.resolve(io.cwd, typeof opts.baseline === 'string' ? opts.baseline : path.join(path.dirname(opts.contentDir), BASELINE_FILE));
  const codes = checkSelectOptions(opts);
  if (baselinePath !== undefined) {
    const baseDir = path.dirname(baselinePath);
    const shown = posix(path.relative(io.cwd, baselinePath));
    const toBaseline = (file: string) => posix(path.relative(baseDir, path.resolve(io.cwd, file)));
    const toDisplay = (file: string) => posix(path.relative(io.cwd, path.resolve(baseDir, file)));
    const findings = toFindings(loaded, toBaseline);
    // --update-baseline --code reads the file to keep its other entries; a plain --update-baseline replaces it.
    let baseline = opts.updateBaseline && !codes ? undefined : await readBaseline(baselinePath, shown, typeof opts.baseline === 'string');
    if (opts.updateBaseline) {
      baseline = createBaseline(findings, codes ? { codes, previous: baseline } : undefined);
      await writeBaseline(baselinePath, baseline);
      io.stderr.write(updateReport(shown, baseline, findings, codes, loaded.diagnostics.filter((d) => d.severity === 'error').length));
    } else if (opts.pruneBaseline && baseline) {
      const { stale } = applyBaseline(findings, baseline);
      baseline = pruneBaseline(baseline, stale);
      await writeBaseline(baselinePath, baseline);
      io.stderr.write(`plan: removed ${stale.length} stale ${stale.length === 1 ? 'entry' : 'entries'} from ${shown}.\n`);
    }
    if (baseline) {
      const applied = applyBaseline(findings, baseline);
      accepted = applied.accepted;
      reported = [...applied.reported, ...applied.stale.map((e) => localize(staleDiagnostic(e, shown, toDisplay), loaded.language))];
    }
  }

  const changed = opts.changed ? await changedSet(io, opts) : undefined;
  if (changed) {
    reported = inChanged(reported, changed);
    accepted = inChanged(accepted, changed);
  }
  if (opts.quiet) reported = reported.filter((d) => d.severity === 'error');
  return { ...loaded, diagnostics: [...reported].sort(compareDiagnostics), accepted: accepted.length, ...(changed ? { changed } : {}) };
}

/** What --update-baseline did: what the file accepts, and what it did not accept and why. */
function updateReport(
  shown: string,
  baseline: Baseline,
  findings: Finding[],
  codes: ReadonlySet<string> | undefined,
  errors: number,
): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const chosen = codes ? baseline.accepted.filter((e) => codes.has(e.code)).length : baseline.accepted.length;
  const kept = baseline.accepted.length - chosen;
  const what = codes
    ? `${n(chosen, 'finding', 'findings')} of ${[...codes].sort().join(', ')} (and keeps ${n(kept, 'other entry', 'other entries')})`
    : n(chosen, 'finding', 'findings');
  // --code never names a placeholder code, so only a whole update has placeholders to refuse.
  const refused = codes ? [] : refusedPlaceholders(findings);
  const lines = [`plan: ${shown} accepts ${what}${errors > 0 ? `; errors cannot be accepted, ${errors} still to fix` : ''}.`];
  if (refused.length > 0) {
    const which = [...new Set(refused.map((f) => f.raw.code))].sort().join(', ');
    lines.push(
      `plan: did not accept ${n(refused.length, 'placeholder finding', 'placeholder findings')} (${which}): planwerk wrote that text for you to replace, so they stay reported until it is.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Each diagnostic with the file as the baseline names it, its source line and its English message. */
function toFindings(loaded: Checked, toBaseline: (file: string) => string): Finding[] {
  const texts = new Map(loaded.sources.map((s) => [s.path, s.text]));
  const lines = new Map<string, string[]>();
  const lineOf = (file: string, line: number): string => {
    if (!lines.has(file)) lines.set(file, (texts.get(file) ?? '').split('\n'));
    return lines.get(file)![line - 1] ?? '';
  };
  return loaded.result.diagnostics.map((r, i) => ({
    raw: r,
    diagnostic: loaded.diagnostics[i]!,
    file: r.file === undefined ? '' : toBaseline(r.file),
    lineText: r.file !== undefined && r.line !== undefined ? lineOf(r.file, r.line) : '',
    englishMessage: localize(r, 'en').message,
  }));
}

/** Over this a baseline is refused unread (about 100,000 entries; the shipped one is 6 KB). */
const BASELINE_LIMIT = 32 * 1024 * 1024;

/**
 * The baseline's text, read as carefully as content: a symbolic link, anything but a regular file, or a file over
 * the limit is refused by name, unread, and nothing of its bytes is ever printed.
 */
async function readBaseline(file: string, shown: string, required: boolean): Promise<Baseline | undefined> {
  let text: string;
  try {
    const info = await lstat(file);
    if (info.isSymbolicLink()) throw new LoadError(`the baseline ${shown} is a symbolic link; use the file itself (nothing read)`);
    if (!info.isFile()) throw new LoadError(`the baseline ${shown} is not a file (nothing read)`);
    if (info.size > BASELINE_LIMIT)
      throw new LoadError(
        `the baseline ${shown} is ${Math.round(info.size / 1024 / 1024)} MB, over the limit of ${BASELINE_LIMIT / 1024 / 1024} MB (nothing read)`,
      );
    // O_NOFOLLOW: a link swapped in since the check is not followed either.
    const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof LoadError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !required) return undefined;
    throw new LoadError(`cannot read the baseline ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseBaseline(text);
  if (typeof parsed === 'string') throw new LoadError(`${shown} is not a planwerk baseline: ${parsed}`);
  return parsed;
}

async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  const text = serializeBaseline(baseline);
  // Unchanged content is not rewritten, so the file's time stamp only moves when its findings do.
  if ((await readFile(file, 'utf8').catch(() => undefined)) === text) return;
  try {
    await writeFile(file, text);
  } catch (e) {
    throw new LoadError(`cannot write the baseline ${file}: ${(e as Error).message}`);
  }
}

/** The changed files in the diagnostics' form, or undefined (said on stderr) when git cannot tell. */
async function changedSet(io: RunIo, opts: SelectOptions & Pick<ContentOptions, 'contentDir'>): Promise<Set<string> | undefined> {
  const candidates =
    opts.base !== undefined ? [opts.base] : opts.githubBaseRef ? [`origin/${opts.githubBaseRef}`] : ['origin/main', 'main'];
  const result = await changedFiles(opts.contentDir, candidates, opts.gitEnv ?? {});
  if ('reason' in result) {
    io.stderr.write(`plan: --changed: ${result.reason}; reporting every finding.\n`);
    return undefined;
  }
  // git names files from the repository's real top folder; the diagnostics from the working folder.
  const cwd = await realpath(io.cwd).catch(() => io.cwd);
  const files = result.files.map((f) => posix(path.relative(cwd, path.join(result.top, f))));
  io.stderr.write(
    `plan: --changed: ${files.length} ${files.length === 1 ? 'file' : 'files'} changed since ${result.base} (${result.mergeBase.slice(0, 12)}); reporting what is in or related to them.\n`,
  );
  return new Set(files);
}

/** The pretty and compact summary line with the accepted findings counted in: “0 warnings (23 accepted)”. */
export function withAccepted(text: string, selected: Selected, verbose?: boolean): string {
  if (selected.accepted === 0) return text;
  const line = summaryLine(summarize(selected.diagnostics, selected.result.files), selected.language, verbose === true);
  // Other reporters (json, github, sarif) have no such line; their text stays as it is.
  if (!text.endsWith(`${line}\n`)) return text;
  const extended = line.replace(
    /(\d+ (?:warnings?|waarschuwing(?:en)?))/,
    `$1 (${selected.accepted} ${selected.language === 'nl' ? 'aanvaard' : 'accepted'})`,
  );
  return `${text.slice(0, text.length - line.length - 1)}${extended}\n`;
}
