/**
 * The output folder's guard: a build replaces `--out` wholesale, so it may only ever replace a folder that an
 * earlier planwerk build made. Everything else at that path (a file, a symlink, a folder of someone else's, the
 * content folder, a folder holding the content or the working directory) is refused before any work is done,
 * and left untouched.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The marker file every build writes into its output folder: proof that planwerk made it. */
export const OUTPUT_MARKER = '.planwerk-output';

export function markerContents(generator: string): string {
  return `${JSON.stringify({ generator, note: 'This folder is written by plan build and replaced whole on the next build.' }, null, 2)}\n`;
}

/** Why the output folder may not be used, or undefined when it may. */
export interface OutputRefusal {
  reason: 'is-content' | 'inside-content' | 'holds-content' | 'holds-project' | 'not-a-folder' | 'symlink' | 'foreign-folder';
  message: string;
}

function contains(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Files a build of planwerk 0.1 wrote, before the marker existed: such a folder is recognised too. */
async function isLegacyBuild(dir: string, names: readonly string[]): Promise<boolean> {
  if (!names.includes('data.json')) return false;
  if (!names.every((n) => n === 'data.json' || /\.(html|pdf)$/.test(n))) return false;
  const data = await readFile(path.join(dir, 'data.json'), 'utf8').catch(() => '');
  return /^\{\s*"version":\s*\d+,\s*"generator":\s*"planwerk /.test(data);
}

/**
 * Check `outDir` before a build. `contentDir` and `projectDir` (the working directory) are absolute paths.
 * Pure path checks first, then the file system: what is at `outDir` now.
 */
export async function checkOutputDir(outDir: string, contentDir: string, projectDir: string): Promise<OutputRefusal | undefined> {
  const shown = path.relative(projectDir, outDir) || '.';
  if (outDir === contentDir) {
    return { reason: 'is-content', message: `--out ${shown} is the content folder; a build would replace the content with its output` };
  }
  if (contains(contentDir, outDir)) {
    return { reason: 'inside-content', message: `--out ${shown} lies inside the content folder; the output would be read as content` };
  }
  if (contains(outDir, contentDir)) {
    return {
      reason: 'holds-content',
      message: `--out ${shown} contains the content folder; a build would replace the content with its output`,
    };
  }
  if (contains(outDir, projectDir)) {
    return {
      reason: 'holds-project',
      message: `--out ${shown} contains the working folder; a build would replace the project with its output`,
    };
  }
  const info = await lstat(outDir).catch(() => undefined);
  if (!info) return undefined;
  if (info.isSymbolicLink()) return { reason: 'symlink', message: `--out ${shown} is a symbolic link; give the folder itself` };
  if (!info.isDirectory())
    return { reason: 'not-a-folder', message: `--out ${shown} is a file, not a folder; choose another output folder` };
  const names = await readdir(outDir);
  if (names.length === 0 || names.includes(OUTPUT_MARKER) || (await isLegacyBuild(outDir, names))) return undefined;
  return {
    reason: 'foreign-folder',
    message: `--out ${shown} is a folder that plan build did not make (it has no ${OUTPUT_MARKER}); a build replaces its output folder whole, so choose an empty or new folder`,
  };
}
