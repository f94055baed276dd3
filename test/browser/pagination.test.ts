/**
 * Pagination of the shipped content's PDFs (templates/print.css), read back with poppler: no page ends with a
 * heading (its text, compared with the HTML's headings, is never the last text on a page), and the running
 * header keeps to one line on every page (at most one line of text in the top margin).
 */
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { htmlText, ROOT, run, runCli, tempDir } from '../helpers.js';

const NAMES = ['mjp-2021-2025', 'vr-2021'];
const TOP_MARGIN = (24 / 25.4) * 72; // print.css: @page margin-top 24mm, in points
let tmp: string;
const html = new Map<string, string>();
const pages = new Map<string, string[]>();
const bbox = new Map<string, string>();

const decode = htmlText;

beforeAll(async () => {
  tmp = await tempDir('planwerk-pages-');
  await cp(path.join(ROOT, 'content'), path.join(tmp, 'content'), { recursive: true });
  const r = await runCli(['build', '--content', 'content', '--out', 'dist'], { cwd: tmp });
  if (r.code !== 0) throw new Error(`plan build exited ${r.code}:\n${r.stderr}`);
  for (const name of NAMES) {
    const pdf = path.join(tmp, 'dist', `${name}.pdf`);
    html.set(name, await readFile(path.join(tmp, 'dist', `${name}.html`), 'utf8'));
    // pdftotext separates pages with a form feed.
    pages.set(name, (await run('pdftotext', ['-layout', pdf, '-'])).stdout.split('\f'));
    bbox.set(name, (await run('pdftotext', ['-bbox-layout', pdf, '-'])).stdout);
  }
}, 240_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test.each(NAMES)('%s: no page ends with a heading', (name) => {
  const texts = new Set(
    [...html.get(name)!.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => decode(m[2]!)).filter((t) => t !== ''),
  );
  const endings: string[] = [];
  pages.get(name)!.forEach((page, i) => {
    const raw = page.split('\n').filter((l) => l.trim() !== '' && !/Pagina \d+ van \d+/.test(l));
    const lines = raw.map((l) => l.replace(/\s+/g, ' ').trim());
    // A heading may wrap: its last one, two or three lines together. Headings start at the left margin; a line
    // that starts further in is a table cell's or list's text that happens to read like a heading elsewhere.
    for (let k = 1; k <= Math.min(3, lines.length); k++) {
      const end = lines.slice(-k).join(' ');
      if (texts.has(end) && !/^\s/.test(raw[raw.length - k]!)) endings.push(`page ${i + 1}: ${end}`);
    }
  });
  expect(endings).toEqual([]);
});

test.each(NAMES)('%s: the running header is one line on every page', (name) => {
  const wrapped: number[] = [];
  [...bbox.get(name)!.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].forEach((page, i) => {
    const lines = [...page[1]!.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)];
    const tops = new Set(lines.filter((m) => Number(m[2]) <= TOP_MARGIN).map((m) => Math.round(Number(m[1]))));
    if (tops.size > 1) wrapped.push(i + 1);
  });
  expect(wrapped).toEqual([]);
});
