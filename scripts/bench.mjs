#!/usr/bin/env node
// The speed benchmark: one Markdown table. For generated content of N documents (scripts/bench-gen.mjs): validate
// (cold, nothing changed, one file changed), a cold HTML build (cache emptied), a rebuild with nothing changed, a
// rebuild after one body changed, and peak RSS; then the shipped content's validate, HTML build (cold, one body
// changed, nothing changed) and full build (PDF: cold, and one progress entry changed, with a plain `chromium
// --print-to-pdf` of the same HTML as the floor of printing), and PDF pages per second (scripts/bench-pdf.mjs).
// With --eleventy DIR (a folder holding an installed @11ty/eleventy; ../eleventy-ref beside the project when
// present), Eleventy 3 on the same files as a reference. Medians of --runs runs, with the fastest and slowest.
//
//   node scripts/bench.mjs [--runs 3] [--quick] [--counts 1000,10000] [--eleventy DIR] [--bin other/bin/plan.js] [--no-pdf]
//
// --bin times another checkout (e.g. the base commit of a change, compiled); the cache is emptied by removing
// node_modules/.cache/planwerk in the generated folder, so it works whether or not that checkout has a cache.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './bench-gen.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const runs = Number(opt('runs', 3));
const counts = args.includes('--quick') ? [1000] : opt('counts', '1000,10000').split(',').map(Number);
const bin = path.resolve(opt('bin', path.join(here, '..', 'bin', 'plan.js')));
const root = path.dirname(path.dirname(bin));
// Eleventy is not a dependency: by default it is looked for in a folder beside the project.
const besideProject = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), 'eleventy-ref');
const eleventyDir = opt('eleventy', existsSync(path.join(besideProject, 'node_modules/@11ty/eleventy')) ? besideProject : undefined);
const work = mkdtempSync(path.join(tmpdir(), 'planwerk-bench-'));
const loads = [loadavg()[0]];

// Peak RSS of a child: a preload writes process.resourceUsage().maxRSS (KiB, threads included) on exit.
const rssHook = path.join(work, 'rss.cjs');
writeFileSync(
  rssHook,
  `process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
);

/** Run node with args in cwd; seconds and peak RSS in MB. A failing run stops the bench (its numbers would lie). */
function time(cwd, nodeArgs, okCodes = [0]) {
  const rssFile = path.join(work, 'rss.txt');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', rssHook, ...nodeArgs], {
    cwd,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!okCodes.includes(r.status)) throw new Error(`${nodeArgs.join(' ')} in ${cwd}: exit ${r.status}\n${String(r.stderr).slice(-2000)}`);
  return { seconds, rss: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(n, f) {
  const all = Array.from({ length: n }, f);
  loads.push(loadavg()[0]);
  const secs = all.map((x) => x.seconds);
  return { seconds: median(secs), min: Math.min(...secs), max: Math.max(...secs), rss: median(all.map((x) => x.rss)) };
}
const emptyCache = (dir) => rmSync(path.join(dir, 'node_modules', '.cache', 'planwerk'), { recursive: true, force: true });
const plan = (...a) => [bin, ...a];

const columns = [];
for (const n of counts) {
  const dir = path.join(work, `n${n}`);
  const files = generate(n, dir);
  const html = plan('build', '--format', 'html', '--out', 'dist');
  const col = { name: `N=${files.toLocaleString('en')}` };
  const validate = plan('validate', '--reporter', 'json');
  col.validateCold = measure(runs, () => (emptyCache(dir), time(dir, validate)));
  col.validate = measure(runs, () => time(dir, validate));
  const touched = path.join(dir, 'content', 'goals', 'sd0-od0.md');
  let v = 0;
  col.validateOne = measure(runs, () => (appendFileSync(touched, `\nGewijzigd ${++v}.\n`), time(dir, validate)));
  col.cold = measure(runs, () => (emptyCache(dir), time(dir, html)));
  time(dir, html); // fill the cache
  col.rebuild = measure(runs, () => time(dir, html));
  const changed = path.join(dir, 'content', 'actions', 'a1.md');
  let k = 0;
  col.oneChanged = measure(runs, () => (appendFileSync(changed, `\nGewijzigd ${++k}.\n`), time(dir, html)));
  if (eleventyDir) {
    const cmd = path.join(eleventyDir, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
    col.eleventy = measure(
      runs,
      () => (
        rmSync(path.join(dir, '_site'), { recursive: true, force: true }), time(dir, [cmd, '--input=content', '--output=_site', '--quiet'])
      ),
    );
  }
  columns.push(col);
  rmSync(dir, { recursive: true, force: true });
}

// The shipped content, copied so that its cache and output stay out of the checkout.
const shipped = path.join(work, 'shipped');
cpSync(path.join(root, 'content'), path.join(shipped, 'content'), { recursive: true });
const ship = { validateCold: measure(runs, () => (emptyCache(shipped), time(shipped, plan('validate')))) };
ship.validate = measure(runs, () => time(shipped, plan('validate')));
// A pull request's check in CI: the base branch's cache restored, one file changed (docs/scaling.md).
const shipProgress = path.join(shipped, 'content', 'reports', '2021', 'progress');
const shipEntry = path.join(shipProgress, readdirSync(shipProgress).sort()[0]);
let pr = 0;
ship.validateOne = measure(
  runs,
  () => (appendFileSync(shipEntry, `\nGewijzigd in de pull request ${++pr}.\n`), time(shipped, plan('validate'))),
);
const shipHtml = plan('build', '--format', 'html', '--out', 'dist');
ship.html = measure(runs, () => (emptyCache(shipped), time(shipped, shipHtml)));
// Warm: the cache filled, one body changed since the last build (with nothing changed, see the next column).
const shipTouched = path.join(shipped, 'content', 'goals', readdirSync(path.join(shipped, 'content', 'goals')).sort()[0]);
let w = 0;
ship.htmlWarm = measure(runs, () => (appendFileSync(shipTouched, `\nGewijzigd ${++w}.\n`), time(shipped, shipHtml)));
ship.htmlSame = measure(runs, () => time(shipped, shipHtml));
let pdf;
if (!args.includes('--no-pdf')) {
  const full = plan('build', '--out', 'dist');
  ship.all = measure(runs, () => (emptyCache(shipped), time(shipped, full, [0, 2])));
  // One sentence added to one progress entry of the 2021 report: only that report is printed again.
  let one = 0;
  ship.allOne = measure(runs, () => (appendFileSync(shipEntry, `\nNog een zin ${++one}.\n`), time(shipped, full, [0, 2])));
  ship.chromium = plainChromium(path.join(shipped, 'dist'));
  const r = spawnSync(process.execPath, [path.join(here, 'bench-pdf.mjs'), '--root', root, '--pages', '100', '--json'], {
    encoding: 'utf8',
  });
  pdf = r.status === 0 ? JSON.parse(r.stdout.trim().split('\n').pop()) : undefined;
}
rmSync(work, { recursive: true, force: true });

/**
 * The floor of printing: each HTML document of the build printed once by `chromium --headless --print-to-pdf`,
 * one after another (no contents page numbers, no tags, no metadata), timed like the rest.
 */
function plainChromium(dist) {
  let exe;
  try {
    exe = spawnSync(
      process.execPath,
      ['-e', `import(${JSON.stringify(path.join(root, 'lib/src/pdf/browser.js'))}).then((b) => console.log(b.findBrowser(process.env)))`],
      { encoding: 'utf8' },
    ).stdout.trim();
  } catch {
    return undefined;
  }
  if (!exe) return undefined;
  const pages = readdirSync(dist).filter((f) => f.endsWith('.html') && f !== 'kwaliteitsrapport.html');
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-pdf-header-footer'];
  return measure(runs, () => {
    const t0 = process.hrtime.bigint();
    for (const page of pages) {
      const r = spawnSync(exe, [...flags, `--print-to-pdf=${path.join(work, 'plain.pdf')}`, `file://${path.join(dist, page)}`], {
        stdio: 'ignore',
      });
      if (r.status !== 0) throw new Error(`${exe} --print-to-pdf ${page}: exit ${r.status}`);
    }
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, rss: 0 };
  });
}

