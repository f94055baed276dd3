/**
 * The cache is optional in every failure, through the real CLI: a file where its folder should be, files where its
 * kinds' folders should be, entries that are folders or FIFOs, a folder without permission. Each command (validate,
 * build, export, dev) says so in one warning line at most, then does its work without the cache: the same output
 * as with --no-cache, no stack trace, and nothing of the user's touched.
 */
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDev } from '../dev-server.js';
import { FIXTURES, run, runCli, tempDir } from '../helpers.js';

const CACHE = path.join('node_modules', '.cache', 'planwerk');
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const KINDS = ['runs', 'documents', 'bodies', 'builds'];

let tmp: string;
/** What each command gives without a cache: the reference output. */
const reference: Record<string, string> = {};
beforeAll(async () => {
  tmp = await tempDir('planwerk-cache-optional-');
  const dir = await project('reference');
  for (const [name, args] of COMMANDS) {
    const r = await runCli([...args(dir), '--no-cache'], { cwd: dir, env: EPOCH });
    expect(r.code, r.stderr).toBe(0);
    reference[name] = await result(name, dir, r.stdout);
  }
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function project(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

/** The commands, each with what it makes: validate's report, export's JSON, build's data.json and plan. */
const COMMANDS: [string, (dir: string) => string[]][] = [
  ['validate', () => ['validate']],
  ['export', () => ['export']],
  ['build', (dir) => ['build', '--format', 'html', '--out', path.join(dir, 'out')]],
];
async function result(name: string, dir: string, stdout: string): Promise<string> {
  if (name !== 'build') return stdout;
  const out = path.join(dir, 'out');
  const built = await Promise.all(['data.json', 'plan.html', 'vr-2021.html'].map((f) => readFile(path.join(out, f), 'utf8')));
  await rm(out, { recursive: true });
  return built.join('\n');
}

const warnings = (stderr: string) => stderr.split('\n').filter((l) => /without (the cache|it)\.$/.test(l));

interface Case {
  name: string;
  /** Breaks the cache of a fresh project (after a first run when `primed`). */
  breakIt(cache: string): Promise<void>;
  primed?: boolean;
  /** The warning, when the command must give one. */
  warning: RegExp | undefined;
}

const entriesOf = async (cache: string) =>
  (await readdir(cache, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

const CASES: Case[] = [
  {
    name: 'a file where the cache folder should be',
    breakIt: (cache) => writeFile(cache, 'my notes\n'),
    warning: /^plan: node_modules\/\.cache\/planwerk is not a folder \(ENOTDIR\); going on without the cache\.$/,
  },
  {
    name: 'files where the folders of its kinds should be',
    breakIt: async (cache) => {
      await mkdir(cache, { recursive: true });
      for (const k of KINDS) await writeFile(path.join(cache, k), 'my notes\n');
    },
    warning: /^plan: writing to the cache in node_modules\/\.cache\/planwerk failed \(ENOTDIR\); going on without it\.$/,
  },
  {
    name: 'entries that are folders',
    primed: true,
    breakIt: async (cache) => {
      for (const f of await entriesOf(cache)) {
        await rm(f);
        await mkdir(path.join(f, 'x'), { recursive: true });
      }
    },
    warning: /^plan: writing to the cache in node_modules\/\.cache\/planwerk failed \(\w+\); going on without it\.$/,
  },
  {
    name: 'entries that are FIFOs (read without blocking)',
    primed: true,
    breakIt: async (cache) => {
      for (const f of await entriesOf(cache)) {
        await rm(f);
        expect((await run('mkfifo', [f])).code).toBe(0);
      }
    },
    // Rejected, then replaced by a good entry: no warning.
    warning: undefined,
  },
];

let count = 0;
describe.each(CASES)('$name', ({ breakIt, primed, warning }) => {
  test.each(COMMANDS)('%s: at most one warning line, then the same work as without a cache', async (name, args) => {
    const dir = await project(`case-${++count}`);
    const cache = path.join(dir, CACHE);
    await mkdir(path.dirname(cache), { recursive: true });
    if (primed) {
      const first = await runCli(args(dir), { cwd: dir, env: EPOCH });
      expect(first.code, first.stderr).toBe(0);
      await result(name, dir, first.stdout);
    }
    await breakIt(cache);
    const r = await runCli(args(dir), { cwd: dir, env: { ...EPOCH, PLANWERK_CACHE_STATS: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    const said = warnings(r.stderr);
    if (warning === undefined) expect(said).toEqual([]);
    else {
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(warning);
    }
    expect(await result(name, dir, r.stdout)).toBe(reference[name]);
  });
});

test('a file in the cache folder’s place is left as it was', async () => {
  const dir = await project('kept');
  const cache = path.join(dir, CACHE);
  await mkdir(path.dirname(cache), { recursive: true });
  await writeFile(cache, 'my notes\n');
  for (const [, args] of COMMANDS) expect((await runCli(args(dir), { cwd: dir, env: EPOCH })).code).toBe(0);
  expect(await readFile(cache, 'utf8')).toBe('my notes\n');
});

// Root may write anywhere: a folder without permission is only a failure for other users.
test.skipIf(process.getuid?.() === 0)('a cache folder that may not be written: one warning, then no cache', async () => {
  const dir = await project('read-only');
  const cache = path.join(dir, CACHE);
  await mkdir(cache, { recursive: true });
  const { chmod } = await import('node:fs/promises');
  await chmod(cache, 0o555);
  try {
    for (const [name, args] of COMMANDS) {
      const r = await runCli(args(dir), { cwd: dir, env: EPOCH });
      expect(r.code, r.stderr).toBe(0);
      expect(warnings(r.stderr)).toEqual([
        'plan: node_modules/.cache/planwerk cannot be read and written (EACCES); going on without the cache.',
      ]);
      expect(await result(name, dir, r.stdout)).toBe(reference[name]);
    }
    expect(await readdir(cache)).toEqual([]);
  } finally {
    await chmod(cache, 0o755);
  }
});

test('plan dev serves with a file where the cache folder should be', async () => {
  const dir = await project('dev');
  const cache = path.join(dir, CACHE);
  await mkdir(path.dirname(cache), { recursive: true });
  await writeFile(cache, 'my notes\n');
  const dev = await startDev(dir, []);
  try {
    const page = await fetch(`${dev.base}/plan.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Plan 2021-2025');
    expect(dev.stderr()).not.toMatch(/\n\s+at |Error:/);
    expect(warnings(dev.stderr()).length).toBeLessThanOrEqual(1);
    expect((await stat(cache)).isFile()).toBe(true);
  } finally {
    dev.child.kill('SIGKILL');
  }
});
