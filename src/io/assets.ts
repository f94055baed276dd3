/**
 * Reading the files the content refers to (images, fonts, the style sheet): the I/O half of assets; the core
 * decides what is referenced and what is wrong with it. A file that is not there (or is a folder) reads as
 * undefined; the core reports it at the reference.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export async function readAssets(contentDir: string, paths: Iterable<string>): Promise<Map<string, Uint8Array | undefined>> {
  const out = new Map<string, Uint8Array | undefined>();
  for (const p of [...new Set(paths)].sort()) out.set(p, await readInside(contentDir, p));
  return out;
}

/** The bytes of a file inside the content folder, or undefined. Symbolic links out of the folder do not count. */
export async function readInside(contentDir: string, rel: string): Promise<Uint8Array | undefined> {
  try {
    const root = await realpath(contentDir);
    const abs = await realpath(path.resolve(contentDir, rel));
    if (!abs.startsWith(root + path.sep)) return undefined;
    if (!(await stat(abs)).isFile()) return undefined;
    return new Uint8Array(await readFile(abs));
  } catch {
    return undefined;
  }
}
