/**
 * plan diff, the composition root:
 *
 *   guard --out → merge base (git) → base content into a temporary folder → build base and head in memory
 *     (produce, as plan build --format html, with the cache) → model diff (src/core/diff) → redlines → write
 *     --out (redlines, changes.md, marker) → report (pretty, markdown, json) on standard output
 *
 * Exit codes: 0 when it ran (changed or not); 1 when the content at the head or at the base has errors (reported
 * as plan validate reports them, on standard error; nothing is compared or written); 2 when it could not run
 * (no repository, no such ref, an --out folder planwerk did not make).
 */
import { summarize } from '../core/diagnostics/index.js';
import { checkOutputDir, markerContents, nothingWritten, OUTPUT_MARKER, outputRecord } from '../io/output-dir.js';
import { createStaging, discard, swapIn, writeInto } from '../io/write.js';
import { diffJson } from '../reporters/diff/json.js';
import { diffMarkdown } from '../reporters/diff/markdown.js';
import { diffPretty } from '../reporters/diff/pretty.js';
import { prettyReporter } from '../reporters/pretty.js';
import { VERSION } from '../version.js';
import { usableCache } from './cache.js';
import { compareVersions } from './diff-compare.js';
import { type Built, baseCandidates, buildVersion, checkoutBase } from './diff-version.js';
import type { OutputOptions } from './produce.js';
import type { ContentOptions, RunIo } from './types.js';

export const DIFF_REPORTERS = ['json', 'markdown', 'pretty'] as const;

export interface DiffOptions extends ContentOptions {
  /** --base, else GITHUB_BASE_REF (as origin/<ref>), else origin/main, else main. */
  base: string | undefined;
  githubBaseRef: string | undefined;
  gitEnv: NodeJS.ProcessEnv;
  reporter: (typeof DIFF_REPORTERS)[number];
  /** The CI artifact the --out folder is uploaded as: the Markdown on standard output names it (a job summary). */
  artifact: string | undefined;
  outDir: string;
  outShown: string;
  color: boolean;
  locale: 'nl-BE' | 'nl' | 'en' | undefined;
  /** The same build date on both sides, so it is no change. */
  buildDate: string;
}

/** The diagnostics of a version that has errors, as plan validate prints them, on standard error. */
function reportErrors(io: RunIo, built: Built, side: string, options: DiffOptions): void {
  const { text } = prettyReporter({
    diagnostics: built.diagnostics,
    summary: summarize(built.diagnostics, built.sources.length),
    lang: options.lang,
    sources: new Map(built.sources.map((s) => [s.path, s.text])),
    color: options.color,
  });
  const said =
    options.lang === 'nl'
      ? `de inhoud ${side} heeft fouten; er is niets vergeleken`
      : `the content ${side} has errors; nothing was compared`;
  io.stderr.write(`${text}plan: diff: ${said}.\n`);
}

async function writeOut(options: DiffOptions, files: { path: string; contents: string }[]): Promise<void> {
  const staging = await createStaging(options.outDir);
  try {
    await writeInto(staging, files);
    const record = outputRecord(new Map(files.map((f) => [f.path, f.contents])));
    await writeInto(staging, [{ path: OUTPUT_MARKER, contents: markerContents(`planwerk ${VERSION}`, record, 'diff') }]);
    await swapIn(staging, options.outDir);
  } finally {
    await discard(staging);
  }
}

export async function diffCommand(given: DiffOptions, io: RunIo): Promise<number> {
  const refusal = await checkOutputDir(given.outDir, given.contentDir, io.cwd, { command: 'diff', lang: given.lang });
  if (refusal) {
    io.stderr.write(`plan: ${refusal.message}\nplan: ${nothingWritten(given.outShown, given.lang)}\n`);
    return 2;
  }
  const options = usableCache(given, io);
  const checkout = await checkoutBase(options.contentDir, baseCandidates(options.base, options.githubBaseRef), options.gitEnv);
  try {
    const shape = (contentDir: string): OutputOptions => ({ ...options, contentDir, format: 'html', asOf: undefined });
    const head = await buildVersion(shape(options.contentDir));
    const here = options.lang === 'nl' ? 'in de werkmap' : 'in the working tree';
    if (head.errors > 0) {
      reportErrors(io, head, here, options);
      return 1;
    }
    const base = await buildVersion(shape(checkout.contentDir));
    const there =
      options.lang === 'nl'
        ? `in ${checkout.ref} (${checkout.commit.slice(0, 12)})`
        : `at ${checkout.ref} (${checkout.commit.slice(0, 12)})`;
    if (base.errors > 0) {
      reportErrors(io, base, there, options);
      return 1;
    }
    // The redlines speak the documents' language: --locale, else the plan's.
    const side = (b: Built) => ({ documents: b.documents!, version: b.version! });
    const { report, redlines } = compareVersions(side(base), side(head), { ref: checkout.ref, commit: checkout.commit }, options.locale);
    const changes = diffMarkdown(report, options.lang);
    await writeOut(options, [...redlines, { path: 'changes.md', contents: changes }]);
    const text =
      options.reporter === 'json'
        ? diffJson(report, `planwerk ${VERSION}`)
        : options.reporter === 'markdown'
          ? options.artifact
            ? diffMarkdown(report, options.lang, { artifact: options.artifact })
            : changes
          : diffPretty(report, options.lang, { color: options.color, outShown: options.outShown });
    io.stdout.write(text);
    return 0;
  } finally {
    await checkout.dispose();
  }
}
