/**
 * The preview is the build: `plan build` and `plan dev` (the real CLI) run on the same branded content (a
 * `branding:` section with an accent colour and a font, a content style sheet) with the same flags (`--as-of`),
 * and every page dev serves is the built file byte for byte once the injected reload client is taken out. One
 * served page then opens in Chromium: no Content-Security-Policy violation, the document's own colours, font and
 * style sheet applied, and the client works (an error shows the overlay, styled). Then PDFs on request: one
 * browser for all, one print at a time, a second request for the same HTML served from what was printed.
 */
import { chmod, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findBrowser } from '../../src/pdf/browser.js';
import { launchBrowser } from '../browser.js';
import { type DevProcess, getBytes, startDev } from '../dev-server.js';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

const ACCENT = '#c0392b';
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
const ENV = { SOURCE_DATE_EPOCH: '1700000000' };
const FLAGS = ['--content', 'content', '--as-of', '2022', '--no-cache'];

const BRANDING = `branding:
  colours:
    accent: "${ACCENT}"
  fonts:
    body:
      family: Brand Serif
      file: fonts/brand.ttf
`;

let dir: string;
let dev: DevProcess;
let built: string[];
let launches: string;

beforeAll(async () => {
  dir = await tempDir('planwerk-dev-preview-');
  await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content'), { recursive: true });
  await mkdir(path.join(dir, 'content', 'fonts'));
  await cp(FONT, path.join(dir, 'content', 'fonts', 'brand.ttf'));
  await writeFile(path.join(dir, 'content', 'style.css'), '.cover-who { background: rgb(0, 128, 0); }\n');
  const plan = path.join(dir, 'content', 'plan.md');
  await writeFile(plan, (await readFile(plan, 'utf8')).replace('locale: nl-BE\n', `locale: nl-BE\n${BRANDING}`));
  const r = await runCli(['build', ...FLAGS, '--format', 'html', '--out', 'dist'], { cwd: dir, env: ENV });
  if (r.code !== 0) throw new Error(`plan build exited ${r.code}:\n${r.stderr}`);
  built = (await readdir(path.join(dir, 'dist'))).filter((f) => f !== '.planwerk-output').sort();
  // The browser for PDFs, behind a script that counts how often it is started.
  launches = path.join(dir, 'launches.log');
  const wrapper = path.join(dir, 'chromium.sh');
  await writeFile(wrapper, `#!/bin/sh\necho started >> '${launches}'\nexec '${findBrowser(process.env)}' "$@"\n`);
  await chmod(wrapper, 0o755);
  dev = await startDev(dir, FLAGS, { ...ENV, PUPPETEER_EXECUTABLE_PATH: wrapper });
}, 180_000);

afterAll(async () => {
  await dev?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
const decode = (s: string) =>
  s
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * The served page with the policy element put back as built and the injected block (style, overlay, script just
 * before </body>) taken out. Fails when the policy changed in any other way than allowing the client.
 */
function withoutClient(served: string, file: string): string {
  const builtPolicy = POLICY.exec(file);
  const servedPolicy = POLICY.exec(served);
  expect(servedPolicy, 'the served page has a policy').not.toBeNull();
  const at = served.lastIndexOf('</body>');
  const from = served.lastIndexOf('<style nonce="', at);
  const block = served.slice(from, at);
  const nonce = /^<style nonce="([^"]+)">/.exec(block)![1]!;
  expect(block).toMatch(new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, '\\$&')}">[\\s\\S]*</script>$`));
  // The built policy, with the nonce for the client's script only (the page's own inline styles stay allowed).
  expect(decode(servedPolicy![1]!)).toBe(`${decode(builtPolicy![1]!)}; script-src 'nonce-${nonce}'; connect-src 'self'`);
  const page = served.slice(0, from) + served.slice(at);
  return page.replace(servedPolicy![0], builtPolicy![0]);
}

