/**
 * The output folder's guard: a build replaces `--out` wholesale, so it may only ever replace what an earlier
 * build wrote there. The marker file lists every file that build wrote, with its size and SHA-256; the folder may
 * be replaced only while it holds those files and nothing else, unchanged. Everything else at that path (a file,
 * a symlink, a folder of someone else's, a file added to the output, an output edited by hand, the content folder,
 * a folder holding the content or the working directory) is refused before any work is done, and left untouched.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../core/diagnostics/types.js';

/** The marker file every build writes into its output folder: the record of what that build wrote. */
export const OUTPUT_MARKER = '.planwerk-output';

/** One file a build wrote: POSIX path relative to the output folder, size in bytes, SHA-256 in hex. */
export interface OutputFileRecord {
  path: string;
  size: number;
  sha256: string;
}

/** The SHA-256 an output record keeps of a file's bytes (hex). */
export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The record of the files a build wrote, sorted by path. */
export function outputRecord(files: ReadonlyMap<string, Uint8Array | string>): OutputFileRecord[] {
  return [...files].map(([p, contents]) => ({ path: p, size: Buffer.byteLength(contents), sha256: sha256(contents) })).sort(byPath);
}

/** The commands that write an output folder; each run names itself in the marker and in a refusal. */
export type Writer = 'build' | 'diff';

/** The marker for a run of `plan <command>` that wrote `files` (the marker itself is not among them). */
export function markerContents(generator: string, files: readonly OutputFileRecord[], command: Writer = 'build'): string {
  const note = `Written by plan ${command}: the next run replaces this folder only while it holds exactly these files, unchanged.`;
  return `${JSON.stringify({ generator, note, files: files.filter((f) => f.path !== OUTPUT_MARKER) }, null, 2)}\n`;
}

/**
 * Files an operating system's file manager leaves in any folder it shows (Finder, Explorer): they hold no one's
 * work, and refusing them would refuse every output folder once it was opened.
 */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** Why the output folder may not be used, or undefined when it may. */
export interface OutputRefusal {
  reason:
    | 'is-content'
    | 'inside-content'
    | 'holds-content'
    | 'holds-project'
    | 'not-a-folder'
    | 'symlink'
    | 'foreign-folder'
    | 'unrecorded-files';
  message: string;
}

/** A record with one more file (hashing that one only). */
export function recordWith(record: readonly OutputFileRecord[], file: string, contents: Uint8Array | string): OutputFileRecord[] {
  return [...record.filter((r) => r.path !== file), ...outputRecord(new Map([[file, contents]]))].sort(byPath);
}

function contains(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A name from the file system as a line can show it: control characters escaped, a long list cut short. */
const shownName = (name: string) => (/[\u0000-\u001f\u007f-\u009f]/.test(name) ? JSON.stringify(name) : name);
function nameList(names: readonly string[], more: (n: number) => string, max = 20): string {
  const shown = names.slice(0, max).map(shownName).join(', ');
  return names.length > max ? `${shown}${more(names.length - max)}` : shown;
}

/** Everything in dir, as POSIX paths relative to it, with what it is. Folders are listed too. */
async function entries(dir: string): Promise<{ path: string; file: boolean; folder: boolean }[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found
    .map((e) => ({
      path: path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'),
      file: e.isFile(),
      folder: e.isDirectory(),
    }))
    .sort(byPath);
}

/** The files the marker records; undefined when it is not a marker this version writes (empty, damaged, older). */
async function readMarker(dir: string): Promise<Map<string, OutputFileRecord> | undefined> {
  const file = path.join(dir, OUTPUT_MARKER);
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > 1024 * 1024) return undefined;
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    const files = (parsed as { files?: unknown } | null)?.files;
    if (!Array.isArray(files)) return undefined;
    const record = new Map<string, OutputFileRecord>();
    for (const f of files as Partial<OutputFileRecord>[]) {
      if (typeof f?.path !== 'string' || typeof f.size !== 'number' || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256))
        return undefined;
      record.set(f.path, { path: f.path, size: f.size, sha256: f.sha256 });
    }
    return record;
  } catch {
    return undefined;
  }
}

/**
 * Whether a file is known to hold bytes of this SHA-256 without reading it: its status is the one it had when
 * they were last hashed (src/io/stat-record.ts). Told the output's path relative to the folder.
 */
