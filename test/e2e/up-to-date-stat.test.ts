/**
 * A build with nothing changed, told by the files' status (src/run/up-to-date-stat.ts): once a full check found
 * the build up to date with every status old enough to trust, the next one reads no content file. Anything a
 * status might miss is the full check: an edit that keeps the size and puts the modification time back (the
 * change time shows it), a file added or removed, a file or folder replaced by a link, a time too close to the
 * check (racily clean). Through the real CLI; PLANWERK_CACHE_STATS=1 shows which check ran (`statuses 1 hits`).
 */
import { cp, mkdir, readdir, readFile, rename, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RACY_WINDOW_NS } from '../../src/io/stat-record.js';
import { FIXTURES, type RunResult, runCli, tempDir } from '../helpers.js';

const WHOLE_SECOND = Math.floor(Date.now() / 1000) - 600;
const ENV = { SOURCE_DATE_EPOCH: '1700000000', PLANWERK_CACHE_STATS: '1' };
const build = (dir: string, args: string[] = []): Promise<RunResult> =>
  runCli(['build', '--format', 'html', '--out', 'dist', ...args], { cwd: dir, env: ENV });

/** Waits out the racy window, so every file written so far has a status old enough to trust. */
const settle = () => new Promise((r) => setTimeout(r, Number(RACY_WINDOW_NS / 1_000_000n) + 300));
/** Whether the run compiled the content (a full build). */
const compiled = (r: RunResult) => /^plan: cache: .*documents \d+ hits/m.test(r.stderr);
/** Whether the run was found up to date by the files' status alone. */
const byStatus = (r: RunResult) => /^plan: cache: .*statuses 1 hits/m.test(r.stderr);
const withoutStats = (s: string) =>
  s
    .split('\n')
    .filter((l) => !l.startsWith('plan: cache: '))
    .join('\n');

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out = path.join(dir, 'dist');
  const names = (await readdir(out)).sort();
  const entries = await Promise.all(
    names.map(async (n) => [n, `${(await stat(path.join(out, n))).mtimeMs} ${await readFile(path.join(out, n), 'utf8')}`]),
  );
  return Object.fromEntries(entries);
}

