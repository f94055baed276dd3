/**
 * Reading the files the content refers to (images, fonts, the style sheet): the I/O half of assets; the core
 * decides what is referenced and what is wrong with it. A file that is not there (or is a folder, a FIFO, a
 * device) reads as undefined; the core reports it at the reference. A file is measured before it is read: over
 * the limit it is not read at all, and only its size is returned.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { HARD_LIMIT, type ReadResult } from '../core/asset-read.js';

export async function readAssets(contentDir: string, paths: Iterable<string>, limit = HARD_LIMIT): Promise<Map<string, ReadResult>> {
  const out = new Map<string, ReadResult>();
  for (const p of [...new Set(paths)].sort()) out.set(p, await readInside(contentDir, p, limit));
  return out;
}

/**
 * The bytes of a file inside the content folder, its size when over `limit`, or undefined. Symbolic links out of
 * the folder do not count. Opened without blocking and measured on the open file, so a FIFO does not stall the
 * run and a file swapped after the check is not read; at most the measured size is read.
 */
export async function readInside(contentDir: string, rel: string, limit = HARD_LIMIT): Promise<ReadResult> {
  try {
    const root = await realpath(contentDir);
    const abs = await realpath(path.resolve(contentDir, rel));
    if (!abs.startsWith(root + path.sep)) return undefined;
    const handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return undefined;
      if (info.size > limit) return { unread: 'over-limit', size: info.size };
      const bytes = new Uint8Array(info.size);
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === bytes.length ? bytes : bytes.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
