/**
 * A build with nothing changed (src/run/up-to-date.ts): it writes nothing and reports as the full build did;
 * anything that could change the output (a content file, an asset, an option, the output folder itself) makes it
 * a full build again. Through the real CLI, with the cache counted by PLANWERK_CACHE_STATS=1.
 */
import { appendFile, cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, type RunResult, runCli, tempDir } from '../helpers.js';

const ENV = { SOURCE_DATE_EPOCH: '1700000000', PLANWERK_CACHE_STATS: '1' };

const build = (dir: string, args: string[] = []): Promise<RunResult> =>
  runCli(['build', '--format', 'html', '--out', 'dist', ...args], { cwd: dir, env: ENV });

/** Every file of dist/ with its bytes and modification time. */
async function snapshot(dir: string): Promise<Record<string, { bytes: string; mtime: number }>> {
  const out = path.join(dir, 'dist');
  const names = (await readdir(out)).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(
        async (n) => [n, { bytes: await readFile(path.join(out, n), 'utf8'), mtime: (await stat(path.join(out, n))).mtimeMs }] as const,
      ),
    ),
  );
}

const bytesOf = (s: Awaited<ReturnType<typeof snapshot>>) => Object.fromEntries(Object.entries(s).map(([n, f]) => [n, f.bytes]));
const withoutStats = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => !l.startsWith('plan: cache: '))
    .join('\n');
/** Whether the run compiled the content (a full build), by the caches it counted. */
const compiled = (r: RunResult) => /^plan: cache: .*documents \d+ hits/m.test(r.stderr);

describe('a build with nothing changed', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('planwerk-uptodate-');
    await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
    // A finding, so the reporting can be compared: a title still to be written.
    const goal = path.join(dir, 'content', 'goals', 'od-wonen.md');
    await writeFile(goal, (await readFile(goal, 'utf8')).replace('title: Betaalbaar wonen', 'title: TODO'));
  });

  it('writes nothing, and lists the same files and findings as the build before it', async () => {
    const first = await build(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(compiled(first)).toBe(true);
    const before = await snapshot(dir);
    const second = await build(dir);
    expect(second.code, second.stderr).toBe(0);
    expect(compiled(second)).toBe(false);
    expect(second.stderr).toMatch(/^plan: cache: .*builds 1 hits 0 misses/m);
    expect(second.stdout).toBe(first.stdout);
    expect(withoutStats(second.stderr)).toBe(withoutStats(first.stderr));
    expect(withoutStats(second.stderr)).toContain('link/placeholder');
    expect(await snapshot(dir)).toEqual(before); // same bytes, not even rewritten
    const verbose = await build(dir, ['--verbose']);
    expect(verbose.stderr).toContain('plan: dist/ is up to date');
  });

  it('builds again when a file of the output folder was removed; a changed or added one is refused, not rebuilt', async () => {
    await build(dir);
    const expected = bytesOf(await snapshot(dir));
    await rm(path.join(dir, 'dist', 'plan.html'));
    const removed = await build(dir);
    expect(removed.code, removed.stderr).toBe(0);
    expect(compiled(removed)).toBe(true);
    expect(bytesOf(await snapshot(dir))).toEqual(expected);
    // Someone's edit or file in dist/ is not the build's to replace (src/io/output-dir.ts): the guard comes first.
    const tampers: [string, () => Promise<void>][] = [
      ['changed', () => appendFile(path.join(dir, 'dist', 'data.json'), ' ')],
      ['added', () => writeFile(path.join(dir, 'dist', 'notes.txt'), 'mine')],
    ];
    for (const [what, tamper] of tampers) {
      await tamper();
      const before = bytesOf(await snapshot(dir));
      const r = await build(dir);
      expect(r.code, `${what}: ${r.stderr}`).toBe(2);
      expect(compiled(r), what).toBe(false);
      expect(bytesOf(await snapshot(dir)), what).toEqual(before);
    }
  });

  it('builds again when a content file, an asset or an option changed', async () => {
    await build(dir);
    const html = () => readFile(path.join(dir, 'dist', 'plan.html'), 'utf8');
    // The content folder's own style sheet, looked for (and not found) by the first build.
    await writeFile(path.join(dir, 'content', 'style.css'), 'h1 { letter-spacing: 0.01em; }\n');
    const styled = await build(dir);
    expect(compiled(styled)).toBe(true);
    expect(await html()).toContain('letter-spacing: 0.01em');
    await writeFile(path.join(dir, 'content', 'style.css'), 'h1 { letter-spacing: 0.02em; }\n');
    expect(compiled(await build(dir))).toBe(true);
    expect(await html()).toContain('letter-spacing: 0.02em');
    const english = await build(dir, ['--locale', 'en']);
    expect(compiled(english)).toBe(true);
    expect(await html()).toContain('<html lang="en"');
    await appendFile(path.join(dir, 'content', 'goals', 'sd1.md'), '\nEen nieuwe zin.\n');
    expect(compiled(await build(dir, ['--locale', 'en']))).toBe(true);
    expect(await html()).toContain('Een nieuwe zin.');
    expect(compiled(await build(dir, ['--locale', 'en']))).toBe(false);
  });

  it('still applies this run’s choices: --strict fails on the recorded warning and leaves dist/ as it was', async () => {
    await build(dir);
    const before = await snapshot(dir);
    const strict = await build(dir, ['--strict']);
    expect(strict.code).toBe(1);
    expect(compiled(strict)).toBe(false);
    expect(strict.stderr).toContain('link/placeholder');
    expect(strict.stderr).toContain('nothing written');
    expect(strict.stdout).toBe('');
    expect(await snapshot(dir)).toEqual(before);
  });
});
