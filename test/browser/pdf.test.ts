/**
 * PDF output of `plan build`: the shipped content is built once (a temporary copy, --out to a temporary folder),
 * then the PDFs are checked with poppler (pdfinfo, pdftotext, pdffonts) and pdf.js: pages, tags, metadata,
 * bookmarks against the headings, contents page numbers against the destinations, header and footer, fonts,
 * diacritics, chart alt text; two builds with SOURCE_DATE_EPOCH give the same PDF bytes. Then the ways the PDF
 * step can fail: no browser, a browser that does not start, one that hangs or crashes, and an interrupt; each
 * ends (by its own timeout or the crash, never by waiting the browser out) with exit 2 (130 on SIGINT) and leaves no
 * browser behind. No test measures wall-clock time: the tests' timeouts are the only clock. Without PDFs the HTML and
 * data.json are still put in place; an interrupt writes nothing.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findBrowser } from '../../src/pdf/browser.js';
import { PdfError, PdfInterrupted, Printer, printPdfs } from '../../src/pdf/print.js';
import { BASE_HTML_BUILD, BIN, FIXTURES, htmlText, ROOT, type RunResult, runCli, tempDir } from '../helpers.js';

const run = promisify(execFile);
const A4 = { width: 594.96, height: 841.92 };
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
/** Wait for a file to appear, however busy the machine: the test's timeout is the only bound. */
async function untilExists(file: string): Promise<void> {
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 50));
}
/**
 * Wait until a process has ended (a child of this process lingers until the event loop reaps it). No clock: a
 * browser that is never stopped fails the test by its timeout; a busy machine only makes it slower.
 */
async function untilGone(pid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

let tmp: string;
let out: string;
let build: RunResult;
const pdfs = new Map<string, PDFDocumentProxy>();
const html = new Map<string, string>();

beforeAll(async () => {
  tmp = await tempDir('planwerk-pdf-');
  await cp(path.join(ROOT, 'content'), path.join(tmp, 'content'), { recursive: true });
  out = path.join(tmp, 'dist');
  // No wall-clock bound: the hook's timeout is the only clock (a busy machine is slow, not wrong).
  build = await runCli(['build', '--content', path.join(tmp, 'content'), '--out', out]);
  if (build.code !== 0) throw new Error(`plan build exited ${build.code}:\n${build.stderr}`);
  for (const name of ['mjp-2021-2025', 'vr-2021']) {
    html.set(name, await readFile(path.join(out, `${name}.html`), 'utf8'));
    const data = new Uint8Array(await readFile(path.join(out, `${name}.pdf`)));
    pdfs.set(name, await getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise);
  }
}, 240_000);

afterAll(async () => {
  for (const doc of pdfs.values()) await doc.destroy();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const pdf = (name: string) => pdfs.get(name)!;
const file = (name: string) => path.join(out, `${name}.pdf`);
const decode = htmlText;

/** Every heading of the HTML that a reader sees (not the screen-reader-only ones), with its level. */
function headings(source: string): { level: number; text: string }[] {
  return [...source.matchAll(/<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/g)]
    .filter((m) => !/class="[^"]*\bsr-only\b/.test(m[2]!))
    .map((m) => ({ level: Number(m[1]), text: decode(m[3]!) }));
}

/** The contents entries of the HTML that have text: target id and text. */
function tocEntries(source: string): { id: string; text: string }[] {
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(source)![0];
  return [...nav.matchAll(/<a href="#([^"]+)">([\s\S]*?)<\/a>/g)]
    .map((m) => ({ id: m[1]!, text: decode(m[2]!) }))
    .filter((e) => e.text !== '');
}

interface Bookmark {
  depth: number;
  title: string;
  page: number;
}
async function pageOfDest(doc: PDFDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
  if (!explicit) return -1;
  return (await doc.getPageIndex(explicit[0] as { num: number; gen: number })) + 1;
}
async function bookmarks(doc: PDFDocumentProxy): Promise<Bookmark[]> {
  const list: Bookmark[] = [];
  const walk = async (items: { title: string; dest: unknown; items: unknown[] }[], depth: number) => {
    for (const item of items) {
      list.push({ depth, title: item.title.replace(/\s+/g, ' ').trim(), page: await pageOfDest(doc, item.dest) });
      await walk(item.items as typeof items, depth + 1);
    }
  };
  await walk(((await doc.getOutline()) ?? []) as unknown as { title: string; dest: unknown; items: unknown[] }[], 0);
  return list;
}

async function pageText(name: string, page: number): Promise<string> {
  return (await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file(name), '-'])).stdout;
}

