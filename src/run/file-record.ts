/**
 * A record of the files a run looked at besides the content's text (images, fonts, style sheets), by SHA-256: a
 * cached result (the run's checks, a build) holds only while they read the same. Small on purpose: a run served
 * from the cache loads this, not the checks.
 */
import { isUnread, type ReadResult } from '../core/asset-read.js';
import { readInside } from '../io/assets.js';
import { sha256 } from '../io/output-dir.js';

/**
 * Content-relative path and SHA-256, null for a file looked for and not found, `over-limit:<size>` for one too large
 * to read (its size is all its diagnostic says); sorted by path.
 */
export type FileRecord = { path: string; sha256: string | null }[];

const digest = (r: ReadResult): string | null => (r === undefined ? null : isUnread(r) ? `over-limit:${r.size}` : sha256(r));

export function fileRecord(read: ReadonlyMap<string, ReadResult>): FileRecord {
  return [...read]
    .map(([p, bytes]) => ({ path: p, sha256: digest(bytes) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether every recorded file still reads as recorded (found or not). */
export async function filesUnchanged(record: FileRecord, contentDir: string): Promise<boolean> {
  for (const a of record) {
    if (digest(await readInside(contentDir, a.path)) !== a.sha256) return false;
  }
  return true;
}
