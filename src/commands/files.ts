/** The disk side the scaffolding commands share: read the content once, write new files without overwriting any. */
import { existsSync } from 'node:fs';
import { lstat, mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { texts } from '../cli-text/index.js';
import { localize } from '../core/diagnostics/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { LinkContext } from '../core/link/model.js';
import { parseMarkdown } from '../core/markdown-tree.js';
import { compile } from '../core/pipeline.js';
import { LoadError, loadContent } from '../io/load.js';
import type { Io } from '../run/types.js';
import type { PlannedFile } from './report-plan.js';

/**
 * The linked content of a folder, or the exit code 2 with the reason printed (the tool could not run). It is read
 * through the loader as every command reads it; a file the loader could not read is named on stderr with its
 * code (what it holds is missing from what new sees), and the command goes on.
 */
export async function readContext(io: Io, content: string, lang: Lang): Promise<{ dir: string; ctx: LinkContext } | { exit: number }> {
  const dir = path.resolve(io.cwd, content);
  try {
    const sources = await loadContent(dir, io.cwd);
    const compiled = compile(sources, parseMarkdown);
    for (const raw of compiled.diagnostics) {
      if (!raw.code.startsWith('load/')) continue;
      const d = localize(raw, lang);
      io.stderr.write(`plan: ${texts(lang).new.notRead(`${d.file}:${d.line ?? 1}:${d.column ?? 1}`, d.code, d.message)}\n`);
    }
    return { dir, ctx: compiled.context };
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    io.stderr.write(`plan: ${e.message}\n`);
    return { exit: 2 };
  }
}

/** How a path inside `dir` is shown: relative to the working folder, POSIX. */
export const shown = (io: Io, dir: string, file: string): string => path.relative(io.cwd, path.join(dir, file)).split(path.sep).join('/');

/** The first planned file that already exists, if any: nothing is written over. */
export const firstExisting = (dir: string, files: readonly PlannedFile[]): PlannedFile | undefined =>
  files.find((f) => existsSync(path.join(dir, f.path)));

/** A path's real location: its deepest existing part resolved (links followed), the rest as written. */
async function realTarget(p: string): Promise<string> {
  let existing = p;
  while (
    !(await lstat(existing).then(
      () => true,
      () => false,
    ))
  ) {
    const up = path.dirname(existing);
    if (up === existing) return p;
    existing = up;
  }
  return path.join(await realpath(existing), path.relative(existing, p));
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * The first planned file whose real path lies outside `dir` (a folder on its way is a link out of it), with
 * where it would land; checked before anything is written, and again for each folder right before its file.
 */
async function outsideFile(dir: string, files: readonly PlannedFile[]): Promise<{ file: PlannedFile; real: string } | undefined> {
  const root = await realTarget(dir);
  for (const file of files) {
    const real = await realTarget(path.join(dir, file.path));
    if (!inside(root, real)) return { file, real };
  }
  return undefined;
}

function refusal(io: Io, dir: string, out: { file: PlannedFile; real: string }, lang: Lang): number {
  io.stderr.write(`plan: ${texts(lang).new.outside(shown(io, dir, out.file.path), out.real, shown(io, dir, '.') || '.')}\n`);
  return 2;
}

/**
 * Exit 2 with the reason printed when a planned file would land outside `dir` by real path; undefined when all
 * land inside. Run before anything else looks at the targets (whether they exist, a dry run's listing).
 */
export async function refuseOutside(io: Io, dir: string, files: readonly PlannedFile[], lang: Lang): Promise<number | undefined> {
  try {
    const out = await outsideFile(dir, files);
    return out ? refusal(io, dir, out, lang) : undefined;
  } catch (e) {
    io.stderr.write(`plan: ${texts(lang).new.couldNotWrite((e as Error).message)}\n`);
    return 2;
  }
}

/**
 * Write every planned file, each by real path inside `dir` (a link on the way out of it is refused, nothing
 * written); `wx` makes a file that appeared since the check an error instead of a silent
 * overwrite. Returns 0, or 2 with the reason printed when the disk refused.
 */
export async function writeAll(io: Io, dir: string, files: readonly PlannedFile[], lang: Lang = 'en'): Promise<number> {
  const refuse = (out: { file: PlannedFile; real: string }) => refusal(io, dir, out, lang);
  try {
    const out = await outsideFile(dir, files);
    if (out) return refuse(out);
    for (const f of files) {
      const target = path.join(dir, f.path);
      await mkdir(path.dirname(target), { recursive: true });
      // A folder swapped for a link since the check above: still refused before the file is made.
      const late = await outsideFile(dir, [f]);
      if (late) return refuse(late);
      await writeFile(target, f.text, { flag: 'wx' });
    }
    return 0;
  } catch (e) {
    io.stderr.write(`plan: ${texts(lang).new.couldNotWrite((e as Error).message)}\n`);
    return 2;
  }
}
