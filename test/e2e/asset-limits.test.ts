/**
 * Files the content refers to are measured before they are read, through the real CLI. Over the hard limit
 * (10 MB) a file is an error (asset/over-limit) and is not read; over the warning limit (2 MB) it is embedded with
 * a warning (asset/too-large), but the staff quality report leaves it out. Never a crash. The big files are sparse
 * (truncate), so the tests write almost nothing.
 */
import { cp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const MB = 1024 * 1024;
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir('planwerk-asset-limits-');
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

let count = 0;
/** The base content with a logo of `size` bytes (a PNG signature, then zeros: sparse). */
async function withLogo(size: number): Promise<string> {
  const dir = path.join(tmp, `case-${++count}`);
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  const plan = path.join(dir, 'content', 'plan.md');
  await writeFile(plan, (await readFile(plan, 'utf8')).replace('locale: nl-BE\n', 'locale: nl-BE\nbranding:\n  logo: logo.png\n'));
  const logo = path.join(dir, 'content', 'logo.png');
  await writeFile(logo, PNG);
  await truncate(logo, size);
  return dir;
}

type Found = { code: string; severity: string; file: string | null; line: number | null; message: string };
const diagnostics = (text: string) => (JSON.parse(text.slice(0, text.lastIndexOf('}') + 1)) as { diagnostics: Found[] }).diagnostics;
const noCrash = (r: { stderr: string }) => expect(r.stderr).not.toMatch(/\n\s+at |RangeError|ERR_/);

describe.each([
  ['20 MB', 20 * MB],
  ['403 MB', 403 * MB],
])('a %s logo: an error, not read, not embedded', (_name, size) => {
  test('validate and build report asset/over-limit at the logo', async () => {
    const dir = await withLogo(size);
    const validate = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
    const build = await runCli(['build', '--format', 'html', '--reporter', 'json'], { cwd: dir, env: EPOCH });
    for (const [r, text] of [
      [validate, validate.stdout],
      [build, build.stderr],
    ] as const) {
      expect(r.code).toBe(1);
      noCrash(r);
      const found = diagnostics(text).filter((d) => d.code === 'asset/over-limit');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'error', file: 'content/plan.md', line: 12 });
      expect(found[0]!.message).toBe(`“logo.png” is ${size / MB} MB; files the documents embed are read up to 10 MB, so it is not read.`);
    }
    expect(build.stderr).toContain('nothing written');
  });
});

test('a 3 MB logo: a warning; embedded in the documents, left out of the staff quality report', async () => {
  const dir = await withLogo(3 * MB);
  const r = await runCli(['build', '--format', 'html'], { cwd: dir, env: EPOCH });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain('content/plan.md:12:9: warning “logo.png” is 3072 kB; it is embedded in every document that uses it');
  const plan = await readFile(path.join(dir, 'dist', 'plan.html'), 'utf8');
  expect(plan).toMatch(/<img class="cover-logo" src="data:image\/png;base64,/);
  const quality = await readFile(path.join(dir, 'dist', 'kwaliteitsrapport.html'), 'utf8');
  expect(quality).not.toContain('<img class="cover-logo"');
  expect(quality).not.toContain('data:image/png');
  expect(quality).toContain('<p class="organisation">Voorbeeld vzw</p>');
  expect(quality.length).toBeLessThan(MB);
});

test('a small logo is on the cover of the quality report too', async () => {
  const dir = await withLogo(64);
  const r = await runCli(['build', '--format', 'html'], { cwd: dir, env: EPOCH });
  expect(r.code, r.stderr).toBe(0);
  const quality = await readFile(path.join(dir, 'dist', 'kwaliteitsrapport.html'), 'utf8');
  expect(quality).toMatch(/<img class="cover-logo" src="data:image\/png;base64,/);
});

test('a style.css over the limit: an error on the file itself, not read', async () => {
  const dir = await withLogo(64);
  const sheet = path.join(dir, 'content', 'style.css');
  await writeFile(sheet, 'p { color: red; }\n');
  await truncate(sheet, 11 * MB);
  const r = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
  noCrash(r);
  expect(diagnostics(r.stdout).filter((d) => d.code === 'asset/over-limit')).toMatchObject([{ file: 'content/style.css', line: null }]);
});

test('a FIFO named as an image is not waited for', async () => {
  const dir = await withLogo(64);
  const { run } = await import('../helpers.js');
  await rm(path.join(dir, 'content', 'logo.png'));
  expect((await run('mkfifo', [path.join(dir, 'content', 'logo.png')])).code).toBe(0);
  const r = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
  expect(diagnostics(r.stdout).map((d) => d.code)).toContain('asset/missing');
});