describe('plan build writes PDFs', () => {
  test('one PDF beside each HTML document, listed on standard output', async () => {
    // The staff quality report is read in the browser: it has no PDF.
    expect(build.stdout.split('\n').filter((l) => l.endsWith('.pdf'))).toEqual([
      path.join(out, 'mjp-2021-2025.pdf'),
      path.join(out, 'context.pdf'),
      path.join(out, 'vr-2021.pdf'),
    ]);
    expect((await readdir(out)).sort()).toEqual([
      '.planwerk-output',
      'context.html',
      'context.pdf',
      'data.json',
      'kwaliteitsrapport.html',
      'mjp-2021-2025.html',
      'mjp-2021-2025.pdf',
      'vr-2021.html',
      'vr-2021.pdf',
    ]);
    expect((await readdir(tmp)).filter((f) => f.includes('.staging-') || f.includes('.old-'))).toEqual([]);
    // The page fetched nothing (every request would be refused and reported) and every contents entry got a number.
    expect(build.stderr).not.toMatch(/refused \d+ network request|no page number for/);
  });

  test.each([
    ['mjp-2021-2025', 80, 200],
    ['vr-2021', 110, 230],
  ])('%s: A4, tagged, page count in range, title, author and language', async (name, min, max) => {
    const info = (await run('pdfinfo', [file(name)])).stdout;
    const field = (k: string) => new RegExp(`^${k}:\\s+(.*)$`, 'm').exec(info)?.[1]?.trim();
    const pages = Number(field('Pages'));
    expect(pages).toBeGreaterThanOrEqual(min);
    expect(pages).toBeLessThanOrEqual(max);
    expect(field('Tagged')).toBe('yes');
    expect(field('Page size')).toMatch(/^594\.96 x 841\.92 pts \(A4\)/);
    const source = html.get(name)!;
    expect(field('Title')).toBe(decode(/<title>([\s\S]*?)<\/title>/.exec(source)![1]!));
    expect(field('Author')).toBe(decode(/<meta name="author" content="([^"]*)"/.exec(source)![1]!));
    const meta = (await pdf(name).getMetadata()).info as Record<string, unknown>;
    expect(meta.Language).toBe(/<html lang="([^"]+)"/.exec(source)![1]);
    expect(meta.Creator).toMatch(/^planwerk /);
    expect(pdf(name).numPages).toBe(pages);
  });

  test.each(['mjp-2021-2025', 'vr-2021'])('%s: the bookmarks are the headings, in order and nested by level', async (name) => {
    const marks = await bookmarks(pdf(name));
    const expected = headings(html.get(name)!);
    expect(marks.map((m) => m.title)).toEqual(expected.map((h) => h.text));
    // The cover's h1 is the root; the chapters (h2) are its children, their sections (h3) one level deeper.
    expect(marks.filter((m) => m.depth === 0).map((m) => m.title)).toEqual(expected.filter((h) => h.level === 1).map((h) => h.text));
    expect(marks.filter((m) => m.depth === 1).map((m) => m.title)).toEqual(expected.filter((h) => h.level === 2).map((h) => h.text));
    expect(marks.filter((m) => m.depth === 2).map((m) => m.title)).toEqual(expected.filter((h) => h.level === 3).map((h) => h.text));
  });

  test.each(['mjp-2021-2025', 'vr-2021'])(
    '%s: every contents entry links to its heading and shows the page the bookmark points to',
    async (name) => {
      const doc = pdf(name);
      const entries = tocEntries(html.get(name)!);
      const first = await pageOfDest(doc, entries[0]!.id);
      expect(first).toBeGreaterThan(2); // cover, at least one page of contents
      const found: { id: string; shown: number; target: number }[] = [];
      for (let p = 2; p < first; p++) {
        const page = await doc.getPage(p);
        const items = (await page.getTextContent()).items as { str: string; transform: number[] }[];
        for (const a of (await page.getAnnotations()) as { subtype: string; dest?: unknown; rect: number[] }[]) {
          if (a.subtype !== 'Link' || typeof a.dest !== 'string') continue;
          const [x1, y1, x2, y2] = a.rect as [number, number, number, number];
          const numbers = items.filter(
            (i) =>
              /^\d+$/.test(i.str.trim()) &&
              i.transform[4]! >= x1 - 1 &&
              i.transform[4]! <= x2 + 1 &&
              i.transform[5]! >= y1 - 1 &&
              i.transform[5]! <= y2 + 1,
          );
          found.push({ id: a.dest, shown: Number(numbers.at(-1)?.str ?? NaN), target: await pageOfDest(doc, a.dest) });
        }
      }
      expect(found.map((f) => f.id)).toEqual(entries.map((e) => e.id));
      expect(found.filter((f) => f.shown !== f.target)).toEqual([]);
      // The same pages as the bookmarks of those chapters and sections: each entry matched, in order, to the next
      // bookmark with its text (the contents list the headings that have an id).
      const marks = (await bookmarks(doc)).filter((m) => m.depth === 1 || m.depth === 2);
      let at = 0;
      const matched = entries.map((e, i) => {
        while (at < marks.length && marks[at]!.title !== e.text) at++;
        const mark = marks[at++];
        return { text: e.text, shown: found[i]!.shown, bookmark: mark?.page ?? null };
      });
      expect(matched.filter((m) => m.bookmark !== m.shown)).toEqual([]);
    },
  );

  test.each(['mjp-2021-2025', 'vr-2021'])('%s: chapters start at the top of a new page', async (name) => {
    const doc = pdf(name);
    // The chapters are main's own sections; a part a chapter places keeps its heading on the chapter's pages.
    const find = (n: Root | Element): Element | undefined =>
      n.type === 'element' && n.tagName === 'main'
        ? n
        : n.children.reduce<Element | undefined>((f, c) => f ?? (c.type === 'element' ? find(c) : undefined), undefined);
    const main = find(fromHtml(html.get(name)!))!;
    const sections = main.children.flatMap((c) => {
      if (c.type !== 'element' || c.tagName !== 'section') return [];
      const h2 = c.children.find((e) => e.type === 'element');
      return h2?.type === 'element' && h2.tagName === 'h2'
        ? [{ className: String(c.properties.className ?? ''), id: String(h2.properties.id) }]
        : [];
    });
    expect(sections.length).toBeGreaterThan(10);
    const starts: number[] = [];
    for (const [i, m] of sections.entries()) {
      const id = m.id;
      const page = await pageOfDest(doc, id);
      // A chapter that is only a title shares its page with the chapter after it.
      const afterTitleOnly = i > 0 && /\btitle-only\b/.test(sections[i - 1]!.className.replaceAll(',', ' '));
      if (afterTitleOnly) {
        expect(page, id).toBe(starts[starts.length - 1]);
        continue;
      }
      const dest = (await doc.getDestination(id))!;
      const y = dest[3] as number;
      expect(y, id).toBeGreaterThan(A4.height - 24 * 2.835 - 40); // the first line under the top margin
      expect(starts, id).not.toContain(page);
      starts.push(page);
    }
  });

  test('running header and footer: none on the cover, title, chapter and “Pagina X van N” on the others', async () => {
    const pages = pdf('mjp-2021-2025').numPages;
    const cover = await pageText('mjp-2021-2025', 1);
    expect(cover).toContain('Meerjarenplan 2021-2025');
    expect(cover).not.toMatch(/Pagina \d/);
    const contents = await pageText('mjp-2021-2025', 2);
    expect(contents).toMatch(/^\s*Meerjarenplan 2021-2025\s+Inhoud\s*$/m);
    expect(contents).toContain(`Pagina 2 van ${pages}`);
    const five = await pageText('mjp-2021-2025', 5);
    expect(five).toMatch(/^\s*Meerjarenplan 2021-2025\s+\S/m);
    expect(five).toContain(`Pagina 5 van ${pages}`);
    const last = await pageText('mjp-2021-2025', pages);
    expect(last).toContain(`Pagina ${pages} van ${pages}`);
    // “1 Algemene evaluatie” is only a title: it opens the page of 1.1, whose name the header shows. Its page is
    // found, not assumed: the front matter's length follows the content.
    let at = 3;
    while (at < 10 && !/^1 Algemene evaluatie$/m.test(await pageText('vr-2021', at))) at++;
    const report = await pageText('vr-2021', at);
    expect(report).toMatch(/^\s*SAAMO Limburg voortgangsrapport 2021\s+1\.1 Algemene duiding/m);
    expect(report).toMatch(/^1 Algemene evaluatie$/m);
    expect(report).toContain(`Pagina ${at} van ${pdf('vr-2021').numPages}`);
  });

  test.each(['mjp-2021-2025', 'vr-2021'])('%s: every font is embedded', async (name) => {
    const rows = (await run('pdffonts', [file(name)])).stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object-id (the type may have a space: "CID TrueType").
    const notEmbedded = rows.filter(
      (r) => !/\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(r) || /\sno\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(r),
    );
    expect(notEmbedded).toEqual([]);
  });

  test('Dutch diacritics are intact in the text layer', async () => {
    const plan = (await run('pdftotext', [file('mjp-2021-2025'), '-'])).stdout;
    const report = (await run('pdftotext', [file('vr-2021'), '-'])).stdout;
    expect(plan).toContain('Café Anoniem');
    expect(report).toContain('anciënniteit');
  });

  // The plan prints no chart (002 has none); the report's indicator charts do.
  test.each(['vr-2021'])('%s: each chart is a Figure in the structure tree with its aria-label as alt text', async (name) => {
    const labels = [...html.get(name)!.matchAll(/<svg[^>]*\brole="img"[^>]*\baria-label="([^"]*)"/g)].map((m) => decode(m[1]!));
    expect(labels.length).toBeGreaterThan(0);
    const doc = pdf(name);
    const alts: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const walk = (node: { role?: string; alt?: string; children?: unknown[] }) => {
        if (node.role === 'Figure' && node.alt) alts.push(node.alt.replace(/\s+/g, ' ').trim());
        for (const c of node.children ?? []) walk(c as typeof node);
      };
      const tree = await (await doc.getPage(p)).getStructTree();
      if (tree) walk(tree as typeof tree & { children?: unknown[] });
    }
    for (const label of labels) expect(alts).toContain(label);
  });
});