const s = (m) => (m ? `${m.seconds.toFixed(2)} s (${m.min.toFixed(2)}–${m.max.toFixed(2)})` : '–');
const mb = (m) => (m ? `${Math.round(m.rss)} MB` : '–');
const rows = [
  ['', ...columns.map((c) => c.name)],
  ['validate, cold (cache emptied)', ...columns.map((c) => s(c.validateCold))],
  ['validate, nothing changed', ...columns.map((c) => s(c.validate))],
  ['validate, one file changed', ...columns.map((c) => s(c.validateOne))],
  ['cold build (html, cache emptied)', ...columns.map((c) => s(c.cold))],
  ['rebuild, nothing changed', ...columns.map((c) => s(c.rebuild))],
  ['rebuild, one body changed', ...columns.map((c) => s(c.oneChanged))],
  ['peak RSS, cold build', ...columns.map((c) => mb(c.cold))],
  ['peak RSS, one body changed', ...columns.map((c) => mb(c.oneChanged))],
  ['Eleventy 3 (reference)', ...columns.map((c) => s(c.eleventy))],
  ['Eleventy 3 peak RSS', ...columns.map((c) => mb(c.eleventy))],
];
const table = (rs) => [rs[0], rs[0].map(() => '---'), ...rs.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
console.log(table(rows));
console.log();
const ratio = (a, b) => (a && b ? `${(a.seconds / b.seconds).toFixed(2)}×` : '–');
console.log(
  table([
    ['shipped content', 'time', ''],
    ['validate, cold (cache emptied)', s(ship.validateCold), ''],
    ['validate, nothing changed', s(ship.validate), ''],
    ['validate, one file changed (a pull request with its base’s cache)', s(ship.validateOne), ''],
    ['build --format html, cold', s(ship.html), ''],
    ['html, one body changed', s(ship.htmlWarm), ''],
    ['html, nothing changed', s(ship.htmlSame), ''],
    ['build (HTML + PDF), cold', s(ship.all), ''],
    ['build (HTML + PDF), one progress entry changed', s(ship.allOne), `${ratio(ship.allOne, ship.all)} of cold`],
    ['chromium --print-to-pdf of the same HTML (reference)', s(ship.chromium), `${ratio(ship.chromium, ship.all)} of cold`],
    ['PDF pages/s', pdf ? `${pdf.pagesPerSecond.toFixed(1)} (${pdf.pages} pages)` : '–', ''],
  ]),
);
console.log();
console.log(
  `${path.relative(process.cwd(), bin) || bin}; median of ${runs} run(s) (min–max); ${availableParallelism()} cores; load average (1 min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; node ${process.version}`,
);
