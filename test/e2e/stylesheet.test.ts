/**
 * The content style sheet, read by a real CSS parser, through the real CLI: every way to name something to load
 * (escapes, vendor prefixes, image-set, @import, @font-face sources, src(), custom properties) is an error
 * (asset/stylesheet-reference) at its place; CSS that hides the document's text is a warning
 * (asset/stylesheet-hides-text); ordinary CSS gives neither.
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir('planwerk-stylesheet-');
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

let count = 0;
async function withSheet(css: string): Promise<string> {
  const dir = path.join(tmp, `case-${++count}`);
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  await writeFile(path.join(dir, 'content', 'style.css'), css);
  return dir;
}

type Found = { code: string; file: string; line: number; column: number; args: Record<string, string> };
async function findings(css: string): Promise<{ code: number | null; found: Found[] }> {
  const dir = await withSheet(css);
  const r = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
  expect(r.stderr).toBe('');
  const all = (JSON.parse(r.stdout) as { diagnostics: Found[] }).diagnostics;
  return { code: r.code, found: all.filter((d) => d.file === 'content/style.css') };
}

const LOADS: [name: string, css: string, reference: string, line: number, column: number][] = [
  ['url() with a web address', 'h2 {\n  background: url(https://example.org/x.png);\n}\n', 'https://example.org/x.png', 2, 15],
  ['url() escaped as \\75 rl(', 'h2 { background: \\75 rl(http://example.org/x.png) }\n', 'url(http://example.org/x.png)', 1, 18],
  ['url() escaped as u\\rl("…")', 'h2 { background: u\\rl("http://example.org/x.png") }\n', 'http://example.org/x.png', 1, 23],
  ['URL() in capitals', 'h2 { background: URL(http://example.org/x.png) }\n', 'http://example.org/x.png', 1, 18],
  ['an escaped address in url()', 'h2 { background: url(http\\:\\/\\/example.org/x.png) }\n', 'http://example.org/x.png', 1, 18],
  ['image-set() with a string', 'h2 { background: image-set("http://example.org/x.png" 1x) }\n', 'http://example.org/x.png', 1, 28],
  [
    '-webkit-image-set() with url()',
    'h2 { background: -webkit-image-set(url(http://example.org/x.png) 1x) }\n',
    'http://example.org/x.png',
    1,
    36,
  ],
  ['-webkit-image-set() with a string', 'h2 { background: -webkit-image-set("x.png" 1x) }\n', 'x.png', 1, 36],
  ['image() with a string', 'h2 { background: image("x.png") }\n', 'x.png', 1, 24],
  ['src() with var()', 'h2 { background: src(var(--u)) }\n', 'src(var(--u))', 1, 18],
  ['a custom property holding url()', ':root { --logo: url(https://example.org/x.png) }\n', 'https://example.org/x.png', 1, 17],
  ['@import of a string', '@import "theme.css";\n', 'theme.css', 1, 1],
  ['@import escaped as @\\69mport', '@\\69mport url(theme.css);\n', 'theme.css', 1, 1],
  ['@import inside @media', '@media print {\n  @import url(theme.css);\n}\n', 'theme.css', 2, 3],
  ['@font-face src', '@font-face {\n  font-family: X;\n  src: url(fonts/x.woff2) format("woff2");\n}\n', 'fonts/x.woff2', 3, 8],
  ['a data: SVG', 'h2 { background: url("data:image/svg+xml,<svg/>") }\n', 'data:image/svg+xml,<svg/>', 1, 18],
  ['a javascript: URL', 'h2 { background: url("javascript:alert(1)") }\n', 'javascript:alert(1)', 1, 18],
  ['a relative file', 'h2 { background: url(images/x.png) }\n', 'images/x.png', 1, 18],
];

describe('what a style sheet would load is an error', () => {
  test.each(LOADS)('%s', async (_name, css, reference, line, column) => {
    const { code, found } = await findings(css);
    expect(code).toBe(1);
    expect(found.map((d) => `${d.code} ${d.line}:${d.column} ${d.args.reference}`)).toEqual([
      `asset/stylesheet-reference ${line}:${column} ${reference}`,
    ]);
  });
});

const HIDES: [name: string, css: string, declaration: string][] = [
  ['display: none on paragraphs', 'p { display: none; }\n', 'display: none'],
  ['visibility: hidden on a class', '.part { visibility: hidden; }\n', 'visibility: hidden'],
  ['font-size: 0 on list items', 'li { font-size: 0; }\n', 'font-size: 0'],
  ['color: transparent on the body', 'body { color: transparent; }\n', 'color: transparent'],
  ['a colour with alpha 0', 'td { color: rgb(0 0 0 / 0); }\n', 'color: rgb(0 0 0/0)'],
  ['opacity: 0 in @media print', '@media print {\n  h2 { opacity: 0; }\n}\n', 'opacity: 0'],
  ['content: replacing a heading', 'h1 { content: "Another title"; }\n', 'content: "Another title"'],
  ['an escaped property name', 'p { dis\\70 lay: none; }\n', 'display: none'],
];

describe('CSS that hides the text is a warning', () => {
  test.each(HIDES)('%s', async (_name, css, declaration) => {
    const { code, found } = await findings(css);
    expect(code).toBe(0);
    expect(found.map((d) => `${d.code} ${d.args.declaration}`)).toEqual([`asset/stylesheet-hides-text ${declaration}`]);
    expect(found[0]!.line).toBe(css.split('\n').findIndex((l) => l.includes(':') && !l.startsWith('@')) + 1);
  });
});

test('ordinary CSS, hidden images, generated content and embedded raster images: nothing to report', async () => {
  const css = [
    'h2 { color: #336; font-size: 14pt; font-family: "Brand", sans-serif; }',
    'p { margin: 0; color: rgb(0, 0, 0); }',
    'img.cover-logo { display: none; }',
    'h2::before { content: "§ "; }',
    'a:after { content: none; }',
    'table { background: url(data:image/png;base64,iVBORw0KGgo=); }',
    'svg { filter: url(#shadow); }',
    '@namespace svg url(http://www.w3.org/2000/svg);',
    '/* url(https://example.org/x.png) in a comment */',
    '.note { quotes: "url(https://example.org/x.png)"; }',
    '',
  ].join('\n');
  const { code, found } = await findings(css);
  expect(found).toEqual([]);
  expect(code).toBe(0);
});

test('a build warns about hidden text and goes ahead; one that loads something stops', async () => {
  const hides = await withSheet('p { display: none; }\n');
  const ok = await runCli(['build', '--format', 'html'], { cwd: hides, env: { SOURCE_DATE_EPOCH: '1700000000' } });
  expect(ok.code, ok.stderr).toBe(0);
  expect(ok.stderr).toContain('content/style.css:1:5: warning The content style sheet sets “display: none” on “p”');
  const loads = await withSheet('h2 { background: \\75 rl(http://example.org/x.png) }\n');
  const failed = await runCli(['build', '--format', 'html'], { cwd: loads, env: { SOURCE_DATE_EPOCH: '1700000000' } });
  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain('asset/stylesheet-reference');
  expect(failed.stderr).toContain('nothing written');
});
