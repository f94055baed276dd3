import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'plan.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** What `plan build --format html` writes for the base fixture (test/fixtures/base), by name. */
export const BASE_HTML_BUILD = ['.planwerk-output', 'context.html', 'data.json', 'kwaliteitsrapport.html', 'plan.html', 'vr-2021.html'];

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn a program and collect its output (never rejects on a non-zero exit: the code is part of the result). */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      ...(options.env ? { env: options.env } : {}),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A program that exits without reading its input (git, a quick refusal) closes the pipe first: not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** Spawn the real CLI as a user would, with a clean environment (no colour, English unless asked). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Promise<RunResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NO_COLOR: '1',
    LANG: 'C',
    ...options.env,
  };
  return run(process.execPath, [BIN, ...args], { ...options, env });
}

export async function tempDir(prefix = 'planwerk-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/**
 * A fixture case = the base content, overlaid with the case's own content/ files, minus the files its
 * case.json removes. Written to a temporary folder so paths in the output are the same on every machine.
 */
export async function materialize(caseDir: string): Promise<string> {
  const dir = await tempDir();
  await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
  if (existsSync(path.join(caseDir, 'content'))) await cp(path.join(caseDir, 'content'), path.join(dir, 'content'), { recursive: true });
  const spec = existsSync(path.join(caseDir, 'case.json'))
    ? (JSON.parse(await readFile(path.join(caseDir, 'case.json'), 'utf8')) as { remove?: string[] })
    : {};
  for (const f of spec.remove ?? []) await rm(path.join(dir, f));
  return dir;
}

/** Compare with a golden file, or write it when UPDATE_GOLDEN=1. Returns the expected text. */
export async function golden(file: string, actual: string): Promise<string> {
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE && process.env.CI) throw new Error(`missing golden file ${path.relative(ROOT, file)}: run UPDATE_GOLDEN=1 npm test`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, actual);
    return actual;
  }
  return readFile(file, 'utf8');
}

/** The text of an HTML fragment: tags dropped, character references decoded, white space collapsed. */
export const htmlText = (s: string): string =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The element with this id in serialized HTML, from its open to its matching close tag; undefined when absent. */
export function elementById(html: string, id: string): string | undefined {
  const start = html.search(new RegExp(`<([a-z0-9]+)[^>]*\\sid="${id.replace(/[.]/g, '\\.')}"`));
  if (start < 0) return undefined;
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))![1]!;
  const re = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return undefined;
}

/** git with fixed names and dates (the same commits, and commit ids, on every machine) and no user configuration. */
export const GIT_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Run git in `cwd` with GIT_ENV; its standard output, or an error naming the command. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const r = await run('git', args, { cwd, env: GIT_ENV });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
