#!/usr/bin/env node
// Time PDF printing: the shipped documents and a generated document of about 300 pages, with the same printer
// `plan build` uses (one browser, contents settled in two passes). Prints browser start, load, each pass, pages
// and pages per second. Needs the compiled lib/ (npm run build) and an installed Chromium.
//
//   node scripts/bench-pdf.mjs [--pages 300] [--runs 1]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// --root DIR: time another checkout's printer (its compiled lib/), e.g. the base commit of a change.
const rootAt = process.argv.indexOf('--root');
const root = rootAt > 0 ? path.resolve(process.argv[rootAt + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { Printer } = await import(path.join(root, 'lib/src/pdf/print.js'));
const { findBrowser } = await import(path.join(root, 'lib/src/pdf/browser.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetPages = arg('pages', 300);
const runs = arg('runs', 1);

// The shipped documents, as `plan build --format html` writes them.
const dir = mkdtempSync(path.join(tmpdir(), 'planwerk-bench-pdf-'));
let started = Date.now();
execFileSync(process.execPath, [path.join(root, 'bin/plan.js'), 'build', '--format', 'html', '--out', dir], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'ignore'],
});
const htmlSeconds = (Date.now() - started) / 1000;
const real = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => ({ name: f.replace(/\.html$/, '.pdf'), html: readFileSync(path.join(dir, f), 'utf8') }));
rmSync(dir, { recursive: true, force: true });

const css = ['style.css', 'print.css'].map((f) => readFileSync(path.join(root, 'templates', f), 'utf8')).join('\n');

/** A document shaped like the real ones: cover, contents, chapters with sections, text, a table, a chart. */
function generated(chapters) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const para = (i) =>
    `<p>${esc(`Paragraaf ${i}: het opbouwwerk versterkt de positie van mensen in maatschappelijk kwetsbare posities — café, anciënniteit, coördinatie en participatie in de buurt, met partners uit welzijn, wonen en onderwijs.`).repeat(3)}</p>`;
  const table = (c) =>
    `<table><caption>Tabel ${c}</caption><thead><tr><th>Thema</th><th class="num">2021</th><th class="num">2022</th><th class="num">2023</th></tr></thead><tbody>${Array.from(
      { length: 18 },
      (_, r) =>
        `<tr><th>Thema ${r + 1}</th><td class="num">${(r * 7) % 23}</td><td class="num">${(r * 5) % 19}</td><td class="num">${(r * 3) % 17}</td></tr>`,
    ).join('')}</tbody></table>`;
  const chart = (c) =>
    `<figure class="chart"><svg role="img" aria-label="Grafiek ${c}" viewBox="0 0 400 120" width="400" height="120">${Array.from(
      { length: 6 },
      (_, b) =>
        `<rect x="${10 + b * 64}" y="${110 - ((b * 37 + c * 11) % 100)}" width="40" height="${(b * 37 + c * 11) % 100}" fill="#1f5f8b"/>`,
    ).join('')}</svg><figcaption>Grafiek ${c}</figcaption></figure>`;
  const toc = [];
  const body = [];
  for (let c = 1; c <= chapters; c++) {
    const sections = [];
    const sub = [];
    for (let s = 1; s <= 3; s++) {
      sub.push(`<li><a href="#c${c}-s${s}">${c}.${s} Sectie</a></li>`);
      sections.push(
        `<section id="c${c}-s${s}"><h3 id="c${c}-s${s}-titel">${c}.${s} Sectie</h3>${para(1)}${para(2)}${s === 2 ? table(c) : ''}${s === 3 ? chart(c) : ''}${para(3)}</section>`,
      );
    }
    toc.push(`<li><a href="#c${c}-titel">${c} Hoofdstuk ${c}</a><ol>${sub.join('')}</ol></li>`);
    body.push(`<section class="chapter" id="c${c}"><h2 id="c${c}-titel">${c} Hoofdstuk ${c}</h2>${para(0)}${sections.join('')}</section>`);
  }
  return (
    `<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Proefdocument</title><meta name="author" content="planwerk bench"><meta name="generator" content="planwerk bench"><style>${css}</style></head><body>` +
    `<header class="cover" id="voorblad"><p class="organisation">planwerk</p><h1 class="document-title">Proefdocument</h1></header>` +
    `<nav class="toc" aria-labelledby="inhoudstafel"><h2 id="inhoudstafel">Inhoud</h2><ol>${toc.join('')}</ol></nav><main id="inhoud">${body.join('')}</main></body></html>`
  );
}

const executablePath = findBrowser(process.env);
const rows = [];
const s = (ms) => (ms / 1000).toFixed(2);

for (let run = 1; run <= runs; run++) {
  started = Date.now();
  const printer = await Printer.launch({ executablePath });
  const browserMs = Date.now() - started;
  try {
    const jobs = [...real];
    // About 2.6 pages per generated chapter; measured once, corrected after the first print.
    let chapters = Math.max(1, Math.round(targetPages / 2.6));
    const probe = await printer.print({ name: 'probe.pdf', html: generated(chapters) });
    chapters = Math.max(1, Math.round((chapters * targetPages) / probe.pages));
    jobs.push({ name: `generated-${targetPages}.pdf`, html: generated(chapters) });
    for (const job of jobs) {
      const t = Date.now();
      const r = await printer.print(job);
      const total = Date.now() - t;
      const printing = r.timings.passes.reduce((a, b) => a + b, 0);
      rows.push({
        run,
        document: job.name,
        'HTML MB': (Buffer.byteLength(job.html) / 1e6).toFixed(2),
        pages: r.pages,
        passes: r.passes,
        'load s': s(r.timings.load),
        'pass 1 s': s(r.timings.passes[0]),
        'pass 2 s': s(r.timings.passes[1] ?? 0),
        'pdf.js read s': s(r.timings.reads.reduce((a, b) => a + b, 0)),
        'total s': s(total),
        'pages/s (passes)': (r.pages / (printing / 1000)).toFixed(1),
        'with browser start s': s(total + browserMs),
        'PDF MB': (r.pdf.byteLength / 1e6).toFixed(2),
      });
    }
  } finally {
    await printer.close();
  }
  console.log(`run ${run}: browser start ${s(browserMs)} s (${executablePath})`);
}

// --json: one line for scripts/bench.mjs: pages and seconds spent printing (passes), over every document.
if (process.argv.includes('--json')) {
  const pages = rows.reduce((a, r) => a + r.pages, 0);
  const seconds = rows.reduce((a, r) => a + Number(r['pass 1 s']) + Number(r['pass 2 s']), 0);
  console.log(JSON.stringify({ pages, seconds, pagesPerSecond: pages / seconds }));
  process.exit(0);
}
console.log(`HTML build of the shipped content (plan build --format html): ${htmlSeconds.toFixed(2)} s`);
console.table(rows);
console.log(
  'pass = print to PDF + read the destinations with pdf.js (pass 1 untagged, pass 2 tagged with bookmarks); total = load + passes + metadata; one browser for all documents.',
);
