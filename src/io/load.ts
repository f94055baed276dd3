/**
 * load: the only place that reads content from disk. Sorted, POSIX paths, LF line endings.
 *
 * The content folder is a boundary: nothing outside it is read, not even through a symbolic link. A problem
 * with one file (a link out of the folder, bytes that are not UTF-8 text, a file too large) does not stop the
 * run: the file comes back with a `problem`, which the parse stage reports as a diagnostic, so every problem
 * shows in one run. Only a content folder that cannot be read at all is a LoadError (exit 2).
 */
import {
  type BigIntStats,
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadProblem, SourceFile } from '../core/parse.js';
import { decodeSource, MAX_FILE_BYTES } from './decode.js';
import { type StatCollector, statEntry } from './stat-record.js';

// An editor's buffer is held to a file's rules through this module too (src/lsp reads content only here).
export { decodeBuffer } from './decode.js';

export class LoadError extends Error {}

const CONTENT_FILE = /\.(md|ya?ml)$/i;

/** A folder or file that is not content: README.md anywhere, dot-entries, and folders starting with `_`. */
function skipped(entry: Dirent, isDir: boolean): boolean {
  if (entry.name.startsWith('.')) return true;
  if (isDir) return entry.name.startsWith('_');
  return entry.name.toLowerCase() === 'readme.md';
}

function inside(root: string, target: string): boolean {
  // Both are real paths (normalised): one that starts with the root and a separator is inside, without the cost of
  // path.relative for every file of a large content folder.
  if (target.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return true;
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

interface Found {
  /** Path through the content folder (a link keeps its own name). */
  abs: string;
  /** A problem the walk found itself (a folder it could not read); otherwise loadFile reads the file. */
  problem?: LoadProblem;
  /** Its real path, when the walk knows it: a file (not a link) in a folder whose real path it has. */
  real?: string;
}

/** A content folder opened for reading: the boundary (its real path) and the folder paths are shown from. */
export interface ContentFolder {
  /** The folder as given (paths through it keep the names of links). */
  dir: string;
  /** Its real path: nothing outside it is read. */
  real: string;
  /** Paths are shown relative to this. */
  displayRoot: string;
}

/** Open a content folder: a LoadError (exit 2) when it is missing, not a folder, or cannot be read. */
export async function openContentFolder(dir: string, displayRoot: string): Promise<ContentFolder> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new LoadError(`content folder not found: ${dir}`);
  }
  if (!info.isDirectory()) throw new LoadError(`not a folder: ${dir}`);
  const real = await realpath(dir).catch((e: Error) => {
    throw new LoadError(`cannot read the content folder ${dir}: ${e.message}`);
  });
  return { dir, real, displayRoot };
}

/**
 * Whether a path names a content file by where it is: a .md/.yaml/.yml file below the content folder, not a
 * README.md, with no dot-entry on the way and no folder starting with `_`. The same rule the walk follows.
 */
export function isContentPath(folder: ContentFolder, abs: string): boolean {
  const rel = path.relative(folder.dir, abs);
  if (rel === '' || !inside(folder.dir, abs)) return false;
  const parts = rel.split(path.sep);
  const name = parts[parts.length - 1]!;
  if (!CONTENT_FILE.test(name) || name.startsWith('.') || name.toLowerCase() === 'readme.md') return false;
  return parts.slice(0, -1).every((p) => !p.startsWith('.') && !p.startsWith('_'));
}

/**
 * Read every content file under `dir`. Paths are shown relative to `displayRoot` (normally the working
 * directory) so editors, terminals and GitHub annotations can open them.
 */