describe('when the PDF step cannot run', () => {
  let small: string;
  beforeAll(async () => {
    small = await tempDir('planwerk-pdf-small-');
    await cp(path.join(FIXTURES, 'base', 'content'), path.join(small, 'content'), { recursive: true });
  });
  afterAll(async () => {
    if (small) await rm(small, { recursive: true, force: true });
  });
  const buildSmall = (dir: string, args: string[] = [], env: Record<string, string> = {}) =>
    runCli(['build', '--content', path.join(small, 'content'), '--out', path.join(small, dir), ...args], { env });

  test('--format html writes no PDF', async () => {
    const r = await buildSmall('html-only', ['--format', 'html']);
    expect(r.code).toBe(0);
    expect((await readdir(path.join(small, 'html-only'))).sort()).toEqual(BASE_HTML_BUILD);
  });

  test('English documents say “Page X of N”', async () => {
    const r = await buildSmall('en', ['--locale', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const text = (await run('pdftotext', ['-layout', '-f', '2', '-l', '2', path.join(small, 'en', 'plan.pdf'), '-'])).stdout;
    expect(text).toMatch(/Page 2 of \d+/);
  });

  test('no browser: exit 2 with how to install one; the HTML and data are written, no PDF', async () => {
    const r = await buildSmall('no-browser', [], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no Chromium found (tried /nonexistent)');
    expect(r.stderr).toContain('apt-get install');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await readdir(path.join(small, 'no-browser'))).sort()).toEqual(BASE_HTML_BUILD);
  });

  /** A fake browser: a script that records its pid, then does `body`. */
  async function fakeBrowser(name: string, body: string): Promise<{ exe: string; pidFile: string }> {
    const exe = path.join(small, `${name}.sh`);
    const pidFile = path.join(small, `${name}.pid`);
    await writeFile(exe, `#!/bin/sh\necho $$ > '${pidFile}'\n${body}\n`);
    await chmod(exe, 0o755);
    return { exe, pidFile };
  }
  /** An output folder from an earlier build (it carries the marker), which an interrupted build must leave as it was. */
  async function previousOutput(dir: string): Promise<string> {
    const target = path.join(small, dir);
    await mkdir(target, { recursive: true });
    const earlier = 'from an earlier build\n';
    const sha256 = createHash('sha256').update(earlier).digest('hex');
    await writeFile(
      path.join(target, '.planwerk-output'),
      JSON.stringify({ files: [{ path: 'earlier.txt', size: earlier.length, sha256 }] }),
    );
    await writeFile(path.join(target, 'earlier.txt'), earlier);
    return target;
  }
  const noLeftovers = async () => expect((await readdir(small)).filter((f) => f.includes('.staging-') || f.includes('.old-'))).toEqual([]);
  const untouched = async (target: string) => {
    expect((await readdir(target)).sort()).toEqual(['.planwerk-output', 'earlier.txt']);
    await noLeftovers();
  };
  /** Like a build without a browser: the HTML and data.json replace the previous output, no PDF. */
  const htmlOnly = async (target: string) => {
    expect((await readdir(target)).sort()).toEqual(BASE_HTML_BUILD);
    await noLeftovers();
  };

  test('a browser that fails to start: exit 2, a clear message with what to do, the HTML and data written', async () => {
    const { exe } = await fakeBrowser('crashing', 'echo "simulated crash" >&2; exit 1');
    const target = await previousOutput('crash');
    const r = await buildSmall('crash', [], { PUPPETEER_EXECUTABLE_PATH: exe });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan: PDF: could not start the browser');
    expect(r.stderr).toContain('plan: wrote the HTML and data.json, but no PDF.');
    expect(r.stderr).toContain('--format html');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout.split('\n').filter((l) => l.endsWith('.pdf'))).toEqual([]);
    await htmlOnly(target);
  });

  test('a browser that hangs: exit 2 after the timeout, the browser process is gone, the HTML and data written', async () => {
    const { exe, pidFile } = await fakeBrowser('hanging', 'exec sleep 300');
    const target = await previousOutput('hang');
    // --no-cache here and below: no PDF cache, so the fake is started only to print (the cache asks --version first).
    const r = await buildSmall('hang', ['--no-cache'], { PUPPETEER_EXECUTABLE_PATH: exe, PLANWERK_PDF_TIMEOUT: '2' });
    expect(r.code).toBe(2);
    // It ended by its own timeout (the message says so), not by the browser's sleep ending (the browser was killed).
    expect(r.stderr).toMatch(/could not start the browser .*Timed out after 2000 ms/);
    expect(r.stderr).toContain('PLANWERK_PDF_TIMEOUT=4');
    await untilGone(Number(await readFile(pidFile, 'utf8')));
    await htmlOnly(target);
  });

  test('a browser that crashes while printing: exit 2, the HTML and data written', async () => {
    const { exe, pidFile } = await fakeBrowser('dying', `exec '${findBrowser(process.env)}' "$@"`);
    const target = await previousOutput('dying');
    const building = buildSmall('dying', ['--no-cache'], { PUPPETEER_EXECUTABLE_PATH: exe });
    await untilExists(pidFile);
    await new Promise((r) => setTimeout(r, 800));
    const pid = Number(await readFile(pidFile, 'utf8'));
    process.kill(pid, 'SIGKILL');
    const r = await building;
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/plan: PDF: (the browser quit unexpectedly|could not start the browser|.* failed)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    await untilGone(pid);
    // The PDFs that printed completely before the crash are kept and listed; the others are named as missing.
    const files = await readdir(target);
    const pdfs = files.filter((f) => f.endsWith('.pdf')).sort();
    expect(files.filter((f) => !f.endsWith('.pdf')).sort()).toEqual(BASE_HTML_BUILD);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.endsWith('.pdf'))
        .map((l) => path.basename(l))
        .sort(),
    ).toEqual(pdfs);
    expect(r.stderr).toMatch(pdfs.length === 0 ? /but no PDF/ : /; no \S+\.pdf/);
    await noLeftovers();
  });

  test('with SOURCE_DATE_EPOCH two builds give byte-identical PDFs', async () => {
    const epoch = { SOURCE_DATE_EPOCH: '1700000000' };
    // Both printed (--no-cache): the second would otherwise reuse the first's PDFs (test/browser/pdf-reuse.test.ts).
    const [a, b] = [await buildSmall('same-a', ['--no-cache'], epoch), await buildSmall('same-b', ['--no-cache'], epoch)];
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    for (const name of ['plan.pdf', 'vr-2021.pdf']) {
      const first = await readFile(path.join(small, 'same-a', name));
      expect((await run('pdfinfo', [path.join(small, 'same-a', name)])).stdout).toMatch(/CreationDate:\s+Tue Nov 14 22:13:20 2023 UTC/);
      expect(Buffer.compare(first, await readFile(path.join(small, 'same-b', name))), name).toBe(0);
    }
  });

  test('SIGINT while printing: the browser is stopped, nothing is written, exit 130', async () => {
    const { exe, pidFile } = await fakeBrowser('interrupted', `exec '${findBrowser(process.env)}' "$@"`);
    const target = await previousOutput('interrupt');
    const child = spawn(process.execPath, [BIN, 'build', '--no-cache', '--content', path.join(small, 'content'), '--out', target], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', LANG: 'C', PUPPETEER_EXECUTABLE_PATH: exe },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await untilExists(pidFile); // the browser was started
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('interrupted (SIGINT)');
    await untilGone(Number(await readFile(pidFile, 'utf8')));
    await untouched(target);
  });
});

