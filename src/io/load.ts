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
  let entries: string[];
  try {
    entries = (await readdir(dir, { recursive: true })).map(String);
  } catch (e) {
    throw new LoadError(`cannot read the content folder ${dir}: ${(e as Error).message}`);
  }
  const files = entries
    .filter((rel) => CONTENT_FILE.test(rel) && !rel.split(/[\\/]/).some((part) => part.startsWith('.')))
    .sort();
  const sources: SourceFile[] = [];
  for (const rel of files) {
    const abs = path.join(dir, rel);
    if (!(await stat(abs)).isFile()) continue;
    let text: string;
    try {
      text = await readFile(abs, 'utf8');
    } catch (e) {
      throw new LoadError(`cannot read ${abs}: ${(e as Error).message}`);
    }
    const shown = path.relative(displayRoot, abs).split(path.sep).join('/');
    sources.push({ path: shown, text: text.replace(/\r\n?/g, '\n') });
  }
  return sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
