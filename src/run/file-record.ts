/**
 * A record of the files a run looked at besides the content's text (images, fonts, style sheets), by SHA-256: a
 * cached result (the run's checks, a build) holds only while they read the same. Small on purpose: a run served
 * from the cache loads this, not the checks.
 */
import { createHash } from 'node:crypto';
import { readInside } from '../io/assets.js';

/** Content-relative path and SHA-256, null for a file looked for and not found; sorted by path. */
export type FileRecord = { path: string; sha256: string | null }[];

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export function fileRecord(read: ReadonlyMap<string, Uint8Array | undefined>): FileRecord {
  return [...read]
    .map(([p, bytes]) => ({ path: p, sha256: bytes ? sha256(bytes) : null }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether every recorded file still reads as recorded (found or not). */
export async function filesUnchanged(record: FileRecord, contentDir: string): Promise<boolean> {
  for (const a of record) {
    const bytes = await readInside(contentDir, a.path);
    if ((bytes ? sha256(bytes) : null) !== a.sha256) return false;
  }
  return true;
}
