/**
 * The files the content refers to, through the real CLI. `plan validate` predicts `plan build`: for every kind of
 * problem with an image, a branding file or an output name, both report the same codes at the same file, line and
 * column, and exit alike. And paths read as Markdown users expect: relative to the file they are written in, or,
 * starting with `/`, to the content folder; never out of it.
 */
import { appendFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
/** Distinct bytes behind a PNG signature: the checks read the name's extension, the documents embed the bytes. */
const png = (tag: string) => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from(tag)]);
const dataUrl = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;

const SD1 = 'content/goals/sd1.md';
const PLAN = 'content/plan.md';
const REPORT = 'content/reports/2021/report.md';

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir('planwerk-assets-');
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

let count = 0;
/** A fresh copy of the base content (its own cache too), changed by `setUp`. */
async function content(setUp: (file: (rel: string) => string) => Promise<void>): Promise<string> {
  const dir = path.join(tmp, `case-${++count}`);
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  await setUp((rel) => path.join(dir, rel));
  return dir;
}

const lineOf = async (file: string, text: string) => (await readFile(file, 'utf8')).split('\n').indexOf(text) + 1;

type Found = { code: string; file: string; line: number; column: number };
const where = (list: Found[]) => list.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`);

interface Case {
  name: string;
  setUp(file: (rel: string) => string): Promise<void>;
  /** The diagnostic both must report: its code, file, and the line (its text) and column. */
  code: string;
  file: string;
  line: string;
  column: number;
}

const body = (text: string) => (file: (rel: string) => string) => appendFile(file(SD1), `\n${text}\n`);
/** A `branding:` section in the plan file at `plan` (shown path). */
const branding =
  (yaml: string, plan = PLAN) =>
  async (file: (rel: string) => string) => {
    const text = await readFile(file(plan), 'utf8');
    await writeFile(file(plan), text.replace('locale: nl-BE\n', `locale: nl-BE\nbranding:\n${yaml}`));
  };

const CASES: Case[] = [
  {
    name: 'a missing image in a body',
    setUp: body('![Kaart](kaart.png)'),
    code: 'asset/missing',
    file: SD1,
    line: '![Kaart](kaart.png)',
    column: 1,
  },
  {
    name: 'a missing branding logo',
    setUp: branding('  logo: logo.png\n'),
    code: 'asset/missing',
    file: PLAN,
    line: '  logo: logo.png',
    column: 9,
  },
  {
    name: 'an unsupported type',
    setUp: body('![Verslag](verslag.pdf)'),
    code: 'asset/unsupported-type',
    file: SD1,
    line: '![Verslag](verslag.pdf)',
    column: 1,
  },
  {
    name: 'a remote URL',
    setUp: body('![Foto](https://example.org/x.png)'),
    code: 'asset/remote',
    file: SD1,
    line: '![Foto](https://example.org/x.png)',
    column: 1,
  },
  {
    name: 'a path out of the content folder',
    setUp: body('![Buiten](../../x.png)'),
    code: 'asset/outside-content',
    file: SD1,
    line: '![Buiten](../../x.png)',
    column: 1,
  },
  {
    name: 'an image without alt text',
    setUp: async (file) => {
      await writeFile(file('content/goals/kaart.png'), png('a'));
      await body('![](kaart.png)')(file);
    },
    code: 'asset/missing-alt',
    file: SD1,
    line: '![](kaart.png)',
    column: 1,
  },
  {
    name: 'a file too large to embed',
    setUp: async (file) => {
      await writeFile(file('content/goals/groot.png'), Buffer.concat([png('b'), Buffer.alloc(2 * 1024 * 1024 + 1)]));
      await body('![Groot](groot.png)')(file);
    },
    code: 'asset/too-large',
    file: SD1,
    line: '![Groot](groot.png)',
    column: 1,
  },
  {
    name: 'an unsafe SVG',
    setUp: async (file) => {
      await writeFile(file('content/goals/kaart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      await body('![Kaart](kaart.svg)')(file);
    },
    code: 'asset/svg-unsafe',
    file: SD1,
    line: '![Kaart](kaart.svg)',
    column: 1,
  },
  {
    name: 'an output name too long',
    setUp: async (file) => {
      const text = await readFile(file(REPORT), 'utf8');
      await writeFile(file(REPORT), text.replace('id: vr-2021\n', `id: vr-2021-${'x'.repeat(300)}\n`));
    },
    code: 'output/name-too-long',
    file: REPORT,
    line: `id: vr-2021-${'x'.repeat(300)}`,
    column: 5,
  },
];

describe('plan validate reports what plan build reports', () => {
  test.each(CASES)(
    '$name',
    async (c) => {
      const dir = await content(c.setUp);
      const validate = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
      const build = await runCli(['build', '--format', 'html', '--reporter', 'json'], { cwd: dir, env: EPOCH });
      const parse = (text: string) => (JSON.parse(text.slice(0, text.lastIndexOf('}') + 1)) as { diagnostics: Found[] }).diagnostics;
      const fromValidate = where(parse(validate.stdout));
      const fromBuild = where(parse(build.stderr));
      const line = await lineOf(path.join(dir, c.file), c.line);
      expect(fromValidate).toContain(`${c.code} ${c.file}:${line}:${c.column}`);
      expect(fromBuild).toEqual(fromValidate);
      expect(build.code).toBe(validate.code);
    },
    60_000,
  );
});

describe('paths as in a Markdown preview', () => {
  test('an image next to its file resolves and is embedded; the same text in another folder shows its own image', async () => {
    const goal = png('goal');
    const action = png('action');
    const dir = await content(async (file) => {
      await writeFile(file('content/goals/kaart.png'), goal);
      await writeFile(file('content/actions/kaart.png'), action);
      // The same Markdown text in two folders: rendered once (the body cache is keyed by text), placed twice.
      await body('![Kaart](kaart.png)')(file);
      await appendFile(file('content/actions/alpha.md'), '\n![Kaart](kaart.png)\n');
    });
    for (const round of ['cold', 'from the cache']) {
      const r = await runCli(['build', '--format', 'html'], { cwd: dir, env: EPOCH });
      expect(r.code, `${round}: ${r.stderr}`).toBe(0);
      const html = await readFile(path.join(dir, 'dist', 'plan.html'), 'utf8');
      expect(html).toContain(dataUrl(goal));
      expect(html).toContain(dataUrl(action));
      await rm(path.join(dir, 'dist'), { recursive: true });
    }
  }, 60_000);

  test('a path starting with / is read from the content folder, in a body and in the branding', async () => {
    const map = png('root');
    const logo = png('logo');
    const dir = await content(async (file) => {
      await writeFile(file('content/kaart.png'), map);
      await mkdir(file('content/beeld'));
      await writeFile(file('content/beeld/logo.png'), logo);
      await body('![Kaart](/kaart.png)')(file);
      // The plan in a folder of its own: `../beeld/logo.png` starts from there, `/beeld/logo.png` from content/.
      await mkdir(file('content/plan'));
      await rename(file(PLAN), file('content/plan/plan.md'));
      await branding('  logo: ../beeld/logo.png\n  cover:\n    image: /beeld/logo.png\n    imageAlt: Logo\n', 'content/plan/plan.md')(file);
    });
    const r = await runCli(['build', '--format', 'html'], { cwd: dir, env: EPOCH });
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(path.join(dir, 'dist', 'plan.html'), 'utf8');
    expect(html).toContain(dataUrl(map));
    const cover = /<header class="cover"[\s\S]*?<\/header>/.exec(html)![0];
    expect(cover.split(dataUrl(logo)).length - 1).toBe(2); // the logo and the cover image
  }, 60_000);

  test('../../../x.png out of the content folder is refused, though a file is there', async () => {
    const dir = await content(async (file) => {
      await mkdir(file('content/chapters/plan'), { recursive: true });
      await writeFile(file('x.png'), png('outside'));
      await writeFile(
        file('content/chapters/plan/10-inleiding.md'),
        '---\nkind: chapter\nid: inleiding\ndocument: plan\norder: 10\ntitle: Inleiding\n---\n![Buiten](../../../x.png)\n',
      );
    });
    const r = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(where(JSON.parse(r.stdout).diagnostics)).toEqual(['asset/outside-content content/chapters/plan/10-inleiding.md:8:1']);
  }, 60_000);

  test('the validate cache holds only while the referred files read the same', async () => {
    const dir = await content(body('![Kaart](kaart.png)'));
    const codes = async () => {
      const r = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
      return (JSON.parse(r.stdout).diagnostics as Found[]).map((d) => d.code);
    };
    expect(await codes()).toEqual(['asset/missing']);
    await writeFile(path.join(dir, 'content', 'goals', 'kaart.png'), png('now'));
    expect(await codes()).toEqual([]);
    // Other bytes under the same name: the entry no longer holds.
    await writeFile(path.join(dir, 'content', 'goals', 'kaart.png'), Buffer.concat([png('big'), Buffer.alloc(2 * 1024 * 1024 + 1)]));
    expect(await codes()).toEqual(['asset/too-large']);
    await rm(path.join(dir, 'content', 'goals', 'kaart.png'));
    expect(await codes()).toEqual(['asset/missing']);
  }, 60_000);
});
