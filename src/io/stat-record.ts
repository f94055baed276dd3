/**
 * File status as make and git's index use it: a file whose status (type, device, inode, size, modification and
 * change times to the nanosecond) is what it was when its bytes were read still holds those bytes. Any write
 * through the file system sets the change time to the clock's present, and nothing but the clock can set it
 * back, so an edit that keeps the size and puts the modification time back (utimes) still shows. The exception
 * is git's "racily clean" file: one changed again within the same tick of the file system's clock as the read.
 * So a status only counts when its times lie more than RACY_WINDOW_NS before the time the statuses were taken
 * (`takenAt`, read before the first of them); otherwise the caller reads the files (the full check).
 */
import type { BigIntStats } from 'node:fs';
import { lstatSync } from 'node:fs';

/** Shown path, then 'd' (folder) or 'f' (file), device, inode, size, mtime and ctime in nanoseconds. */
export type StatEntry = [path: string, type: 'd' | 'f', dev: string, ino: string, size: string, mtimeNs: string, ctimeNs: string];

/**
 * How far before `takenAt` a time must lie to be trusted: well over the coarsest timestamps of the file systems
 * content lives on (2 s on FAT; ext4, APFS, NTFS: a clock tick or less) and over the lag of the coarse clock
 * file systems stamp with behind the one Date.now reads.
 */
export const RACY_WINDOW_NS = 3_000_000_000n;

/** What a load saw: the folders it listed and the files it read, each as it was before listing or reading. */
export interface StatCollector {
  /** The clock, in nanoseconds, before the first status was taken. */
  takenAt: bigint;
  dirs: StatEntry[];
  files: StatEntry[];
  /** Something a status cannot vouch for (a link, a file with a problem, one gone): no record is kept. */
  doubt: boolean;
}

export const statCollector = (): StatCollector => ({ takenAt: BigInt(Date.now()) * 1_000_000n, dirs: [], files: [], doubt: false });

export function statEntry(shown: string, info: BigIntStats): StatEntry {
  const type = info.isDirectory() ? 'd' : info.isFile() ? 'f' : undefined;
  // Anything else (a link, a FIFO) matches no later status: recorded as a type no status has.
  return [shown, type ?? ('?' as 'd'), String(info.dev), String(info.ino), String(info.size), String(info.mtimeNs), String(info.ctimeNs)];
}

/**
 * Whether statuses taken at `takenAt` can be trusted later: none racy (a time within the window before then, or
 * after it: a clock that differs from this machine's), none of a type other than file or folder.
 */
export function trustworthy(entries: readonly StatEntry[], takenAt: bigint): boolean {
  const limit = takenAt - RACY_WINDOW_NS;
  return entries.every((e) => (e[1] === 'd' || e[1] === 'f') && BigInt(e[5]) < limit && BigInt(e[6]) < limit);
}

/** Whether the path (not followed if a link) has exactly the recorded status now. */
export function unchanged(abs: string, entry: StatEntry): boolean {
  let info: BigIntStats | undefined;
  try {
    info = lstatSync(abs, { bigint: true, throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (info === undefined) return false;
  const now = statEntry(entry[0], info);
  return now.every((v, i) => v === entry[i]);
}