export async function loadContent(dir: string, displayRoot: string, seen?: StatCollector): Promise<SourceFile[]> {
  const folder = await openContentFolder(dir, displayRoot);
  const root = folder.real;
  const found: Found[] = [];
  // Real paths of folders already walked: a link back to an ancestor (or a second way into one folder) must not
  // make the walk endless, exponential, or read a folder twice.
  const walked = new Set<string>([root]);
  const linkedFolders: string[] = [];

  const walk = async (at: string): Promise<void> => {
    let entries: Dirent[];
    let realAt = root;
    try {
      if (at !== dir) {
        realAt = await realpath(at);
        if (walked.has(realAt)) return;
        walked.add(realAt);
      }
      // Before reading it: a file added or removed since then changes the folder's times (stat-record.ts).
      if (seen) seen.dirs.push(statEntry(shownPath(folder, at), lstatSync(at, { bigint: true })));
      entries = await readdir(at, { withFileTypes: true });
    } catch (e) {
      if (at === dir) throw new LoadError(`cannot read the content folder ${dir}: ${(e as Error).message}`);
      found.push({ abs: at, problem: { code: 'load/unreadable', args: { reason: 'folder', detail: errCode(e) } } });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(at, entry.name);
      if (entry.isSymbolicLink()) {
        if (seen) seen.doubt = true;
        await followLink(abs, entry);
      } else if (entry.isDirectory()) {
        if (!skipped(entry, true)) await walk(abs);
      } else if (CONTENT_FILE.test(entry.name) && !skipped(entry, false)) {
        // A FIFO or device named like content is named by loadFile, never opened for a blocking read.
        found.push({ abs, real: path.join(realAt, entry.name) });
      }
    }
  };

  const followLink = async (abs: string, entry: Dirent): Promise<void> => {
    const looksLikeContent = CONTENT_FILE.test(entry.name) && !skipped(entry, false);
    const targetInfo = await stat(abs).catch(() => undefined);
    if (targetInfo?.isDirectory() !== true) {
      // A link to a file (or a broken one): loadFile checks where it leads.
      if (looksLikeContent) found.push({ abs });
      return;
    }
    if (skipped(entry, true)) return;
    const target = await realpath(abs).catch(() => undefined);
    if (target === undefined) return;
    if (!inside(root, target)) {
      found.push({ abs, problem: { code: 'load/outside-content', args: { target } } });
      return;
    }
    // Linked folders wait until every real folder is walked, so a file is always shown at its real path.
    linkedFolders.push(abs);
  };

  await walk(dir);
  for (let i = 0; i < linkedFolders.length; i++) await walk(linkedFolders[i]!);

  // Read one file after another, synchronously: for many small files this is several times faster than a pool
  // of asynchronous reads (each of which costs a round trip through the thread pool), and nothing else waits.
  const sources: SourceFile[] = [];
  for (const { abs, problem, real } of found) {
    const source = problem
      ? { path: shownPath(folder, abs), text: '', problem }
      : real === undefined
        ? loadFile(folder, abs)
        : loadWalkedFile(folder, abs, real, seen);
    if (source) sources.push(source);
    // Anything but a plain file read whole (a link, a problem, a file gone): no stat record vouches for it.
    if (seen && (real === undefined || source?.problem !== undefined || !source)) seen.doubt = true;
  }
  return sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The content as loaded before, with the files at `changed` (absolute paths the watcher saw change) read again
 * through loadFile. Undefined when that cannot stand for a whole load: a path that was not among the files
 * (added, or through a folder link), or a file that is gone; then the caller loads the whole folder.
 */
export async function reloadFiles(
  dir: string,
  displayRoot: string,
  previous: readonly SourceFile[],
  changed: Iterable<string>,
): Promise<SourceFile[] | undefined> {
  const folder = await openContentFolder(dir, displayRoot);
  const at = new Map(previous.map((s, i) => [s.path, i]));
  const next = [...previous];
  for (const abs of changed) {
    const i = at.get(shownPath(folder, abs));
    if (i === undefined || !isContentPath(folder, abs)) return undefined;
    const source = loadFile(folder, abs);
    if (source === undefined) return undefined;
    next[i] = source;
  }
  return next;
}

const shownPath = (folder: ContentFolder, abs: string): string => {
  // The common case without path.relative: an absolute path below the display root.
  const root = folder.displayRoot.endsWith(path.sep) ? folder.displayRoot : folder.displayRoot + path.sep;
  const rel = path.isAbsolute(abs) && abs.startsWith(root) ? abs.slice(root.length) : path.relative(folder.displayRoot, abs);
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
};

/**
 * A file the walk found, with its real path: its folder's real path (inside the content folder) and its own name,
 * not a link when the walk saw it. So no realpath per file: opening it without following a link (O_NOFOLLOW) keeps
 * a link put in its place since then from being followed. A file gone or turned into a link since the walk
 * goes through loadFile, which names it as it always has.
 */
function loadWalkedFile(folder: ContentFolder, abs: string, real: string, seen?: StatCollector): SourceFile | undefined {
  if (!inside(folder.real, real)) {
    if (seen) seen.doubt = true;
    return loadFile(folder, abs);
  }
  const shown = shownPath(folder, abs);
  const read = readSource(real, seen && ((info) => seen.files.push(statEntry(shown, info))));
  const detail = read.problem?.code === 'load/unreadable' ? read.problem.args.detail : undefined;
  if (detail === 'ENOENT' || detail === 'ELOOP') {
    if (seen) seen.doubt = true;
    return loadFile(folder, abs);
  }
  return { path: shown, ...read };
}

/**
 * One content file, with every guarantee the whole-folder load gives: the whole folder is read through this, and
 * so is every file the language server rereads. Its real path must lie inside the content folder (a link out of
 * it, or a link on the way to it, is a problem); it must be a regular file (a FIFO is named, never opened for a
 * blocking read); at most MAX_FILE_BYTES; UTF-8 text. Undefined when there is no such path (deleted).
 */
export function loadFile(folder: ContentFolder, abs: string): SourceFile | undefined {
  const shown = shownPath(folder, abs);
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch (e) {
    const link = lstatOrUndefined(abs);
    if (link === undefined) return undefined;
    const reason = link.isSymbolicLink() ? 'broken-link' : 'other';
    return { path: shown, text: '', problem: { code: 'load/unreadable', args: { reason, detail: errCode(e) } } };
  }
  if (!inside(folder.real, real)) return { path: shown, text: '', problem: { code: 'load/outside-content', args: { target: real } } };
  return { path: shown, ...readSource(real) };
}

function lstatOrUndefined(abs: string) {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** One file's text, or the reason it has none; `onStat` is told the file's status as it was before the read. */
function readSource(abs: string, onStat?: (info: BigIntStats) => void): Omit<SourceFile, 'path'> {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO must not block the read (a regular file ignores it). O_NOFOLLOW: `abs` is a real path,
    // checked to lie inside the content folder; a link put in its place since then is not followed.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const big = onStat ? fstatSync(fd, { bigint: true }) : undefined;
    if (big) onStat?.(big);
    const info = big ? { isFile: () => big.isFile(), size: Number(big.size) } : fstatSync(fd);
    if (!info.isFile()) return { text: '', problem: { code: 'load/unreadable', args: { reason: 'not-a-file', detail: '' } } };
    if (info.size > MAX_FILE_BYTES)
      return { text: '', problem: { code: 'load/too-large', args: { size: info.size, limit: MAX_FILE_BYTES } } };
    // A regular file's size is known: one read of that many bytes (readFileSync would fstat it again). A size of
    // 0 may be a file that does not report its size: readFileSync reads it to its end.
    const bytes = info.size > 0 ? readKnownSize(fd, info.size) : readFileSync(fd);
    // The file may have grown since fstat.
    if (bytes.length > MAX_FILE_BYTES)
      return { text: '', problem: { code: 'load/too-large', args: { size: bytes.length, limit: MAX_FILE_BYTES } } };
    return decodeSource(bytes);
  } catch (e) {
    const code = errCode(e);
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission' : code === 'EISDIR' || code === 'ELOOP' ? 'not-a-file' : 'other';
    return { text: '', problem: { code: 'load/unreadable', args: { reason, detail: code } } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Up to `size` bytes from the start of an open file (fewer if it shrank since fstat). */
function readKnownSize(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buffer, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? buffer : buffer.subarray(0, at);
}
