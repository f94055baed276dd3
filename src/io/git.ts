/**
 * The files a branch changed, from the real `git` (spawned directly, no shell, so refs and paths are never
 * interpreted): committed since the merge base with a base ref, staged, unstaged and untracked.
 */
import { spawn } from 'node:child_process';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function git(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<GitResult> {
  return new Promise((resolve) => {
    // LC_ALL=C: git's own messages end up in ours; keep them in one language.
    const child = spawn('git', [...args], {
      cwd,
      env: { ...env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => resolve({ code: -1, stdout: '', stderr: e.message }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export interface Changed {
  /** The repository's top folder (git's real path). */
  top: string;
  /** The ref compared with, as given. */
  base: string;
  mergeBase: string;
  /** Paths relative to `top`, POSIX, sorted, without duplicates. */
  files: string[];
}

/**
 * The first of `candidates` that names a commit, and its merge base with HEAD; or why there is none (no git, not a
 * repository, no such ref, a shallow clone without the merge base).
 */
export async function mergeBaseWith(
  cwd: string,
  candidates: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ top: string; base: string; mergeBase: string } | { reason: string }> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd, env);
  if (top.code === -1) return { reason: `git could not be run (${top.stderr.trim()})` };
  if (top.code !== 0) return { reason: 'not inside a git repository' };
  const root = top.stdout.trim();
  let base: string | undefined;
  for (const ref of candidates) {
    // A ref that starts with '-' would be read as an option.
    if (ref.startsWith('-')) continue;
    const found = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root, env);
    if (found.code === 0) {
      base = ref;
      break;
    }
  }
  if (base === undefined) return { reason: `no ${candidates.join(' or ')} to compare with` };
  const mb = await git(['merge-base', `${base}^{commit}`, 'HEAD'], root, env);
  if (mb.code !== 0) return { reason: `no merge base of ${base} and HEAD (a shallow clone needs fetch-depth: 0)` };
  return { top: root, base, mergeBase: mb.stdout.trim() };
}

/** The changed files, or the reason they could not be determined (no git, not a repository, no such ref). */
export async function changedFiles(
  cwd: string,
  candidates: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Changed | { reason: string }> {
  const found = await mergeBaseWith(cwd, candidates, env);
  if ('reason' in found) return found;
  const { top: root, base, mergeBase } = found;
  // --no-renames lists both names of a moved file: diagnostics may point at either.
  const lists = await Promise.all([
    git(['diff', '--name-only', '--no-renames', '-z', mergeBase], root, env),
    git(['diff', '--name-only', '--no-renames', '-z', '--cached', mergeBase], root, env),
    git(['ls-files', '--others', '--exclude-standard', '-z'], root, env),
  ]);
  const failed = lists.find((l) => l.code !== 0);
  if (failed) return { reason: `git failed: ${failed.stderr.trim()}` };
  // node_modules is never content: its untracked cache (node_modules/.cache/planwerk) is not a change.
  const files = [...new Set(lists.flatMap((l) => l.stdout.split('\0')).filter((f) => f !== '' && !/(^|\/)node_modules\//.test(f)))].sort();
  return { top: root, base, mergeBase, files };
}
