/**
 * The up-to-date check without reading the content (src/run/up-to-date.ts reads and hashes every file, and every
 * output). Beside the build record, a status record keeps the status of every content folder listed, content
 * file read and output file hashed when a full check last found the build up to date, with that check's run key.
 * When every one of them has exactly that status now (src/io/stat-record.ts), the content and the output are the
 * bytes that check read: the same build record applies, and only the files the diagnostics name are read (their
 * lines are shown). Any difference, a record that cannot be read, or a load with anything a status cannot vouch
 * for (a link, a file with a problem) is the full check, as before; so is a content status taken too close to the
 * time of the check (racily clean).
 *
 * A build keeps the statuses too: those of the content it loaded, and those of the outputs it has just written.
 * An output's status is then racily clean (written after the load), so it vouches for nothing alone: its bytes are
 * hashed and compared with the record, as git compares a racily clean file's contents, once for the guard and
 * this check together (knownOutputs). When every output is old enough by then, the statuses are kept again with
 * this check's time, and the checks after it hash nothing.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../core/parse.js';
import { Cache } from '../io/cache.js';
import { loadFile, openContentFolder } from '../io/load.js';
import { type KnownUnchanged, sha256 } from '../io/output-dir.js';
import { type StatCollector, type StatEntry, trustworthy, unchanged } from '../io/stat-record.js';
import { displayRoot, runCache } from './compile.js';
import { filesUnchanged } from './file-record.js';
import type { BuildOptions, Checked } from './types.js';
import { type BuildRecord, buildRecords, buildSettings } from './up-to-date.js';

/** The format of StatRecord; the code hash keys it as well. */
export const STAT_RECORD_VERSION = 'stats-1';

interface StatRecord {
  /** The run key of the content the statuses were taken of. */
  runKey: string;
  /** When they were taken (ns, as a string). */
  takenAt: string;
  dirs: StatEntry[];
  files: StatEntry[];
  /** The output folder's files, in the build record's order, and the SHA-256 each had then. */
  outputs: StatEntry[];
  sha256s: string[];
}

/** One record per content folder, output folder and output settings. Never warns: it is only a shortcut. */
function statsOf(options: BuildOptions, css: string): { cache: Cache<StatRecord>; key: string } | undefined {
  if (options.cache?.dir === undefined) return undefined;
  const cache = new Cache<StatRecord>({ ...options.cache, warn: undefined }, 'stats', STAT_RECORD_VERSION, ['.', '../templates']);
  const where = [path.resolve(options.contentDir), path.resolve(options.outDir)];
  return { cache, key: cache.key([...where, buildSettings(options), css]) };
}

export interface Reusable {
  sources: SourceFile[];
  record: BuildRecord;
  caches: Checked['caches'];
}

/** The statuses kept for these options, when they can be trusted. Reads the cache, writes nothing. */
export function keptStatuses(options: BuildOptions, css: string): Kept | undefined {
  const stats = statsOf(options, css);
  const kept = stats?.cache.get(stats.key);
  if (!stats || !kept) return undefined;
  const takenAt = BigInt(kept.takenAt);
  // The content's statuses must vouch for its bytes; an output's may be racy: its bytes are then hashed.
  if (!trustworthy([...kept.dirs, ...kept.files], takenAt) || !kept.outputs.every((e) => e[1] === 'f')) return undefined;
  const racy = new Set(kept.outputs.filter((e) => !trustworthy([e], takenAt)).map((e) => e[0]));
  return { ...kept, cache: stats.cache, racy };
}

/** A status record as read, with its cache (whose hit PLANWERK_CACHE_STATS counts when it is used). */
export type Kept = StatRecord & {
  cache: Cache<StatRecord>;
  /** The outputs whose status was taken too close to its time to vouch for their bytes (a build's own). */
  racy: ReadonlySet<string>;
};

/**
 * For the output folder's guard and for upToDateByStatus: an output whose status and hash are the kept ones need
 * not be read again. A racy one is read and hashed, once for both (its answer is kept).
 */
