/**
 * Runs a helper program (fc-list, git) as doctor's checks need: no shell, C locale, a time limit, and never a
 * rejection. A program that is not installed comes back as `missing`, not as an error.
 */
import { spawn } from 'node:child_process';

export type Ran = { missing: true } | { missing: false; code: number; stdout: string; stderr: string };

/** Seconds a helper program may take before it is stopped (fc-list on a cold font cache takes a few). */
const LIMIT_MS = 20_000;

export function exec(program: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(program, [...args], {
      cwd,
      env: { ...env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(e.code === 'ENOENT' ? { missing: true } : { missing: false, code: -1, stdout: '', stderr: e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ missing: false, code: code ?? -1, stdout, stderr });
    });
  });
}
