/**
 * plan build --out replaces its output folder whole, so it may only replace a folder a build made. Each case
 * spawns the real CLI with an --out a user could mistype and checks that nothing was deleted or changed.
 */
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
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
      /is a folder that plan build did not make/,
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
  test('a new folder, then its own output again; the marker records every file written', async () => {
    const first = await runCli(['build', '--format', 'html', '--out', 'site'], { cwd: project, env: EPOCH });
    expect(first.code, first.stderr).toBe(0);
    const marker = JSON.parse(await readFile(path.join(project, 'site', '.planwerk-output'), 'utf8'));
    expect(marker.generator).toMatch(/^planwerk /);
    const names = (await readdir(path.join(project, 'site'))).filter((n) => n !== '.planwerk-output').sort();
    expect(marker.files.map((f: { path: string }) => f.path)).toEqual(names);
    const data = await readFile(path.join(project, 'site', 'data.json'));
    expect(marker.files.find((f: { path: string }) => f.path === 'data.json')).toEqual({
      path: 'data.json',
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
    const again = await runCli(['build', '--format', 'html', '--out', 'site'], { cwd: project, env: EPOCH });
    expect(again.code, again.stderr).toBe(0);
    expect((await readdir(project)).filter((n) => n.startsWith('site'))).toEqual(['site']); // no staging left
  });

  test('an empty folder, and one holding only what a file manager leaves (.DS_Store)', async () => {
    await mkdir(path.join(project, 'empty'));
    const r = await runCli(['build', '--format', 'html', '--out', 'empty'], { cwd: project, env: EPOCH });
    expect(r.code, r.stderr).toBe(0);
    expect((await stat(path.join(project, 'empty', 'plan.html'))).isFile()).toBe(true);
    await mkdir(path.join(project, 'finder'));
    await writeFile(path.join(project, 'finder', '.DS_Store'), 'view settings');
    const finder = await runCli(['build', '--format', 'html', '--out', 'finder'], { cwd: project, env: EPOCH });
    expect(finder.code, finder.stderr).toBe(0);
  });

  test('a build whose output lost a file (deleted by hand): nothing of anyone’s is lost, so it is replaced', async () => {
    const out = await built('lost');
    await rm(path.join(out, 'plan.html'));
    const r = await runCli(['build', '--format', 'html', '--out', 'lost'], { cwd: project, env: EPOCH });
    expect(r.code, r.stderr).toBe(0);
    expect((await stat(path.join(out, 'plan.html'))).isFile()).toBe(true);
  });
});

let pristine: string | undefined;
/** A build's output folder under the project (one build, copied: each case tampers with its own copy). */
async function built(name: string): Promise<string> {
  if (!pristine) {
    const r = await runCli(['build', '--format', 'html', '--out', 'pristine'], { cwd: project, env: EPOCH });
    expect(r.code, r.stderr).toBe(0);
    pristine = path.join(project, 'pristine');
  }
  await cp(pristine, path.join(project, name), { recursive: true });
  return path.join(project, name);
}

describe('a build replaces only what the previous build recorded; anything else: exit 2, the names, nothing touched', () => {
  const cases: [name: string, tamper: (out: string) => Promise<void>, names: RegExp][] = [
    ['a file a user put there', (out) => writeFile(path.join(out, 'notes.txt'), 'my notes\n'), /did not write: notes\.txt\b/],
    [
      'a folder of the user’s in it',
      async (out) => {
        await mkdir(path.join(out, 'drafts'));
        await writeFile(path.join(out, 'drafts', 'letter.md'), 'dear funder\n');
      },
      /did not write: drafts\/, drafts\/letter\.md\b/,
    ],
    ['an empty folder of the user’s in it', (out) => mkdir(path.join(out, 'keep')), /did not write: keep\/;/],
    [
      'an output edited by hand',
      (out) => appendFile(path.join(out, 'plan.html'), '<!-- fixed a typo -->'),
      /changed since .*: plan\.html\b/,
    ],
    [
      'an output replaced by a link',
      async (out) => {
        await rm(path.join(out, 'data.json'));
        await symlink(path.join(root, 'neighbour.txt'), path.join(out, 'data.json'));
      },
      /did not write: data\.json\b/,
    ],
    ['an empty marker', (out) => writeFile(path.join(out, '.planwerk-output'), ''), /does not record .*data\.json.*plan\.html/],
    [
      'the marker of an earlier planwerk (no list of files)',
      (out) => writeFile(path.join(out, '.planwerk-output'), '{"generator":"planwerk 0.1.0","note":"x"}\n'),
      /does not record .*data\.json/,
    ],
    [
      'a marker whose list is forged (wrong hashes)',
      async (out) => {
        const file = path.join(out, '.planwerk-output');
        const marker = JSON.parse(await readFile(file, 'utf8'));
        for (const f of marker.files) f.sha256 = '0'.repeat(64);
        await writeFile(file, JSON.stringify(marker));
      },
      /changed since .*data\.json/,
    ],
    [
      'no marker: the output of planwerk 0.1, which wrote none',
      (out) => rm(path.join(out, '.planwerk-output')),
      /did not make .*data\.json/,
    ],
  ];

  test.each(cases)('%s', async (_name, tamper, names) => {
    const out = await built(`tampered-${cases.findIndex((c) => c[0] === _name)}`);
    await tamper(out);
    const before = await snapshot(root);
    const r = await runCli(['build', '--format', 'html', '--out', path.basename(out)], { cwd: project, env: EPOCH });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(names);
    expect(r.stderr).toContain('nothing written');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot(root)).toEqual(before);
    expect((await readdir(project)).filter((n) => /\.(staging|old)-/.test(n))).toEqual([]);
  });

  test('a marker copied into a folder with other files proves nothing', async () => {
    const out = await built('original');
    const other = path.join(project, 'papers');
    await mkdir(other);
    await writeFile(path.join(other, 'budget.xlsx'), 'figures');
    await cp(path.join(out, '.planwerk-output'), path.join(other, '.planwerk-output'));
    const before = await snapshot(root);
    const r = await runCli(['build', '--format', 'html', '--out', 'papers'], { cwd: project, env: EPOCH });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/did not write: budget\.xlsx\b/);
    expect(await snapshot(root)).toEqual(before);
  });

  test('a file name with control characters is shown escaped, not sent to the terminal', async () => {
    const out = await built('escaped');
    await writeFile(path.join(out, 'x\u001b]52;c;aGk=\u0007.txt'), '');
    const r = await runCli(['build', '--format', 'html', '--out', 'escaped'], { cwd: project, env: EPOCH });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"x\\u001b]52;c;aGk=\\u0007.txt"');
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  test('once the user moves the file out, the build replaces the folder again', async () => {
    const out = await built('moved');
    await writeFile(path.join(out, 'notes.txt'), 'my notes\n');
    expect((await runCli(['build', '--format', 'html', '--out', 'moved'], { cwd: project, env: EPOCH })).code).toBe(2);
    await rm(path.join(out, 'notes.txt'));
    const r = await runCli(['build', '--format', 'html', '--out', 'moved'], { cwd: project, env: EPOCH });
    expect(r.code, r.stderr).toBe(0);
  });
});