export function knownOutputs(kept: Kept, outDir: string): KnownUnchanged {
  const at = new Map(kept.outputs.map((e, i) => [e[0], i]));
  const verified = new Map<string, boolean>();
  return (rel, recorded) => {
    const i = at.get(rel);
    if (i === undefined || kept.sha256s[i] !== recorded) return false;
    const file = path.join(outDir, rel);
    if (!kept.racy.has(rel)) return unchanged(file, kept.outputs[i]!);
    let same = verified.get(rel);
    if (same === undefined) {
      // The status first, then the bytes: a write after the status read shows in the bytes or in the next status.
      same = unchanged(file, kept.outputs[i]!) && sha256Of(file) === recorded;
      verified.set(rel, same);
    }
    return same;
  };
}

function sha256Of(file: string): string | undefined {
  try {
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** The last build, when nothing it was made from nor anything it made has another status; else undefined. */
export async function upToDateByStatus(
  options: BuildOptions,
  css: string,
  kept: Kept,
  known: KnownUnchanged,
  startedAt: bigint,
): Promise<Reusable | undefined> {
  const root = displayRoot(options.contentDir);
  for (const e of [...kept.dirs, ...kept.files]) if (!unchanged(path.join(root, e[0]), e)) return undefined;
  const records = buildRecords(options, kept.runKey, css);
  const record = records?.cache.get(records.key);
  if (!records || !record || record.outputs.length !== kept.outputs.length) return undefined;
  const names = await readdir(options.outDir).catch(() => undefined);
  if (!names || names.sort().join('\n') !== record.outputs.map((o) => o.path).join('\n')) return undefined;
  const same = (e: StatEntry, i: number) => e[0] === record.outputs[i]!.path && kept.sha256s[i] === record.outputs[i]!.sha256;
  if (!kept.outputs.every((e, i) => same(e, i) && known(e[0], kept.sha256s[i]!))) return undefined;
  if (!(await filesUnchanged(record.assets, options.contentDir))) return undefined;
  const paths = kept.files.map((e) => e[0]);
  const sources = await namedSources(options, record, paths);
  if (!sources) return undefined;
  // Racy outputs hashed and found unchanged, their statuses seen again since `startedAt`: kept with that time, so
  // that once they are old enough the checks after this one hash nothing.
  if (kept.racy.size > 0 && trustworthy(kept.outputs, startedAt)) {
    const { runKey, dirs, files, outputs, sha256s } = kept;
    kept.cache.set(statsOf(options, css)!.key, { runKey, takenAt: String(startedAt), dirs, files, outputs, sha256s });
    await kept.cache.flush();
  }
  return { sources, record, caches: { runs: runCache(options, []).cache, builds: records.cache, statuses: kept.cache } };
}

/**
 * The content files as reporting sees them: every path (SARIF takes the content folder from them), the text only
 * of those the diagnostics name (their lines are shown), read as the load reads them; nothing else reads a text.
 */
async function namedSources(options: BuildOptions, record: BuildRecord, files: readonly string[]): Promise<SourceFile[] | undefined> {
  const all = new Set(files);
  const named = new Set(record.checks.flatMap((d) => (d.file !== undefined && all.has(d.file) ? [d.file] : [])));
  const root = displayRoot(options.contentDir);
  const folder = named.size > 0 ? await openContentFolder(options.contentDir, root) : undefined;
  const sources: SourceFile[] = [];
  for (const file of files) {
    const source = folder && named.has(file) ? loadFile(folder, path.join(root, file)) : { path: file, text: '' };
    if (!source || source.problem || source.path !== file) return undefined;
    sources.push(source);
  }
  return sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * After a full check found the build up to date, or a build wrote its outputs: keep the statuses of the content
 * it loaded (when they can be trusted) and of the outputs (hashed by the next check while they are racy).
 */
export async function keepStatuses(
  options: BuildOptions,
  css: string,
  built: { runKey: string; record: BuildRecord },
  seen: StatCollector,
  outputs: StatEntry[],
): Promise<void> {
  const stats = statsOf(options, css);
  if (!stats || seen.doubt || !trustworthy([...seen.dirs, ...seen.files], seen.takenAt)) return;
  if (!outputs.every((e) => e[1] === 'f')) return;
  const { runKey, record } = built;
  if (outputs.length !== record.outputs.length) return;
  const sha256s = record.outputs.map((o) => o.sha256);
  stats.cache.set(stats.key, { runKey, takenAt: String(seen.takenAt), dirs: seen.dirs, files: seen.files, outputs, sha256s });
  await stats.cache.flush();
}