describe('the printer on its own', () => {
  /** A long synthetic document: many chapters of text and tables. */
  const longDocument = (chapters: number) =>
    `<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Lang</title><meta name="author" content="Test"></head><body>` +
    `<header class="cover"><h1 class="document-title">Lang</h1></header><nav class="toc"><h2>Inhoud</h2><ol>` +
    Array.from({ length: chapters }, (_, i) => `<li><a href="#c${i}">Hoofdstuk ${i}</a></li>`).join('') +
    `</ol></nav><main>` +
    Array.from(
      { length: chapters },
      (_, i) =>
        `<section><h2 id="c${i}">Hoofdstuk ${i}</h2>${'<p>Één tekst met genoeg woorden om de bladzijde te vullen, keer op keer herhaald. </p>'.repeat(40)}</section>`,
    ).join('') +
    `</main></body></html>`;

  /** Contents whose page numbers change the layout: each digit is a line as tall as a page. */
  const restless = `<!DOCTYPE html><html lang="en"><head><title>T</title><style>@page { size: A4; margin: 20mm } .cover, .toc { break-after: page }
    .pw-toc-page { display: block; width: 1ch; word-break: break-all; line-height: 200mm }</style></head><body>
    <header class="cover"><h1 class="document-title">T</h1></header><nav class="toc"><h2>Contents</h2><ol><li><a href="#a">A</a></li></ol></nav>
    <main><section><h2 id="a">A</h2><p>x</p></section></main></body></html>`;

  test('numbers that move the headings they count get a third pass; when they never settle, a clear error', async () => {
    const printer = await Printer.launch({ executablePath: findBrowser(process.env) });
    try {
      const r = await printer.print({ name: 'restless.pdf', html: restless });
      expect(r.passes).toBe(3);
      const doc = await getDocument({ data: r.pdf.slice(), verbosity: 0 }).promise;
      const text = ((await (await doc.getPage(2)).getTextContent()).items as { str: string }[]).map((i) => i.str).join(' ');
      expect(text).toMatch(new RegExp(`\\b${doc.numPages}\\b`)); // the heading is on the last page, and the contents say so
      await doc.destroy();
      const strict = await Printer.launch({ executablePath: findBrowser(process.env), maxPasses: 2 });
      try {
        await expect(strict.print({ name: 'restless.pdf', html: restless })).rejects.toThrow(
          /restless\.pdf: the page numbers in the table of contents did not settle after 2 passes: “A” printed \d+, is on \d+/,
        );
      } finally {
        await strict.close();
      }
    } finally {
      await printer.close();
    }
  });

  test('a step that takes longer than its timeout ends with a PdfError and kills the browser', async () => {
    const printer = await Printer.launch({ executablePath: findBrowser(process.env), timeoutSeconds: 0.05, launchTimeoutSeconds: 30 });
    const child = (printer as unknown as { browser: { process(): { pid: number } } }).browser.process();
    await expect(printer.print({ name: 'lang.pdf', html: longDocument(200) })).rejects.toThrow(/did not finish within/);
    await printer.close();
    await untilGone(child.pid);
  });

  test('a browser that dies while printing ends with a PdfError, not a hang', async () => {
    const printer = await Printer.launch({ executablePath: findBrowser(process.env) });
    const child = (printer as unknown as { browser: { process(): { pid: number } } }).browser.process();
    const printing = printer.print({ name: 'lang.pdf', html: longDocument(150) });
    setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 400);
    const error = await printing.then(
      () => undefined,
      (e: unknown) => e,
    );
    await printer.close();
    expect(error).toBeInstanceOf(PdfError);
    expect(String(error)).toMatch(/quit unexpectedly|failed/); // ended by the crash: the test's timeout catches a hang
  });
});

