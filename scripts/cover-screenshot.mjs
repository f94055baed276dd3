// Screenshot of a document's cover as printed (A4, print styles), for docs/make-it-yours.md.
// Usage: node scripts/cover-screenshot.mjs dist/plan.html docs/images/cover.png
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [html, png] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: process.env.PLANWERK_BROWSER ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  // The printed cover box (225mm high, the A4 width between the margins) at 96 dpi, scaled down: legible and small.
  await page.setViewport({ width: 658, height: 860, deviceScaleFactor: 0.75 });
  await page.emulateMediaType('print');
  await page.goto(`file://${path.resolve(html)}`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: png, clip: { x: 0, y: 0, width: 658, height: 860 } });
} finally {
  await browser.close();
}
