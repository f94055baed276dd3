/**
 * write: put the outputs into place all at once. Files go into a fresh staging folder beside the target, which
 * then replaces the target by rename; a build that fails before that leaves the previous output untouched, and
 * the staging folder is removed on every path. Failures of the file system (a full disk, a read-only or
 * unwritable parent) become a WriteError: one line for the user, not a stack.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileToWrite {
  path: string;
  contents: string | Uint8Array;
}

/** The file system refused a write: the tool could not do its work (exit 2). */
export class WriteError extends Error {}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'a file is larger than the system allows here (file size limit or full disk)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'a file name is too long for the file system',
  EMFILE: 'too many open files',
  EIO: 'an input/output error of the disk',
};

/** A file system error as one line; other errors (bugs) are returned as they are. */
export function asWriteError(e: unknown, what: string): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return e;
  const reason = REASONS[code] ?? (e as Error).message.split('\n')[0];
  return new WriteError(`cannot write ${what}: ${reason} (${code})`);
}

/** A new, empty staging folder beside outDir. Named by process and a random part: concurrent builds never share one. */
export async function createStaging(outDir: string): Promise<string> {
  const staging = `${outDir}.staging-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(path.dirname(outDir), { recursive: true });
    await mkdir(staging);
  } catch (e) {
    throw asWriteError(e, path.dirname(outDir));
  }
  return staging;
}

/** Write files into the staging folder. */
export async function writeInto(staging: string, files: readonly FileToWrite[]): Promise<void> {
  for (const f of files) {
    const target = path.join(staging, f.path);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.contents);
    } catch (e) {
      throw asWriteError(e, f.path);
    }
  }
}

const code = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

/**
 * Replace outDir by the staging folder. Another build may swap the same folder at the same moment: moving the
 * old output aside finds nothing (it moved it), or the rename finds a folder again (it put its own there); then
 * try again, so one complete build ends up in place and the other's output is set aside and removed.
 */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const aside: string[] = [];
  try {
    for (let attempt = 0; ; attempt++) {
      const old = `${outDir}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        await rename(outDir, old);
        aside.push(old);
      } catch (e) {
        if (code(e) !== 'ENOENT') throw e;
      }
      try {
        await rename(staging, outDir);
        break;
      } catch (e) {
        if ((code(e) !== 'ENOTEMPTY' && code(e) !== 'EEXIST') || attempt >= 10) {
          // Put the previous output back when nothing else took its place.
          // (If that fails too, it stays where it is: never delete a previous output that is not replaced.)
          const last = aside.pop();
          if (last) await rename(last, outDir).catch(() => undefined);
          throw e;
        }
      }
    }
  } catch (e) {
    throw asWriteError(e, outDir);
  } finally {
    for (const old of aside) await rm(old, { recursive: true, force: true });
  }
}

/** Remove a staging folder; never throws (it runs on error paths). */
export async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true }).catch(() => undefined);
}
