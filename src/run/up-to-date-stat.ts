/**
 * The up-to-date check without reading the content (src/run/up-to-date.ts reads and hashes every file, and every
 * output). Beside the build record, a status record keeps the status of every content folder listed, content
 * file read and output file hashed when a full check last found the build up to date, with that check's run key.
 * When every one of them has exactly that status now (src/io/stat-record.ts), the content and the output are the
 * bytes that check read: the same build record applies, and only the files the diagnostics name are read (their
 * lines are shown). Any difference, a record that cannot be read, or a load with anything a status cannot vouch
 * for (a link, a file with a problem) is the full check, as before; so is a status taken too close to the time of
 * the check (racily clean).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../core/parse.js';
import { Cache } from '../io/cache.js';
import { loadFile, openContentFolder } from '../io/load.js';
import type { KnownUnchanged } from '../io/output-dir.js';
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
function statRecords(options: BuildOptions, css: string): { cache: Cache<StatRecord>; key: string } | undefined {
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
  const stats = statRecords(options, css);
  const kept = stats?.cache.get(stats.key);
  if (!stats || !kept || !trustworthy([...kept.dirs, ...kept.files, ...kept.outputs], BigInt(kept.takenAt))) return undefined;
  return { ...kept, cache: stats.cache };
}

/** A status record as read, with its cache (whose hit PLANWERK_CACHE_STATS counts when it is used). */
export type Kept = StatRecord & { cache: Cache<StatRecord> };

/** For the output folder's guard: an output whose status and hash are the kept ones need not be read again. */
export function knownOutputs(kept: Kept, outDir: string): KnownUnchanged {
  const at = new Map(kept.outputs.map((e, i) => [e[0], i]));
  return (rel, sha256) => {
    const i = at.get(rel);
    return i !== undefined && kept.sha256s[i] === sha256 && unchanged(path.join(outDir, rel), kept.outputs[i]!);
  };
}

/** The last build, when nothing it was made from nor anything it made has another status; else undefined. */
export async function upToDateByStatus(options: BuildOptions, css: string, kept: Kept): Promise<Reusable | undefined> {
  const root = displayRoot(options.contentDir);
  for (const e of [...kept.dirs, ...kept.files]) if (!unchanged(path.join(root, e[0]), e)) return undefined;
  const records = buildRecords(options, kept.runKey, css);
  const record = records?.cache.get(records.key);
  if (!records || !record || record.outputs.length !== kept.outputs.length) return undefined;
  const names = await readdir(options.outDir).catch(() => undefined);
  if (!names || names.sort().join('\n') !== record.outputs.map((o) => o.path).join('\n')) return undefined;
  const same = (e: StatEntry, i: number) => e[0] === record.outputs[i]!.path && kept.sha256s[i] === record.outputs[i]!.sha256;
  if (!kept.outputs.every((e, i) => same(e, i) && unchanged(path.join(options.outDir, e[0]), e))) return undefined;
  if (!(await filesUnchanged(record.assets, options.contentDir))) return undefined;
  const paths = kept.files.map((e) => e[0]);
  const sources = await namedSources(options, record, paths);
  if (!sources) return undefined;
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

/** After a full check found the build up to date: keep the statuses it saw, when they can be trusted. */
export async function keepStatuses(
  options: BuildOptions,
  css: string,
  built: { runKey: string; record: BuildRecord },
  seen: StatCollector,
  outputs: StatEntry[],
): Promise<void> {
  const stats = statRecords(options, css);
  if (!stats || seen.doubt || !trustworthy([...seen.dirs, ...seen.files, ...outputs], seen.takenAt)) return;
  const { runKey, record } = built;
  if (outputs.length !== record.outputs.length) return;
  const sha256s = record.outputs.map((o) => o.sha256);
  stats.cache.set(stats.key, { runKey, takenAt: String(seen.takenAt), dirs: seen.dirs, files: seen.files, outputs, sha256s });
  await stats.cache.flush();
}
