/**
 * The cache (src/io/cache.ts) through the real CLI: what it reuses and what it makes again, that a damaged entry
 * is never trusted, and that the output is the same bytes with or without it and with any number of threads.
 * Hits and misses are counted with PLANWERK_CACHE_STATS=1 (a `plan: cache:` line on stderr); another tool
 * version is simulated with PLANWERK_CACHE_SALT, which is mixed into every key as the version is.
 */
import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

const CACHE = path.join('node_modules', '.cache', 'planwerk');
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

interface Counts {
  hits: number;
  misses: number;
  rejected: number;
}

/** Build into `out` and return the counts per cache (documents, bodies). */
async function build(dir: string, out: string, args: string[] = [], env: Record<string, string> = {}): Promise<Record<string, Counts>> {
  const r = await runCli(['build', '--format', 'html', '--out', out, ...args], {
    cwd: dir,
    env: { ...EPOCH, PLANWERK_CACHE_STATS: '1', ...env },
  });
  expect(r.code, r.stderr).toBe(0);
  return counts(r.stderr);
}

function counts(stderr: string): Record<string, Counts> {
  const line = stderr.split('\n').find((l) => l.startsWith('plan: cache: '));
  const result: Record<string, Counts> = {};
  for (const part of (line ?? '').slice('plan: cache: '.length).split('; ').filter(Boolean)) {
    const m = /^(\w+) (\d+) hits (\d+) misses (\d+) rejected$/.exec(part);
    if (m) result[m[1]!] = { hits: Number(m[2]), misses: Number(m[3]), rejected: Number(m[4]) };
  }
  return result;
}

