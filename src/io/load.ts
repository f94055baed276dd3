/**
 * load: the only place that reads content from disk. Sorted, POSIX paths, LF line endings.
 *
 * The content folder is a boundary: nothing outside it is read, not even through a symbolic link. A problem
 * with one file (a link out of the folder, bytes that are not UTF-8 text, a file too large) does not stop the
 * run: the file comes back with a `problem`, which the parse stage reports as a diagnostic, so every problem
 * shows in one run. Only a content folder that cannot be read at all is a LoadError (exit 2).
 */
import { closeSync, constants, type Dirent, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadProblem, SourceFile } from '../core/parse.js';

export class LoadError extends Error {}

const CONTENT_FILE = /\.(md|ya?ml)$/i;

/**
 * The largest content file read. The biggest real file (a chapter) is 80 kB; 5 MB of Markdown is some 2,500
 * printed pages. A file beyond that is a mistake (an export, a dump, an image with the wrong name), and reading
 * it would only stall YAML parsing and rendering before failing anyway.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A folder or file that is not content: README.md anywhere, dot-entries, and folders starting with `_`. */
function skipped(entry: Dirent, isDir: boolean): boolean {
  if (entry.name.startsWith('.')) return true;
  if (isDir) return entry.name.startsWith('_');
  return entry.name.toLowerCase() === 'readme.md';
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

interface Found {
  /** Path through the content folder (a link keeps its own name). */
  abs: string;
  problem?: LoadProblem;
}

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
  const root = await realpath(dir).catch((e: Error) => {
    throw new LoadError(`cannot read the content folder ${dir}: ${e.message}`);
  });
  const found: Found[] = [];
  // Real paths of folders already walked: a link back to an ancestor (or a second way into one folder) must not
  // make the walk endless, exponential, or read a folder twice.
  const walked = new Set<string>([root]);
  const linkedFolders: string[] = [];

  const walk = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      if (folder !== dir) {
        const real = await realpath(folder);
        if (walked.has(real)) return;
        walked.add(real);
      }
      entries = await readdir(folder, { withFileTypes: true });
    } catch (e) {
      if (folder === dir) throw new LoadError(`cannot read the content folder ${dir}: ${(e as Error).message}`);
      found.push({ abs: folder, problem: { code: 'load/unreadable', args: { reason: 'folder', detail: errCode(e) } } });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        await followLink(abs, entry);
      } else if (entry.isDirectory()) {
        if (!skipped(entry, true)) await walk(abs);
      } else if (CONTENT_FILE.test(entry.name) && !skipped(entry, false)) {
        // A FIFO or device named like content would block the read forever: name it instead.
        found.push(entry.isFile() ? { abs } : { abs, problem: { code: 'load/unreadable', args: { reason: 'not-a-file', detail: '' } } });
      }
    }
  };

  const followLink = async (abs: string, entry: Dirent): Promise<void> => {
    const looksLikeContent = CONTENT_FILE.test(entry.name) && !skipped(entry, false);
    let target: string;
    try {
      target = await realpath(abs);
    } catch (e) {
      if (looksLikeContent) found.push({ abs, problem: { code: 'load/unreadable', args: { reason: 'broken-link', detail: errCode(e) } } });
      return;
    }
    const targetInfo = await stat(target).catch(() => undefined);
    const isDir = targetInfo?.isDirectory() === true;
    if (isDir ? skipped(entry, true) : !looksLikeContent) return;
    if (!inside(root, target)) {
      found.push({ abs, problem: { code: 'load/outside-content', args: { target } } });
      return;
    }
    // Linked folders wait until every real folder is walked, so a file is always shown at its real path.
    if (isDir) linkedFolders.push(abs);
    else
      found.push(
        targetInfo?.isFile() ? { abs } : { abs, problem: { code: 'load/unreadable', args: { reason: 'not-a-file', detail: '' } } },
      );
  };

  await walk(dir);
  for (let i = 0; i < linkedFolders.length; i++) await walk(linkedFolders[i]!);

  // Read one file after another, synchronously: for many small files this is several times faster than a pool
  // of asynchronous reads (each of which costs a round trip through the thread pool), and nothing else waits.
  const sources: SourceFile[] = found.map(({ abs, problem }) => {
    const shown = path.relative(displayRoot, abs).split(path.sep).join('/');
    return problem ? { path: shown, text: '', problem } : { path: shown, ...readSource(abs) };
  });
  return sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** One file's text, or the reason it has none. */
function readSource(abs: string): Omit<SourceFile, 'path'> {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO put in place of a file after the walk must not block the read (a regular file ignores it).
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return { text: '', problem: { code: 'load/unreadable', args: { reason: 'not-a-file', detail: '' } } };
    if (info.size > MAX_FILE_BYTES)
      return { text: '', problem: { code: 'load/too-large', args: { size: info.size, limit: MAX_FILE_BYTES } } };
    const bytes = readFileSync(fd);
    // The file may have grown since fstat.
    if (bytes.length > MAX_FILE_BYTES)
      return { text: '', problem: { code: 'load/too-large', args: { size: bytes.length, limit: MAX_FILE_BYTES } } };
    return decodeSource(bytes);
  } catch (e) {
    const code = errCode(e);
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission' : code === 'EISDIR' ? 'not-a-file' : 'other';
    return { text: '', problem: { code: 'load/unreadable', args: { reason, detail: code } } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Bytes → text: UTF-8 only, BOM dropped, CRLF and CR turned into LF. A NUL byte means a binary file (or UTF-16
 * text); a byte sequence that is not UTF-8 is named at its line and column, never silently replaced by U+FFFD.
 */
export function decodeSource(bytes: Uint8Array): Omit<SourceFile, 'path'> {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { text: '', problem: { code: 'load/binary', args: { offset: nul } } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text: normalize(text) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    // The valid text before the bad byte gives its line and column (in the same units the YAML positions use).
    const before = normalize(new TextDecoder('utf-8').decode(bytes.subarray(0, bad)));
    const lines = before.split('\n');
    const line = lines.length;
    const column = lines[lines.length - 1]!.length + 1;
    // The text with replacement characters is kept only so the report can show the line.
    const text = normalize(new TextDecoder('utf-8').decode(bytes));
    return {
      text,
      problem: { code: 'load/invalid-utf8', args: { byte: bytes[bad]!.toString(16).toUpperCase().padStart(2, '0') }, line, column },
    };
  }
}

function normalize(text: string): string {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // truncated at the end of the file
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
