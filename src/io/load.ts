/** load: the only place that reads content from disk. Sorted, POSIX paths, LF line endings. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../core/parse.js';

export class LoadError extends Error {}

const CONTENT_FILE = /\.(md|ya?ml)$/i;

/**
 * Read every content file under `dir`. Paths are shown relative to `displayRoot` (normally the working
 * directory) so editors, terminals and GitHub annotations can open them.
 */
export async function loadContent(dir: string, displayRoot: string): Promise<SourceFile[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new LoadError(`content folder not found: ${dir}`);
  }
  if (!info.isDirectory()) throw new LoadError(`not a folder: ${dir}`);
  let files: string[];
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    files = entries
      .filter((e) => e.isFile() && CONTENT_FILE.test(e.name))
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .filter((rel) => !rel.split(path.sep).some((part) => part.startsWith('.')))
      .sort();
  } catch (e) {
    throw new LoadError(`cannot read the content folder ${dir}: ${(e as Error).message}`);
  }
  // Read many files at once: one at a time, a large folder spends most of its time waiting on the disk.
  const sources: SourceFile[] = new Array(files.length);
  const CONCURRENCY = 64;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const abs = path.join(dir, files[i]!);
      let text: string;
      try {
        text = await readFile(abs, 'utf8');
      } catch (e) {
        throw new LoadError(`cannot read ${abs}: ${(e as Error).message}`);
      }
      const shown = path.relative(displayRoot, abs).split(path.sep).join('/');
      sources[i] = { path: shown, text: text.replace(/\r\n?/g, '\n') };
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
