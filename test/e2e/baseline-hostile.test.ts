/**
 * The baseline file is read as carefully as content: a symbolic link, a folder or a file over the limit is refused
 * by name and unread, a broken file's bytes are never echoed, and matching is linear in the number of entries.
 */
import { cp, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

const SECRET = 'SECRET-baseline-4c1e-NOT-CONTENT';
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  await writeFile(path.join(dir, 'secret.txt'), `${SECRET} and more of it\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const baseline = () => path.join(dir, 'planwerk-baseline.json');
const reset = () => rm(baseline(), { recursive: true, force: true });

test('a symbolic link is refused unread: exit 2, nothing of its target printed', async () => {
  await reset();
  await symlink(path.join(dir, 'secret.txt'), baseline());
  const r = await runCli(['validate'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/baseline planwerk-baseline\.json is a symbolic link/);
  expect(r.stdout + r.stderr).not.toContain(SECRET.slice(0, 10));
});

test('a file that is not JSON is named, its bytes never echoed', async () => {
  await reset();
  await writeFile(baseline(), `${SECRET} {`);
  const r = await runCli(['validate'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/is not a planwerk baseline: not valid JSON/);
  expect(r.stdout + r.stderr).not.toContain(SECRET.slice(0, 10));
});

test('a folder, and a file over the limit (sparse: nothing to read), are refused by name', async () => {
  await reset();
  await mkdir(baseline());
  expect((await runCli(['validate'], { cwd: dir })).stderr).toMatch(/is not a file \(nothing read\)/);
  await reset();
  await writeFile(baseline(), '');
  await truncate(baseline(), 400 * 1024 * 1024);
  const r = await runCli(['validate'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/is 400 MB, over the limit of 32 MB \(nothing read\)/);
});

test('40,000 identical entries are matched (once each) and reported stale in one run', async () => {
  await reset();
  const entry = { code: 'link/goal-unserved', file: 'content/goals/none.md', fingerprint: '0000000000000000', message: 'x' };
  await writeFile(baseline(), JSON.stringify({ version: 1, accepted: Array.from({ length: 40_000 }, () => entry) }));
  // Copying the list of one key per entry took about a minute here; pushing takes well under a second.
  const r = await runCli(['validate', '-r', 'json'], { cwd: dir });
  const stale = (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.filter((d) => d.code === 'baseline/stale');
  expect(stale).toHaveLength(40_000);
}, 60_000);
