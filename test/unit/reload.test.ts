/**
 * plan dev reads only the files the watcher saw change (src/io/load.ts reloadFiles): the result must be what a
 * whole load gives, and anything a changed-files list cannot stand for (an added or removed file, a path that is
 * not a content file read before) must fall back to the whole load.
 */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadContent, reloadFiles } from '../../src/io/load.js';
import { tempDir } from '../helpers.js';

let root: string;
let dir: string;
beforeAll(async () => {
  root = await tempDir('planwerk-reload-');
  dir = path.join(root, 'content');
  await mkdir(path.join(dir, 'goals'), { recursive: true });
  await writeFile(path.join(dir, 'plan.md'), '---\nkind: plan\n---\nHet plan.\n');
  await writeFile(path.join(dir, 'goals', 'a.md'), '---\nid: a\n---\nA.\n');
  await writeFile(path.join(dir, 'goals', 'b.md'), '---\nid: b\n---\nB.\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

test('the changed files read again are what a whole load reads', async () => {
  const before = await loadContent(dir, root);
  await writeFile(path.join(dir, 'goals', 'a.md'), '---\nid: a\n---\nA, anders.\r\n');
  await writeFile(path.join(dir, 'goals', 'b.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
  const changed = [path.join(dir, 'goals', 'a.md'), path.join(dir, 'goals', 'b.md')];
  const reloaded = await reloadFiles(dir, root, before, changed);
  expect(reloaded).toEqual(await loadContent(dir, root));
  expect(reloaded!.find((s) => s.path === 'content/goals/a.md')!.text).toBe('---\nid: a\n---\nA, anders.\n');
  expect(reloaded!.find((s) => s.path === 'content/goals/b.md')!.problem?.code).toBe('load/invalid-utf8');
});

test('an added, removed or foreign file means a whole load', async () => {
  const before = await loadContent(dir, root);
  await writeFile(path.join(dir, 'goals', 'c.md'), '---\nid: c\n---\n');
  expect(await reloadFiles(dir, root, before, [path.join(dir, 'goals', 'c.md')])).toBeUndefined();
  await rm(path.join(dir, 'goals', 'c.md'));
  await writeFile(path.join(dir, 'style.css'), 'p {}');
  expect(await reloadFiles(dir, root, before, [path.join(dir, 'style.css')])).toBeUndefined();
  await rm(path.join(dir, 'goals', 'b.md'));
  expect(await reloadFiles(dir, root, before, [path.join(dir, 'goals', 'b.md')])).toBeUndefined();
});

test('a changed file that now leads out of the content folder is refused as a whole load refuses it', async () => {
  const outside = path.join(root, 'elders.md');
  await writeFile(outside, '---\nid: x\n---\n');
  const before = await loadContent(dir, root);
  await rm(path.join(dir, 'goals', 'a.md'));
  await symlink(outside, path.join(dir, 'goals', 'a.md'));
  const reloaded = await reloadFiles(dir, root, before, [path.join(dir, 'goals', 'a.md')]);
  expect(reloaded).toEqual(await loadContent(dir, root));
  expect(reloaded!.find((s) => s.path === 'content/goals/a.md')!.problem?.code).toBe('load/outside-content');
});