describe('a build with nothing changed, by the files’ status', () => {
  let dir: string;
  /** Built, settled, checked in full once (which keeps the statuses), and checked by status once. */
  const upToDateByStatus = async (): Promise<RunResult> => {
    const first = await build(dir);
    expect(first.code, first.stderr).toBe(0);
    await settle();
    const full = await build(dir);
    expect(compiled(full)).toBe(false);
    expect(byStatus(full)).toBe(false);
    const quick = await build(dir);
    expect(quick.code, quick.stderr).toBe(0);
    expect(byStatus(quick)).toBe(true);
    return quick;
  };

  beforeEach(async () => {
    dir = await tempDir('planwerk-uptodate-stat-');
    await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
    const goal = path.join(dir, 'content', 'goals', 'od-wonen.md');
    await writeFile(goal, (await readFile(goal, 'utf8')).replace('title: Betaalbaar wonen', 'title: TODO'));
    // A time a file system holds exactly, so an edit can put it back to the nanosecond.
    const sd = path.join(dir, 'content', 'goals', 'sd1.md');
    await utimes(sd, WHOLE_SECOND, WHOLE_SECOND);
  });

  it('reports as the full check does, writes nothing, and still sees an edit that keeps size and time', async () => {
    const first = await build(dir);
    await settle();
    const sarif = ['--reporter', 'sarif'];
    const fullSarif = await build(dir, sarif); // the full check, which keeps the statuses
    expect(byStatus(fullSarif)).toBe(false);
    const before = await snapshot(dir);
    const quick = await build(dir);
    expect(byStatus(quick)).toBe(true);
    expect(compiled(quick)).toBe(false);
    expect(quick.stdout).toBe(first.stdout);
    expect(withoutStats(quick.stderr)).toBe(withoutStats(first.stderr));
    expect(withoutStats(quick.stderr)).toContain('link/placeholder'); // the named file's line is read and shown
    expect(await snapshot(dir)).toEqual(before);
    expect((await build(dir, ['--verbose'])).stderr).toContain('plan: dist/ is up to date');
    // SARIF fingerprints hold the text of each finding's line, and name the content folder from every path.
    const quickSarif = await build(dir, sarif);
    expect(byStatus(quickSarif)).toBe(true);
    expect(withoutStats(quickSarif.stderr)).toBe(withoutStats(fullSarif.stderr));
    expect(quickSarif.stderr).toContain('"partialFingerprints"');
    // Same length, modification time put back: only the change time differs.
    const sd = path.join(dir, 'content', 'goals', 'sd1.md');
    const old = await stat(sd);
    expect(old.mtimeMs).toBe(WHOLE_SECOND * 1000);
    const text = await readFile(sd, 'utf8');
    const edited = text.replace(/title: (\S)/, 'title: Q');
    expect(edited).not.toBe(text);
    expect(edited.length).toBe(text.length);
    await writeFile(sd, edited);
    await utimes(sd, WHOLE_SECOND, WHOLE_SECOND);
    expect((await stat(sd)).mtimeMs).toBe(old.mtimeMs);
    expect((await stat(sd)).size).toBe(old.size);
    const after = await build(dir);
    expect(after.code, after.stderr).toBe(0);
    expect(byStatus(after)).toBe(false);
    expect(compiled(after)).toBe(true);
    expect(await readFile(path.join(dir, 'dist', 'data.json'), 'utf8')).toContain('"Q');
  });

  it('right after a build: by status, its racy outputs hashed, and an output edited keeping size and time is seen', async () => {
    await settle(); // the content old enough to trust; the outputs the build writes are not
    const first = await build(dir);
    expect(first.code, first.stderr).toBe(0);
    const next = await build(dir);
    expect(byStatus(next)).toBe(true);
    expect(compiled(next)).toBe(false);
    expect(next.stdout).toBe(first.stdout);
    // Same length, modification time put back (to the millisecond), right away: an output edited after the build.
    // (A status that stays the same to the nanosecond is the racy case: test/unit/known-outputs.test.ts.)
    const data = path.join(dir, 'dist', 'data.json');
    const old = await stat(data);
    const text = await readFile(data, 'utf8');
    const edited = text.replace('"title": "', '"title": "Q').replace(/.$/s, '');
    expect(edited.length).toBe(text.length);
    await writeFile(data, edited);
    await utimes(data, old.atime, old.mtime);
    const after = await build(dir);
    expect(after.code).toBe(2); // the guard found the changed output: refused, as by the full check
    expect(after.stderr).toContain('data.json');
    expect(await readFile(data, 'utf8')).toBe(edited);
  });

  it('checks in full when a file was added or removed', async () => {
    await upToDateByStatus();
    await writeFile(path.join(dir, 'content', 'goals', 'notes.yaml'), 'kind: nonsense\n');
    const added = await build(dir);
    expect(added.code).toBe(1); // the new file is read: its error stops the build
    expect(added.stderr).toContain('notes.yaml');
    await rm(path.join(dir, 'content', 'goals', 'notes.yaml'));
    await upToDateByStatus();
    await rm(path.join(dir, 'content', 'reports', '2021', 'progress', 'alpha.md'));
    const removed = await build(dir);
    expect(byStatus(removed)).toBe(false);
    expect(compiled(removed)).toBe(true);
  });

  it('checks in full, and keeps checking in full, when a file or a folder became a link to the same text', async () => {
    await upToDateByStatus();
    const sd = path.join(dir, 'content', 'goals', 'sd1.md');
    await mkdir(path.join(dir, 'content', '_kept'));
    await rename(sd, path.join(dir, 'content', '_kept', 'sd1.md'));
    await symlink(path.join('..', '_kept', 'sd1.md'), sd);
    const linked = await build(dir);
    expect(linked.code, linked.stderr).toBe(0);
    expect(byStatus(linked)).toBe(false);
    expect(compiled(linked)).toBe(false); // the same text: up to date by the full check
    await settle();
    await build(dir);
    expect(byStatus(await build(dir))).toBe(false); // a link is never vouched for by a status
    await rm(sd);
    await rename(path.join(dir, 'content', '_kept', 'sd1.md'), sd);
    await upToDateByStatus();
    const reports = path.join(dir, 'content', 'reports');
    await rename(reports, path.join(dir, 'content', '_reports'));
    await symlink('_reports', reports);
    const folder = await build(dir);
    expect(folder.code, folder.stderr).toBe(0);
    expect(byStatus(folder)).toBe(false);
    await settle();
    await build(dir);
    expect(byStatus(await build(dir))).toBe(false);
  });

  it('keeps no status whose time is not well before the check (racily clean), here one in the future', async () => {
    const sd = path.join(dir, 'content', 'goals', 'sd1.md');
    const later = new Date(Date.now() + 3600_000);
    await utimes(sd, later, later);
    await build(dir);
    await settle();
    const full = await build(dir);
    expect(compiled(full)).toBe(false);
    expect(byStatus(await build(dir))).toBe(false);
  });
});
