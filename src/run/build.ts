/**
 * plan build, the composition root:
 *
 *   guard --out → up to date by the files' status? → load → up to date? (report, done) → compile (pure core) → render → plan outputs (pure)
 *     → write (staging) → print PDFs → swap in → record → report
 *
 * This file takes the first steps; the rest (src/run/make.ts, with the renderer and the browser) is loaded only
 * when something changed. Content problems (including output names the file system cannot hold) write nothing
 * and exit 1. When the PDFs cannot be made (no browser, a browser that does not start, hangs or crashes) the
 * HTML and data.json are still put in place, with the PDFs that printed completely, and the run exits 2 with
 * what to do. An interrupt writes nothing. A file system that refuses the output gives one line and exit 2.
 * Every failure leaves the previous output as it was, and no staging folder behind.
 */
import { loadContent } from '../io/load.js';
import { checkOutputDir, nothingWritten } from '../io/output-dir.js';
import { type StatEntry, statCollector } from '../io/stat-record.js';
import type { BuildOutcome } from './build-report.js';
import { usableCache } from './cache.js';
import { displayRoot, runCache } from './compile.js';
import { templateCss } from './templates.js';
import type { BuildOptions, RunIo } from './types.js';
import { buildRecords, reuse, stillInPlace } from './up-to-date.js';
import { keepStatuses, keptStatuses, knownOutputs, upToDateByStatus } from './up-to-date-stat.js';

export type { BuildOutcome } from './build-report.js';

export async function build(given: BuildOptions, io: RunIo, signal?: AbortSignal): Promise<BuildOutcome> {
  // Before any status is read: a status kept again by this run must be older than this by the racy window.
  const startedAt = BigInt(Date.now()) * 1_000_000n;
  // The statuses of the last build or check (read only): outputs they vouch for are not read twice.
  const css = await templateCss();
  const kept = keptStatuses(given, css);
  const known = kept && knownOutputs(kept, given.outDir);
  // Refuse before any work: a build replaces its output folder whole.
  const refusal = await checkOutputDir(given.outDir, given.contentDir, io.cwd, { command: 'build', lang: given.lang, known });
  if (refusal) {
    io.stderr.write(`plan: ${refusal.message}\nplan: ${nothingWritten(given.outShown, given.lang)}\n`);
    return { exitCode: 2 };
  }
  const options = usableCache(given, io);
  // Nothing changed by the files' status: no content read (src/run/up-to-date-stat.ts).
  const quick =
    kept && known && options.cache?.dir !== undefined ? await upToDateByStatus(options, css, kept, known, startedAt) : undefined;
  if (quick) return reuse(options, io, quick.sources, quick.record, quick.caches);
  const seen = options.cache?.dir === undefined ? undefined : statCollector();
  const sources = await loadContent(options.contentDir, displayRoot(options.contentDir), seen);
  const runs = runCache(options, sources);
  const records = buildRecords(options, runs.key, css);
  const previous = records?.cache.get(records.key);
  const outputs: StatEntry[] = [];
  if (records && previous && (await stillInPlace(previous, options, outputs))) {
    if (seen) await keepStatuses(options, css, { runKey: runs.key, record: previous }, seen, outputs);
    return reuse(options, io, sources, previous, { runs: runs.cache, builds: records.cache });
  }
  const { makeBuild } = await import('./make.js');
  return makeBuild(options, io, { sources, runs, css, records, ...(seen ? { seen } : {}) }, signal);
}
