/**
 * A build with nothing changed writes nothing. After each successful build, a build record (one cache entry per
 * build key) lists every file the build put in the output folder, with its size and SHA-256, and every asset it
 * read. The key covers the content (the run key: every file's path and text), the options that shape the output,
 * the style sheets, the browser for PDFs and the tool's compiled code. When the key matches, the assets read the
 * same bytes and the output folder holds exactly the recorded files, unchanged, the build is up to date: it
 * reports the recorded diagnostics again (through the baseline and selection of this run) and touches nothing.
 * Any difference, or a record that cannot be read, is simply a full build.
 */
import { statSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RawDiagnostic } from '../core/diagnostics/index.js';
import { localize } from '../core/diagnostics/index.js';
import { Cache, NO_CACHE, statsLine } from '../io/cache.js';
import { type OutputFileRecord, sha256 } from '../io/output-dir.js';
import { type StatEntry, statEntry } from '../io/stat-record.js';
import { findBrowser } from '../pdf/browser.js';
import { type BuildOutcome, fail, reportSucceeded } from './build-report.js';
import { type FileRecord, filesUnchanged } from './file-record.js';
import { selectDiagnostics } from './select.js';
import { type BuildOptions, type Checked, exitFor, type RunIo } from './types.js';

/** The format of BuildRecord; the code hash (all of lib/) keys it as well. */
export const BUILD_RECORD_VERSION = 'builds-2';

export interface BuildRecord {
  /** The checks' diagnostics (raw, as the run cache has them), those of the referred files included. */
  checks: RawDiagnostic[];
  files: number;
  /** The referred files (images, fonts, style sheets) as the build read them. */
  assets: FileRecord;
  /** Every file of the output folder, the marker included. */
  outputs: OutputFileRecord[];
  /** What the build listed on standard output, in order. */
  listed: string[];
}

/** The browser a PDF build would use, by path, size and time: another Chromium may print other bytes. */
function browserIdentity(options: BuildOptions): string {
  if (options.format !== 'all') return '';
  try {
    const exe = findBrowser(options.pdf.env);
    const info = statSync(exe);
    return `${exe} ${info.size} ${info.mtimeMs}`;
  } catch {
    return 'none';
  }
}

/** The options that shape the output. Not the terminal's language (--lang): reuse() phrases what is printed anew. */
export const buildSettings = (options: BuildOptions): string =>
  JSON.stringify({
    format: options.format,
    locale: options.locale ?? null,
    asOf: options.asOf ?? null,
    buildDate: options.buildDate,
    sourceDateEpoch: options.sourceDateEpoch ?? null,
    browser: browserIdentity(options),
  });

/** The record cache and this build's key in it; undefined without a cache (--no-cache). */
export function buildRecords(options: BuildOptions, runKey: string, css: string): { cache: Cache<BuildRecord>; key: string } | undefined {
  const cache = new Cache<BuildRecord>(options.cache ?? NO_CACHE, 'builds', BUILD_RECORD_VERSION, ['.', '../templates']);
  if (!cache.enabled) return undefined;
  return { cache, key: cache.key([runKey, buildSettings(options), css]) };
}

/**
 * Whether the assets and the output folder are exactly as the record has them. `seen` is given each output's
 * status as it was before its bytes were read (stat-record.ts).
 */
export async function stillInPlace(record: BuildRecord, options: BuildOptions, seen?: StatEntry[]): Promise<boolean> {
  if (!(await filesUnchanged(record.assets, options.contentDir))) return false;
  const names = await readdir(options.outDir).catch(() => undefined);
  if (!names || names.sort().join('\n') !== record.outputs.map((o) => o.path).join('\n')) return false;
  for (const o of record.outputs) {
    const file = path.join(options.outDir, o.path);
    const info = await lstat(file, { bigint: true }).catch(() => undefined);
    if (!info?.isFile() || Number(info.size) !== o.size) return false;
    seen?.push(statEntry(o.path, info));
    if (sha256(await readFile(file)) !== o.sha256) return false;
  }
  return true;
}

/**
 * The output folder is the last build's, exactly, and nothing it was made from changed: report that build's
 * diagnostics (through this run's baseline and selection, which may differ) and list its files; write nothing.
 */
export async function reuse(
  options: BuildOptions,
  io: RunIo,
  sources: Checked['sources'],
  record: BuildRecord,
  caches: Checked['caches'],
): Promise<BuildOutcome> {
  const language = options.lang;
  const checked: Checked = {
    sources,
    result: { diagnostics: record.checks, files: record.files },
    diagnostics: record.checks.map((d) => localize(d, language)),
    language,
    threads: 1,
    caches,
  };
  const selected = await selectDiagnostics(io, options, checked);
  if (options.cache?.stats) io.stderr.write(statsLine(caches));
  const failed = exitFor(selected.diagnostics, options.strict);
  if (failed !== 0) return { exitCode: fail(options, io, selected, selected.diagnostics, failed) };
  reportSucceeded(options, io, selected);
  if (options.verbose) io.stderr.write(`plan: ${options.outShown}/ is up to date: nothing changed since it was built.\n`);
  for (const p of record.listed) io.stdout.write(`${path.join(options.outShown, p)}\n`);
  return { exitCode: 0 };
}
