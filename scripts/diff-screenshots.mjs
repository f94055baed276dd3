// The screenshots of docs/working-in-git.md § 8: a reviewer's view of a one-line change to the shipped content (a
// goal reworded, a budget figure changed), as plan diff shows it: the job summary (the Markdown change list,
// rendered as GitHub renders it) and the redline of the multi-year plan at that goal.
// Usage: npx tsc -p tsconfig.json && node scripts/diff-screenshots.mjs   (writes docs/images/diff-*.png)
// Needs git and Chromium (PLANWERK_BROWSER, default /usr/bin/chromium). Nothing in the checkout is changed: the
// content is copied into a temporary repository.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { markdownHtml } from '../lib/src/reporters/diff/html.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMAGES = path.join(ROOT, 'docs', 'images');
const GOAL = 'sd1-aanbodsverruiming-woonmarkt';
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'planwerk',
  GIT_AUTHOR_EMAIL: 'planwerk@example.org',
  GIT_COMMITTER_NAME: 'planwerk',
  GIT_COMMITTER_EMAIL: 'planwerk@example.org',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  SOURCE_DATE_EPOCH: '1767225600',
};
const run = (cwd, cmd, ...args) => execFileSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
/** Replace one exact piece of a file, or fail: the screenshot must show the change it says. */
const edit = (file, from, to) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: no ${from}`);
  writeFileSync(file, text.replace(from, to));
};

const dir = mkdtempSync(path.join(tmpdir(), 'planwerk-screenshots-'));
try {
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'planwerk-baseline.json'), path.join(dir, 'planwerk-baseline.json'));
  run(dir, 'git', 'init', '-q', '-b', 'main');
  run(dir, 'git', 'add', '-A');
  run(dir, 'git', 'commit', '-q', '-m', 'Meerjarenplan 2021-2025');
  run(dir, 'git', 'checkout', '-q', '-b', 'woonmarkt');
  edit(
    path.join(dir, 'content', 'goals', `${GOAL}.md`),
    'title: "Aanbodsverruiming op de woonmarkt"',
    'title: "Een ruimer en betaalbaarder aanbod op de woonmarkt"',
  );
  edit(
    path.join(dir, 'content', 'budget', 'begroting-ac-vlaamse-overheid.yaml'),
    '"Diensten en diverse goederen"\n    group: goods-and-services\n    values: {"2021": 200000, "2022": 200000,',
    '"Diensten en diverse goederen"\n    group: goods-and-services\n    values: {"2021": 200000, "2022": 215000,',
  );
  run(dir, 'git', 'commit', '-q', '-am', 'Woonmarkt: doel herschreven, begroting 2022 bijgesteld');
  const bin = path.join(ROOT, 'bin', 'plan.js');
  const summary = run(dir, process.execPath, bin, 'diff', '--lang', 'nl', '--reporter', 'markdown', '--artifact', 'planwerk-wijzigingen');

  // The job summary as GitHub shows it: the Markdown rendered, in GitHub's type and colours.
  const css =
    'body{margin:0;background:#fff;font:14px/1.5 -apple-system,"Segoe UI","Noto Sans","Liberation Sans",sans-serif;color:#1f2328}' +
    'main{margin:16px;padding:16px 24px;border:1px solid #d1d9e0;border-radius:6px}h2{font-size:1.5em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em;margin-top:0}' +
    'h3{font-size:1.25em}code{font:85% ui-monospace,"DejaVu Sans Mono",monospace;background:#eff1f3;padding:.2em .4em;border-radius:6px}' +
    'ul{padding-left:2em}li+li{margin-top:.25em}a{color:#0969da}';
  const summaryFile = path.join(dir, 'summary.html');
  writeFileSync(
    summaryFile,
    `<!doctype html><html lang="nl"><meta charset="utf-8"><style>${css}</style><main>${markdownHtml(summary)}</main></html>`,
  );

  const browser = await puppeteer.launch({ executablePath: process.env.PLANWERK_BROWSER ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: 1 });
    await page.goto(`file://${summaryFile}`);
    const height = await page.evaluate(() => Math.ceil(document.querySelector('main').getBoundingClientRect().bottom) + 16);
    await page.screenshot({ path: path.join(IMAGES, 'diff-summary.png'), clip: { x: 0, y: 0, width: 1000, height } });

    // The redline of the multi-year plan.
    await page.setViewport({ width: 900, height: 800, deviceScaleFactor: 1 });
    await page.goto(`file://${path.join(dir, 'diff', 'mjp-2021-2025.redline.html')}`);
    await page.evaluate(() => document.fonts.ready);
    // The redline's banner: what is compared, how the marks read, the changes, each a link to its place.
    const banner = await page.evaluate(() => Math.ceil(document.querySelector('.rl-banner').getBoundingClientRect().bottom) + 16);
    await page.screenshot({
      path: path.join(IMAGES, 'diff-redline-banner.png'),
      clip: { x: 0, y: 0, width: 900, height: Math.min(banner, 600) },
    });
    // At the goal: its heading with the words struck and inserted, and the text under it.
    const box = await page.evaluate((id) => {
      const goal = document.getElementById(id);
      const top = goal.getBoundingClientRect().top + scrollY;
      return { top: Math.max(0, Math.floor(top) - 24) };
    }, `goal-${GOAL}`);
    await page.screenshot({ path: path.join(IMAGES, 'diff-redline.png'), clip: { x: 0, y: box.top, width: 900, height: 420 } });
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