describe('several documents in one browser, printed at once', () => {
  /** A document with table headers (their structure ids come from the renderer's node counter) and contents. */
  const tables = (title: string, chapters: number) =>
    `<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>${title}</title><meta name="author" content="Test"></head><body>` +
    `<header class="cover"><h1 class="document-title">${title}</h1></header><nav class="toc"><h2>Inhoud</h2><ol>` +
    Array.from({ length: chapters }, (_, i) => `<li><a href="#c${i}">Hoofdstuk ${i}</a></li>`).join('') +
    `</ol></nav><main>` +
    Array.from(
      { length: chapters },
      (_, i) =>
        `<section><h2 id="c${i}">Hoofdstuk ${i}</h2>${'<p>Één tekst met genoeg woorden om de bladzijde te vullen. </p>'.repeat(12)}` +
        `<table><thead><tr><th scope="col">Jaar</th><th scope="col">Waarde</th></tr></thead><tbody>` +
        Array.from({ length: 8 }, (_, r) => `<tr><th scope="row">${2021 + r}</th><td>${i * r}</td></tr>`).join('') +
        `</tbody></table></section>`,
    ).join('') +
    `</main></body></html>`;
  const jobs = [
    { path: 'lang.pdf', html: tables('Lang', 40) },
    { path: 'kort.pdf', html: tables('Kort', 2) },
    { path: 'middel.pdf', html: tables('Middel', 15) },
  ];
  const EPOCH = 1700000000;
  const env = { PUPPETEER_EXECUTABLE_PATH: findBrowser(process.env) };

  let dir: string;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  beforeAll(async () => {
    dir = await tempDir('planwerk-pdf-many-');
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A browser that records its pid, so the test can kill it. */
  async function recorded(name: string): Promise<{ env: Record<string, string>; pid: () => Promise<number> }> {
    const exe = path.join(dir, `${name}.sh`);
    const pidFile = path.join(dir, `${name}.pid`);
    await writeFile(exe, `#!/bin/sh\necho $$ > '${pidFile}'\nexec '${env.PUPPETEER_EXECUTABLE_PATH}' "$@"\n`);
    await chmod(exe, 0o755);
    return { env: { PUPPETEER_EXECUTABLE_PATH: exe }, pid: async () => Number(await readFile(pidFile, 'utf8')) };
  }

  test('saved in job order, each PDF the same bytes as when printed alone', async () => {
    const saved: { name: string; pdf: Uint8Array }[] = [];
    await printPdfs(jobs, async (name, pdf) => void saved.push({ name, pdf }), { env, sourceDateEpoch: EPOCH, concurrency: 3 });
    expect(saved.map((s) => s.name)).toEqual(['lang.pdf', 'kort.pdf', 'middel.pdf']);
    for (const job of jobs) {
      const alone: Uint8Array[] = [];
      await printPdfs([job], async (_, pdf) => void alone.push(pdf), { env, sourceDateEpoch: EPOCH, concurrency: 1 });
      const together = saved.find((s) => s.name === job.path)!.pdf;
      expect(Buffer.compare(Buffer.from(together), Buffer.from(alone[0]!)), job.path).toBe(0);
    }
    expect(latin1(saved[0]!.pdf)).toMatch(/\/ID \(node00000001\)/); // the table headers carry structure ids
    expect(unhandled).toEqual([]);
  });

  test('a browser that dies while they print: a PdfError, the browser gone, only complete PDFs saved, nothing unhandled', async () => {
    const browser = await recorded('dies');
    const saved: string[] = [];
    let killed = 0;
    const error = await printPdfs(
      jobs,
      async (name, pdf) => {
        expect(latin1(pdf).trimEnd().endsWith('%%EOF')).toBe(true);
        saved.push(name);
      },
      {
        env: browser.env,
        concurrency: 3,
        progress: (line) => {
          if (killed === 0 && / pass 1, /.test(line)) {
            killed = 1;
            void browser.pid().then((pid) => {
              killed = pid;
              process.kill(pid, 'SIGKILL');
            });
          }
        },
      },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdfError);
    expect(error).not.toBeInstanceOf(PdfInterrupted);
    expect(String(error)).toMatch(/quit unexpectedly|failed/);
    expect(killed).toBeGreaterThan(1);
    await untilGone(killed);
    // Whatever printed completely before the crash was saved, in job order.
    expect(saved).toEqual(jobs.map((j) => j.path).filter((p) => saved.includes(p)));
    await new Promise((r) => setTimeout(r, 100));
    expect(unhandled).toEqual([]);
  });

  test('an abort while they print stops them all: PdfInterrupted, nothing saved, the browser gone', async () => {
    const browser = await recorded('aborted');
    const controller = new AbortController();
    const saved: string[] = [];
    const error = await printPdfs(jobs, async (name) => void saved.push(name), {
      env: browser.env,
      concurrency: 3,
      signal: controller.signal,
      progress: (line) => {
        if (/: loaded in /.test(line)) controller.abort('SIGINT');
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdfInterrupted);
    expect(String(error)).toContain('interrupted (SIGINT)');
    expect(saved).toEqual([]);
    await untilGone(await browser.pid());
    await new Promise((r) => setTimeout(r, 100));
    expect(unhandled).toEqual([]);
  });
});