export type KnownUnchanged = (rel: string, sha256: string) => boolean;

/** Whether the file at `file` is byte for byte the one recorded. */
async function unchanged(file: string, recorded: OutputFileRecord, known?: KnownUnchanged): Promise<boolean> {
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile() || info.size !== recorded.size) return false;
  return known?.(recorded.path, recorded.sha256) === true || sha256(await readFile(file)) === recorded.sha256;
}

/**
 * What in a non-empty output folder no build recorded: every file when the marker is missing or not a record;
 * else the files it does not list (`added`) and the listed ones whose bytes differ (`changed`). A file the record
 * lists that is gone is no loss. A folder is accounted for by a recorded file inside it.
 */
async function unrecorded(
  dir: string,
  known?: KnownUnchanged,
): Promise<{ marker: 'missing' | 'invalid' | 'valid'; added: string[]; changed: string[] }> {
  const all = (await entries(dir)).filter((e) => !SYSTEM_FILES.has(path.posix.basename(e.path)));
  const hasMarker = all.some((e) => e.path === OUTPUT_MARKER);
  const record = hasMarker ? await readMarker(dir) : undefined;
  const others = all.filter((e) => e.path !== OUTPUT_MARKER);
  if (!record) {
    const names = others
      .filter((e) => !e.folder || !others.some((o) => o.path.startsWith(`${e.path}/`)))
      .map((e) => (e.folder ? `${e.path}/` : e.path));
    return { marker: hasMarker ? 'invalid' : 'missing', added: hasMarker ? [...names, OUTPUT_MARKER] : names, changed: [] };
  }
  const added: string[] = [];
  const changed: string[] = [];
  for (const e of others) {
    if (e.folder) {
      if (![...record.keys()].some((p) => p.startsWith(`${e.path}/`))) added.push(`${e.path}/`);
      continue;
    }
    const recorded = record.get(e.path);
    if (!recorded || !e.file) added.push(e.path);
    else if (!(await unchanged(path.join(dir, e.path), recorded, known))) changed.push(e.path);
  }
  return { marker: 'valid', added, changed };
}

/** The refusals in both languages; `run` is the command, `shown` the folder as given, `list` the names found. */
const REFUSALS = {
  en: {
    isContent: (shown: string, run: string) => `--out ${shown} is the content folder; ${run} would replace the content with its output`,
    insideContent: (shown: string) => `--out ${shown} lies inside the content folder; the output would be read as content`,
    holdsContent: (shown: string, run: string) =>
      `--out ${shown} contains the content folder; ${run} would replace the content with its output`,
    holdsProject: (shown: string, run: string) =>
      `--out ${shown} contains the working folder; ${run} would replace the project with its output`,
    symlink: (shown: string) => `--out ${shown} is a symbolic link; give the folder itself`,
    notAFolder: (shown: string) => `--out ${shown} is a file, not a folder; choose another output folder`,
    foreign: (shown: string, run: string, list: string) =>
      `--out ${shown} is a folder that ${run} did not make (it has no ${OUTPUT_MARKER}) and holds: ${list}; ${run} replaces its output folder whole, so choose an empty or new folder`,
    invalid: (shown: string, run: string, list: string) =>
      `--out ${shown} has a ${OUTPUT_MARKER} that does not record which files a run wrote (empty, damaged or from an older planwerk), so nothing shows these are ${run}'s: ${list}; move what you want to keep, delete the folder and run ${run} again`,
    added: (list: string) => `files the last run did not write: ${list}`,
    changed: (list: string) => `files changed since the last run wrote them: ${list}`,
    unrecorded: (shown: string, run: string, parts: string[]) =>
      `--out ${shown} holds ${parts.join('; and ')}; ${run} replaces its output folder whole, so move them out of it (or delete them) and run ${run} again`,
    more: (n: number) => ` and ${n} more`,
    nothingWritten: (shown: string) => `nothing written; ${shown} is left as it was.`,
  },
  nl: {
    isContent: (shown: string, run: string) => `--out ${shown} is de inhoudsmap; ${run} zou de inhoud door zijn uitvoer vervangen`,
    insideContent: (shown: string) => `--out ${shown} ligt in de inhoudsmap; de uitvoer zou als inhoud gelezen worden`,
    holdsContent: (shown: string, run: string) => `--out ${shown} bevat de inhoudsmap; ${run} zou de inhoud door zijn uitvoer vervangen`,
    holdsProject: (shown: string, run: string) => `--out ${shown} bevat de werkmap; ${run} zou het project door zijn uitvoer vervangen`,
    symlink: (shown: string) => `--out ${shown} is een symbolische koppeling; geef de map zelf`,
    notAFolder: (shown: string) => `--out ${shown} is een bestand, geen map; kies een andere uitvoermap`,
    foreign: (shown: string, run: string, list: string) =>
      `--out ${shown} is een map die ${run} niet gemaakt heeft (er is geen ${OUTPUT_MARKER}) met daarin: ${list}; ${run} vervangt zijn uitvoermap helemaal, dus kies een lege of nieuwe map`,
    invalid: (shown: string, run: string, list: string) =>
      `--out ${shown} heeft een ${OUTPUT_MARKER} die niet vastlegt welke bestanden geschreven zijn (leeg, beschadigd of van een oudere planwerk), dus niets toont dat deze van ${run} zijn: ${list}; zet wat je wilt houden opzij, verwijder de map en voer ${run} opnieuw uit`,
    added: (list: string) => `bestanden die de vorige keer niet geschreven zijn: ${list}`,
    changed: (list: string) => `bestanden die gewijzigd zijn sinds ze geschreven zijn: ${list}`,
    unrecorded: (shown: string, run: string, parts: string[]) =>
      `--out ${shown} bevat ${parts.join('; en ')}; ${run} vervangt zijn uitvoermap helemaal, dus haal ze eruit (of verwijder ze) en voer ${run} opnieuw uit`,
    more: (n: number) => ` en nog ${n}`,
    nothingWritten: (shown: string) => `niets geschreven; ${shown} blijft zoals het was.`,
  },
} as const;

