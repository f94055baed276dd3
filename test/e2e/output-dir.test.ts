/**
 * plan build --out replaces its output folder whole, so it may only replace a folder a build made. Each case
 * spawns the real CLI with an --out a user could mistype and checks that nothing was deleted or changed.
 */
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
let root: string;
let project: string;

/** Every file under dir with its bytes, for a byte-for-byte comparison before and after. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const p = path.join(e.parentPath, e.name);
    if (e.isFile()) out.set(path.relative(dir, p), (await readFile(p)).toString('base64'));
    else if (e.isSymbolicLink()) out.set(path.relative(dir, p), 'symlink');
  }
  return out;
}

beforeAll(async () => {
  root = await tempDir();
  project = path.join(root, 'project');
  await mkdir(project);
  await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(project, 'content'), { recursive: true });
  await writeFile(path.join(project, 'package.json'), '{"name":"someone-elses"}\n');
  await writeFile(path.join(root, 'neighbour.txt'), 'a file beside the project\n');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('plan build refuses an --out it did not make, and deletes nothing', () => {
  const cases: [name: string, out: string, message: RegExp, prepare?: () => Promise<void>][] = [
    ['the content folder', 'content', /is the content folder/],
    ['a folder inside the content', 'content/goals', /inside the content folder/],
    ['the project itself', '.', /contains the content folder/],
    ['the parent of the project', '..', /contains the content folder/],
    ['an existing file', 'notes.txt', /is a file, not a folder/, () => writeFile(path.join(project, 'notes.txt'), 'keep me\n')],
    [
      'a folder of someone else’s',
      'mine',
      /did not make/,
      async () => {
        await mkdir(path.join(project, 'mine'));
        await writeFile(path.join(project, 'mine', 'thesis.docx'), 'years of work\n');
      },
    ],
    [
      'a symbolic link to a folder',
      'link',
      /symbolic link/,
      async () => {
        await mkdir(path.join(root, 'elsewhere'), { recursive: true });
        await symlink(path.join(root, 'elsewhere'), path.join(project, 'link'));
      },
    ],
  ];

  test.each(cases)('%s (--out %s): exit 2, everything left as it was', async (_name, out, message, prepare) => {
    await prepare?.();
    const before = await snapshot(root);
    const r = await runCli(['build', '--format', 'html', '--out', out], { cwd: project, env: EPOCH });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('nothing written');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshot(root)).toEqual(before);
  });

  test('a folder containing the working folder is refused even with the content elsewhere', async () => {
    const sub = path.join(project, 'sub');
    await mkdir(sub, { recursive: true });
    const r = await runCli(['build', '--format', 'html', '--content', '../content', '--out', '..'], { cwd: sub, env: EPOCH });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/contains the content folder|contains the working folder/);
  });
});

describe('what a build may replace', () => {
  test('a new folder, then its own output again; the output carries the marker', async () => {
    const first = await runCli(['build', '--format', 'html', '--out', 'site'], { cwd: project, env: EPOCH });
    expect(first.code, first.stderr).toBe(0);
    const marker = await readFile(path.join(project, 'site', '.planwerk-output'), 'utf8');
    expect(JSON.parse(marker).generator).toMatch(/^planwerk /);
    const again = await runCli(['build', '--format', 'html', '--out', 'site'], { cwd: project, env: EPOCH });
    expect(again.code, again.stderr).toBe(0);
    expect((await readdir(project)).filter((n) => n.startsWith('site'))).toEqual(['site']); // no staging left
  });

  test('an empty folder', async () => {
    await mkdir(path.join(project, 'empty'));
    const r = await runCli(['build', '--format', 'html', '--out', 'empty'], { cwd: project, env: EPOCH });
    expect(r.code, r.stderr).toBe(0);
    expect((await stat(path.join(project, 'empty', 'plan.html'))).isFile()).toBe(true);
  });

  test('the output of a build made before the marker existed', async () => {
    const r = await runCli(['build', '--format', 'html', '--out', 'old'], { cwd: project, env: EPOCH });
    expect(r.code).toBe(0);
    await rm(path.join(project, 'old', '.planwerk-output'));
    const again = await runCli(['build', '--format', 'html', '--out', 'old'], { cwd: project, env: EPOCH });
    expect(again.code, again.stderr).toBe(0);
  });
});