/** Every file of an output folder, by name. */
async function files(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

async function entries(dir: string, kind: string): Promise<string[]> {
  const root = path.join(dir, CACHE, kind);
  const shards = await readdir(root);
  return (await Promise.all(shards.map(async (s) => (await readdir(path.join(root, s))).map((f) => path.join(root, s, f))))).flat().sort();
}

describe('the cache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('planwerk-cache-');
    await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
  });

  it('reuses everything when nothing changed, and the output is the same bytes as without it', async () => {
    const first = await build(dir, 'a');
    expect(first.documents).toEqual({ hits: 0, misses: 8, rejected: 0 });
    expect(first.bodies!.hits).toBe(0);
    expect(first.bodies!.misses).toBeGreaterThan(0);
    const second = await build(dir, 'b');
    expect(second.documents).toEqual({ hits: 8, misses: 0, rejected: 0 });
    expect(second.bodies).toEqual({ hits: first.bodies!.misses, misses: 0, rejected: 0 });
    const none = await build(dir, 'c', ['--no-cache']);
    expect(none.documents).toEqual({ hits: 0, misses: 0, rejected: 0 });
    expect(await files(path.join(dir, 'b'))).toEqual(await files(path.join(dir, 'a')));
    expect(await files(path.join(dir, 'c'))).toEqual(await files(path.join(dir, 'a')));
  });

  it('makes again exactly what a change touches: one document and its body; not the language; the tool version', async () => {
    const first = await build(dir, 'a');
    await appendFile(path.join(dir, 'content', 'goals', 'od-wonen.md'), '\nEen nieuwe alinea.\n'); // a body that was rendered before
    const edited = await build(dir, 'b');
    expect(edited.documents).toEqual({ hits: 7, misses: 1, rejected: 0 });
    expect(edited.bodies).toEqual({ hits: first.bodies!.misses - 1, misses: 1, rejected: 0 });
    expect(await readFile(path.join(dir, 'b', 'plan.html'), 'utf8')).toContain('Een nieuwe alinea.');
    // Another document language: its footnote labels fill holes in the same bodies, so nothing is made again.
    const english = await build(dir, 'c', ['--locale', 'en']);
    expect(english.documents).toEqual({ hits: 8, misses: 0, rejected: 0 });
    expect(english.bodies).toEqual({ hits: first.bodies!.misses, misses: 0, rejected: 0 });
    // Another tool version (simulated by the salt): nothing is reused.
    const other = await build(dir, 'd', [], { PLANWERK_CACHE_SALT: 'next-version' });
    expect(other.documents).toEqual({ hits: 0, misses: 8, rejected: 0 });
    expect(other.bodies!.hits).toBe(0);
  });

  it('ignores and rewrites a truncated, corrupted or foreign entry', async () => {
    await build(dir, 'a');
    const [truncated, corrupted, foreign] = await entries(dir, 'documents');
    const bytes = await readFile(truncated!);
    await writeFile(truncated!, bytes.subarray(0, bytes.length - 10));
    const flipped = Buffer.from(await readFile(corrupted!));
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 5) ^ 0xff, flipped.length - 5);
    await writeFile(corrupted!, flipped);
    // A well-formed entry, but for another key: never served in place of this one.
    await writeFile(foreign!, await readFile((await entries(dir, 'bodies'))[0]!));
    const damaged = await build(dir, 'b');
    expect(damaged.documents).toEqual({ hits: 5, misses: 3, rejected: 3 });
    expect(await files(path.join(dir, 'b'))).toEqual(await files(path.join(dir, 'a')));
    const repaired = await build(dir, 'c');
    expect(repaired.documents).toEqual({ hits: 8, misses: 0, rejected: 0 });
    expect(await files(path.join(dir, 'c'))).toEqual(await files(path.join(dir, 'a')));
  });

  it('gives the same bytes with one thread or several, with and without the cache', async () => {
    const parallel = { PLANWERK_PARALLEL_THRESHOLD: '0' };
    await build(dir, 'one', ['--jobs', '1', '--no-cache']);
    const cold = await build(dir, 'two', ['--jobs', '2'], parallel);
    expect(cold.documents!.misses).toBe(8);
    await build(dir, 'warm', ['--jobs', '2'], parallel);
    await build(dir, 'two-none', ['--jobs', '2', '--no-cache'], parallel);
    const expected = await files(path.join(dir, 'one'));
    for (const out of ['two', 'warm', 'two-none']) expect(await files(path.join(dir, out))).toEqual(expected);
  });

  it('serves validate whole from one entry when nothing changed, else per file; --no-cache leaves no cache behind', async () => {
    const fresh = await tempDir('planwerk-cache-');
    await cp(path.join(FIXTURES, 'base'), fresh, { recursive: true });
    const none = await runCli(['validate', '--no-cache'], { cwd: fresh, env: { PLANWERK_CACHE_STATS: '1' } });
    await expect(readdir(path.join(fresh, 'node_modules'))).rejects.toThrow();
    const first = await runCli(['validate'], { cwd: fresh, env: { PLANWERK_CACHE_STATS: '1' } });
    const second = await runCli(['validate'], { cwd: fresh, env: { PLANWERK_CACHE_STATS: '1' } });
    expect(counts(first.stderr).runs).toEqual({ hits: 0, misses: 1, rejected: 0 });
    expect(counts(first.stderr).documents).toEqual({ hits: 0, misses: 8, rejected: 0 });
    // Nothing changed: the whole run's diagnostics come from one entry, no file is checked again.
    expect(counts(second.stderr).runs).toEqual({ hits: 1, misses: 0, rejected: 0 });
    expect(counts(second.stderr).documents).toBeUndefined();
    expect(second.stdout).toBe(none.stdout);
    expect(second.code).toBe(none.code);
    // One file changed: the run misses, and only that file is checked again.
    await appendFile(path.join(fresh, 'content', 'goals', 'od-wonen.md'), '\nEen nieuwe alinea met [een kapotte link](@bestaat-niet).\n');
    const third = await runCli(['validate'], { cwd: fresh, env: { PLANWERK_CACHE_STATS: '1' } });
    expect(counts(third.stderr).runs).toEqual({ hits: 0, misses: 1, rejected: 0 });
    expect(counts(third.stderr).documents).toEqual({ hits: 7, misses: 1, rejected: 0 });
    expect(third.stdout).toContain('bestaat-niet');
    const fourth = await runCli(['validate', '--no-cache'], { cwd: fresh });
    expect(third.stdout).toBe(fourth.stdout);
  });

  it('keys a file by the problem reading it too: a file grown too large is not served as the empty file it was', async () => {
    const file = path.join(dir, 'content', 'goals', 'leeg.md');
    await writeFile(file, '');
    const empty = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
    expect(empty.stdout).not.toContain('load/too-large');
    await writeFile(file, 'x'.repeat(6 * 1024 * 1024)); // read as no text, with a problem
    const large = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
    expect(large.stdout).toContain('load/too-large');
  });
});