/** The line after a refusal, in the run's language. */
export const nothingWritten = (shown: string, lang: Lang): string => REFUSALS[lang].nothingWritten(shown);

/**
 * Check `outDir` before `plan build` or `plan diff` writes it (`command`, named in the refusal, in `lang`).
 * `contentDir` and `projectDir` (the working directory) are absolute paths. Pure path checks first, then the
 * file system: what is at `outDir` now.
 */
export async function checkOutputDir(
  outDir: string,
  contentDir: string,
  projectDir: string,
  by: { command: Writer; lang: Lang; known?: KnownUnchanged },
): Promise<OutputRefusal | undefined> {
  const t = REFUSALS[by.lang];
  const run = `plan ${by.command}`;
  const names = (list: readonly string[]) => nameList(list, t.more);
  const shown = path.relative(projectDir, outDir) || '.';
  if (outDir === contentDir) return { reason: 'is-content', message: t.isContent(shown, run) };
  if (contains(contentDir, outDir)) return { reason: 'inside-content', message: t.insideContent(shown) };
  if (contains(outDir, contentDir)) return { reason: 'holds-content', message: t.holdsContent(shown, run) };
  if (contains(outDir, projectDir)) return { reason: 'holds-project', message: t.holdsProject(shown, run) };
  const info = await lstat(outDir).catch(() => undefined);
  if (!info) return undefined;
  if (info.isSymbolicLink()) return { reason: 'symlink', message: t.symlink(shown) };
  if (!info.isDirectory()) return { reason: 'not-a-folder', message: t.notAFolder(shown) };
  const found = await unrecorded(outDir, by.known);
  if (found.marker === 'missing') {
    if (found.added.length === 0) return undefined;
    return { reason: 'foreign-folder', message: t.foreign(shown, run, names(found.added)) };
  }
  if (found.marker === 'invalid') return { reason: 'foreign-folder', message: t.invalid(shown, run, names(found.added)) };
  if (found.added.length === 0 && found.changed.length === 0) return undefined;
  const parts = [
    ...(found.added.length > 0 ? [t.added(names(found.added))] : []),
    ...(found.changed.length > 0 ? [t.changed(names(found.changed))] : []),
  ];
  return { reason: 'unrecorded-files', message: t.unrecorded(shown, run, parts) };
}
