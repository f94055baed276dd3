/**
 * Quality of a redline (src/redline) made from real documents: the shipped content's 2021 report built as it is
 * and built again from a copy of the content with one progress entry's sentence reworded and one figure changed,
 * both with the real CLI. The redline must be valid HTML (W3C Nu checker), accessible (axe-core in headless
 * Chromium, WCAG 2.1 A/AA and best practices: the tints of the marks included), self-contained under the
 * document's own policy (no request leaves the file, no script), and its list of changes must land.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Redline, redline } from '../../src/redline/index.js';
import { launchBrowser, offlinePage } from '../browser.js';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { nuCheck } from '../nu.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

/**
 * The edits: a sentence of one progress entry reworded, the 2021 staffing figure changed; and in the same entry
 * a list item removed, a paragraph added, so that whole blocks are marked in a real document too.
 */
const PROGRESS = 'reports/2021/progress/armoedetoets-beringen.md';
const SENTENCE = [
  'In nauwe samenwerking met Stad Beringen wordt een armoedetoets',
  'In goede samenwerking met Stad Beringen werd een armoedetoets',
];
const BLOCKS = [
  '- Toelichting op Forum Armoede Leopoldsburg (FAL): de uitrol van de armoedetoets werd toegelicht op het armoedeforum van Stad Beringen waarin armoedeorganisaties die actief zijn binnen de stad Beringen zetelen\n',
  'Een nieuwe alinea over de evaluatie met de stad, in het najaar.\n',
];
const REPORT = 'reports/2021/report.md';
const FIGURE = ['fte: 24.45', 'fte: 24.95'];

let dir: string;
let file: string;
let result: Redline;
let browser: Browser | undefined;

async function replaceIn(f: string, [from, to]: string[]): Promise<void> {
  const text = await readFile(f, 'utf8');
  if (!text.includes(from!)) throw new Error(`${f} no longer holds «${from}»: update this test's edit`);
  await writeFile(f, text.replace(from!, to!));
}

async function build(content: string, out: string): Promise<string> {
  const r = await runCli(['build', '--format', 'html', '--content', content, '--out', out]);
  if (r.code !== 0) throw new Error(`plan build exited ${r.code}:\n${r.stderr}`);
  return readFile(path.join(out, 'vr-2021.html'), 'utf8');
}

beforeAll(async () => {
  dir = await tempDir('planwerk-redline-');
  const edited = path.join(dir, 'edited');
  await cp(path.join(ROOT, 'content'), path.join(edited, 'content'), { recursive: true });
  await cp(path.join(ROOT, 'planwerk-baseline.json'), path.join(edited, 'planwerk-baseline.json'));
  await replaceIn(path.join(edited, 'content', PROGRESS), SENTENCE);
  await replaceIn(path.join(edited, 'content', PROGRESS), BLOCKS);
  await replaceIn(path.join(edited, 'content', REPORT), FIGURE);
  const [base, head] = await Promise.all([
    build(path.join(ROOT, 'content'), path.join(dir, 'base')),
    build(path.join(edited, 'content'), path.join(dir, 'head')),
  ]);
  result = redline({ base, head, title: 'Voortgangsrapport 2021', locale: 'nl-BE' });
  file = path.join(dir, 'redline-vr-2021.html');
  await writeFile(file, result.html);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the redline of the 2021 report', () => {
  test('lists the changed figure (its table and its chart), the reworded sentence and the two blocks, nothing else', () => {
    expect(result.changed).toBe(true);
    expect(result.changes.map((c) => [c.heading, c.kind])).toEqual([
      ['2.1 Decretale personeelsformatie', 'changed'],
      ['2.1 Decretale personeelsformatie', 'changed'],
      ['Samenwerking', 'changed'],
      ['Samenwerking', 'deleted'],
      ['Samenwerking', 'inserted'],
    ]);
    expect(result.html).toContain('<ins class="rl"><span class="rl-sr">ingevoegd: </span>Een nieuwe alinea over de evaluatie');
    expect(result.html).toContain('<del class="rl"><span class="rl-sr">verwijderd: </span>nauwe</del>');
    expect(result.html).toContain('<ins class="rl"><span class="rl-sr">ingevoegd: </span>goede</ins>');
    expect(result.html).toMatch(/<del class="rl"><span class="rl-sr">verwijderd: <\/span>24,45<\/del>/);
  });

  test('W3C Nu checker: no error', async () => {
    const { of, stray } = await nuCheck(dir, [file]);
    const problems = [...of(file), ...stray].map(
      (m) => `${m.lastLine ?? '?'} ${m.type}: ${m.message} «${(m.extract ?? '').replace(/\n/g, ' ')}»`,
    );
    expect(problems.length, problems.join('\n')).toBe(0);
  }, 120_000);

  test('in headless Chromium: nothing fetched, no script, nothing blocked by the policy, axe-clean, every change link lands', async () => {
    if (!browser) throw new Error('no browser');
    const url = pathToFileURL(file).href;
    const { page, requests, blocked } = await offlinePage(browser, url);
    try {
      await page.evaluateOnNewDocument(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const dom = await page.evaluate(() => ({
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
        violations: [...(window as unknown as { __cspViolations: string[] }).__cspViolations],
        scripts: document.getElementsByTagName('script').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
        links: [...document.querySelectorAll('.rl-changes a')].map((a) => a.getAttribute('href') ?? ''),
        folded: document.querySelectorAll('details.rl-fold').length,
        // The marks are styled by the document's own sheet (the policy let it apply).
        insBackground: getComputedStyle(document.querySelector('ins.rl')!).backgroundColor,
      }));
      expect(requests).toContain(url);
      expect(blocked()).toEqual([]);
      expect(dom.csp).toMatch(/default-src 'none'/);
      expect(dom.violations).toEqual([]);
      expect(dom.scripts + dom.handlers).toBe(0);
      expect(dom.insBackground).not.toBe('rgba(0, 0, 0, 0)');
      expect(dom.folded).toBeGreaterThan(10);
      const counts = new Map<string, number>();
      for (const id of dom.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
      expect(dom.links).toEqual(result.changes.map((c) => `#${c.anchor}`));
      for (const href of dom.links) expect(counts.has(href.slice(1)), href).toBe(true);

      await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
      const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
      const axe = await page.evaluate(
        (o) => (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, o),
        options as unknown as Record<string, unknown>,
      );
      const problems = axe.violations
        .filter((v) => v.impact && BLOCKING.has(v.impact))
        .map(
          (v) =>
            `${v.id} [${v.impact}] ${v.help}: ${v.nodes
              .slice(0, 5)
              .map((n) => n.html.slice(0, 120))
              .join(' | ')}`,
        );
      expect(problems.length, problems.join('\n')).toBe(0);
    } finally {
      await page.close();
    }
  }, 300_000);
});
