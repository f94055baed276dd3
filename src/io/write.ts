/**
 * write: put the outputs into place all at once. Files go into a fresh folder beside the target, which then
 * replaces the target by rename; a build that fails before this point leaves the previous output untouched.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileToWrite {
  path: string;
  contents: string | Uint8Array;
}

/** Check that no two outputs claim the same path (a bug in planning, never a content problem). */
export function checkUniquePaths(files: readonly FileToWrite[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    const key = path.posix.normalize(f.path);
    if (seen.has(key)) throw new Error(`bug: two outputs claim ${key}`);
    seen.add(key);
  }
}

/** Write files into a staging folder; returns its path. */
export async function stage(outDir: string, files: readonly FileToWrite[]): Promise<string> {
  checkUniquePaths(files);
  const staging = `${outDir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const f of files) {
      const target = path.join(staging, f.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.contents);
    }
  } catch (e) {
    await discard(staging); // never leave a half-written staging folder behind
    throw e;
  }
  return staging;
}

/** Replace outDir by the staging folder. */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  const exists = await stat(outDir).then(() => true, () => false);
  if (exists) await rename(outDir, old);
  try {
    await rename(staging, outDir);
  } catch (e) {
    if (exists) await rename(old, outDir); // put the previous output back
    throw e;
  }
  if (exists) await rm(old, { recursive: true, force: true });
}

export async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