describe('plan dev serves what plan build writes', () => {
  test('the same outputs: documents, the consolidated plan, the quality report and data.json', async () => {
    expect(built).toContain('plan-geconsolideerd-2022.html');
    expect(built).toContain('kwaliteitsrapport.html');
    const index = await (await fetch(`${dev.base}/`)).text();
    const listed = [...index.matchAll(/<a href="\/([^"]+\.html)">/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(built.filter((f) => f.endsWith('.html')));
    expect((await getBytes(`${dev.base}/.planwerk-output`)).status).toBe(404);
  });

  test('every served page is the built file byte for byte, the injected client apart', async () => {
    for (const name of built) {
      const file = await readFile(path.join(dir, 'dist', name));
      const served = await getBytes(`${dev.base}/${name}`);
      expect(served.status, name).toBe(200);
      if (name.endsWith('.html')) {
        expect(served.type).toBe('text/html; charset=utf-8');
        const page = withoutClient(served.bytes.toString('utf8'), file.toString('utf8'));
        expect(Buffer.from(page, 'utf8').equals(file), `${name} differs from the built file`).toBe(true);
      } else {
        expect(served.bytes.equals(file), `${name} differs from the built file`).toBe(true);
      }
    }
  });
});

describe('a served page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('no policy violation; the accent, the font and the content style sheet apply; the client shows errors', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${dev.base}/plan.html`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const styles = await page.evaluate(() => {
      const get = (s: string, p: string) => getComputedStyle(document.querySelector(s)!).getPropertyValue(p);
      return {
        title: get('.cover .document-title', 'color'),
        who: get('.cover-who', 'background-color'),
        font: get('body', 'font-family'),
        loaded: document.fonts.check('16px "Brand Serif"'),
      };
    });
    expect(styles).toEqual({
      title: 'rgb(192, 57, 43)',
      who: 'rgb(0, 128, 0)',
      font: expect.stringMatching(/^"Brand Serif"/),
      loaded: true,
    });

    // The client is allowed to run and to connect: an error in the content shows the overlay, with its own style.
    const file = path.join(dir, 'content', 'actions', 'a-huur.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('- id: od-wonen', '- id: od-wonnen'));
    try {
      await page.waitForSelector('#planwerk-overlay', { timeout: 60_000 });
      const overlay = await page.evaluate(() => {
        const o = document.getElementById('planwerk-overlay')!;
        return { position: getComputedStyle(o).position, text: o.textContent };
      });
      expect(overlay.position).toBe('fixed');
      expect(overlay.text).toContain('content/actions/a-huur.md:11:9');
    } finally {
      await writeFile(file, good);
    }
    await page.waitForFunction(() => !document.getElementById('planwerk-overlay'), { timeout: 60_000 });
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('PDFs on request', () => {
  const printLines = () =>
    [...dev.stderr().matchAll(/plan dev: (printing|printed) (\S+?)(?:…| in \d+ ms)$/gm)].map((m) => `${m[1]} ${m[2]}`);

  test('one browser; one print at a time; the same HTML is printed once', async () => {
    const [a, b, again] = await Promise.all(['plan.pdf', 'vr-2021.pdf', 'plan.pdf'].map((n) => getBytes(`${dev.base}/${n}`)));
    for (const r of [a!, b!, again!]) {
      expect(r.status, r.bytes.toString('utf8', 0, 200)).toBe(200);
      expect(r.type).toBe('application/pdf');
      expect(r.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(again!.bytes.equals(a!.bytes)).toBe(true);
    const lines = printLines();
    expect([...lines].sort()).toEqual(['printed plan.pdf', 'printed vr-2021.pdf', 'printing plan.pdf', 'printing vr-2021.pdf']);
    // Each print ends before the next begins.
    expect(lines[0]!.replace('printing', 'printed')).toBe(lines[1]);
    expect(lines[2]!.replace('printing', 'printed')).toBe(lines[3]);

    const later = await getBytes(`${dev.base}/plan.pdf`);
    expect(later.bytes.equals(a!.bytes)).toBe(true);
    expect(printLines()).toHaveLength(4);
    expect((await readFile(launches, 'utf8')).trim().split('\n')).toEqual(['started']);
  }, 180_000);
});
