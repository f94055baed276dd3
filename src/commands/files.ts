/** The disk side the scaffolding commands share: read the content once, write new files without overwriting any. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { texts } from '../cli-text/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { LinkContext } from '../core/link/model.js';
import { compile } from '../core/pipeline.js';
import { LoadError, loadContent } from '../io/load.js';
import type { Io } from '../run/types.js';
import type { PlannedFile } from './report-plan.js';

/** The linked content of a folder, or the exit code 2 with the reason printed (the tool could not run). */
export async function readContext(io: Io, content: string): Promise<{ dir: string; ctx: LinkContext } | { exit: number }> {
  const dir = path.resolve(io.cwd, content);
  try {
    const sources = await loadContent(dir, io.cwd);
    return { dir, ctx: compile(sources).context };
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

/**
 * Write every planned file; `wx` makes a file that appeared since the check an error instead of a silent
 * overwrite. Returns 0, or 2 with the reason printed when the disk refused.
 */
export async function writeAll(io: Io, dir: string, files: readonly PlannedFile[], lang: Lang = 'en'): Promise<number> {
  try {
    for (const f of files) {
      const target = path.join(dir, f.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.text, { flag: 'wx' });
    }
    return 0;
  } catch (e) {
    io.stderr.write(`plan: ${texts(lang).new.couldNotWrite((e as Error).message)}\n`);
    return 2;
  }
}
