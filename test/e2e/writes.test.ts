/**
 * Writes of `plan init`, `plan new` and `plan new report` land inside their folder by real path: a folder on the
 * way that is a symbolic link out of it is refused with one line and exit 2, and nothing is written anywhere.
 */
import { cp, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

let dir: string;
let outside: string;
beforeEach(async () => {
  dir = await tempDir();
  outside = path.join(dir, 'outside');
  await mkdir(outside);
  await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'repo', 'content'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const listing = async (folder: string) => (await readdir(folder, { recursive: true })).sort();

const CASES: { name: string; link: string; args: string[] }[] = [
  { name: 'new report: the year folder links out', link: 'content/reports/2023', args: ['new', 'report', '2023'] },
  { name: 'new report: a parent folder links out', link: 'content/reports', args: ['new', 'report', '2023'] },
  { name: 'new: the kind folder links out', link: 'content/goals', args: ['new', 'goal', 'sd9', '--title', 'Negen'] },
];

test.each(CASES)('$name: one line, exit 2, nothing written', async ({ link, args }) => {
  const repo = path.join(dir, 'repo');
  const at = path.join(repo, link);
  // The linked folder holds what the content folder held there (or nothing), so the content still reads.
  await rm(at, { recursive: true, force: true });
  await symlink(outside, at);
  const before = await listing(repo);
  const r = await runCli(args, { cwd: repo });
  expect(r.code).toBe(2);
  const refusal = r.stderr.split('\n').filter((l) => l.startsWith('plan: ') && !l.includes('[load/'));
  expect(refusal).toHaveLength(1);
  expect(refusal[0]).toMatch(new RegExp(`would be written at ${outside}/.*, outside content: .*nothing written\\.$`));
  expect(await readdir(outside)).toEqual([]);
  expect(await listing(repo)).toEqual(before);
  // The same command with the link gone writes (the refusal is about the link, nothing else).
  await rm(at);
  if (link === 'content/goals') await cp(path.join(FIXTURES, 'synthetic', 'content', 'goals'), at, { recursive: true });
  if (link === 'content/reports') await mkdir(at);
  expect((await runCli(args, { cwd: repo })).code).toBe(0);
});

test('init: a dot-folder of the new repository that links out is refused before anything is written', async () => {
  const org = path.join(dir, 'org');
  await mkdir(org);
  await symlink(outside, path.join(org, '.vscode'));
  const r = await runCli(['init', 'org', '--period', '2026-2030', '--no-git'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/org\/\.vscode\/settings\.json would be written at .*outside org: .*nothing written\./);
  expect(await readdir(outside)).toEqual([]);
  expect(await readdir(org)).toEqual(['.vscode']);
});
