/**
 * A document whose HTML did not change is not printed again (src/run/pdf-cache.ts). Observed as a user would:
 * the CLI's PLANWERK_CACHE_STATS line counts the PDFs reused (hits) and printed (misses), and the PDFs are
 * compared byte for byte with a build that prints everything (--no-cache), under SOURCE_DATE_EPOCH. Each build
 * runs in its own folder, so the cache (node_modules/.cache/planwerk there) is this test's alone.
 */
import { appendFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

let dir: string;
const EPOCH = '1700000000';
const PDFS = ['context.pdf', 'plan.pdf', 'vr-2021.pdf'];

/** plan build in `dir` (its own cache), with the cache counted; returns the PDF counts and the run. */
async function build(out: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = await runCli(['build', '--out', out, ...args], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: EPOCH, PLANWERK_CACHE_STATS: '1', HOME: dir, ...env },
  });
  expect(r.code, r.stderr).toBe(0);
  const m = /plan: cache: pdfs (\d+) hits (\d+) misses/.exec(r.stderr);
  // Prints that started from the last print's contents page numbers: landed on them (settled) or not (moved).
  const s = /plan: cache: pdf seeds (\d+) settled (\d+) moved/.exec(r.stderr);
  const seeds = s ? { settled: Number(s[1]), moved: Number(s[2]) } : { settled: 0, moved: 0 };
  return { reused: m ? Number(m[1]) : undefined, printed: m ? Number(m[2]) : undefined, seeds, r };
}
const pdf = (out: string, name: string) => readFile(path.join(dir, out, name));

beforeAll(async () => {
  dir = await tempDir('planwerk-pdf-reuse-');
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('PDFs are reused by what they were printed from', () => {
  test('one report body changed: only that report is printed, every PDF the bytes of a full print', async () => {
    const first = await build('first');
    expect([first.reused, first.printed]).toEqual([0, 3]);
    expect((await readdir(path.join(dir, 'first'))).filter((f) => f.endsWith('.pdf')).sort()).toEqual(PDFS);

    await appendFile(path.join(dir, 'content', 'reports', '2021', 'progress', 'alpha.md'), '\nEen zin erbij.\n');
    const second = await build('second');
    expect([second.reused, second.printed]).toEqual([2, 1]);
    // A sentence moves no heading: the report printed once, with the first build's page numbers.
    expect(first.seeds).toEqual({ settled: 0, moved: 0 });
    expect(second.seeds).toEqual({ settled: 1, moved: 0 });
    // The one printed is the report: it changed, the others are the first build's bytes.
    expect(Buffer.compare(await pdf('first', 'vr-2021.pdf'), await pdf('second', 'vr-2021.pdf'))).not.toBe(0);
    for (const name of ['context.pdf', 'plan.pdf'])
      expect(Buffer.compare(await pdf('first', name), await pdf('second', name)), name).toBe(0);

    const fresh = await build('fresh', ['--no-cache']);
    expect(fresh.printed).toBeUndefined(); // no cache, no count: everything printed
    for (const name of PDFS) expect(Buffer.compare(await pdf('second', name), await pdf('fresh', name)), name).toBe(0);
    // Listed in the same order as when every PDF is printed.
    const listed = (out: string) => out.split('\n').flatMap((l) => (l.endsWith('.pdf') ? [path.basename(l)] : []));
    expect(listed(second.r.stdout)).toEqual(listed(fresh.r.stdout));
  });

  test('a change that moves the headings: the last page numbers are printed, found wrong, and the passes go on; the bytes of a full print', async () => {
    await build('before-long');
    // A change to the plan with enough text to push the chapters after it (indicators, progress) onto later pages.
    const long = Array.from({ length: 60 }, (_, i) => `Alinea ${i + 1}: ${'een lange zin over de werking in de buurt, '.repeat(8)}`).join(
      '\n\n',
    );
    await mkdir(path.join(dir, 'content', 'reports', '2021', 'changes'), { recursive: true });
    await writeFile(
      path.join(dir, 'content', 'reports', '2021', 'changes', 'lang.md'),
      `---\nkind: change\nid: vr-2021-wijziging-lang\nyear: 2021\ntype: goal-renamed\ntitle: Een doel met een nieuwe naam\ngoal: od-wonen\norder: 1\n---\n\n${long}\n`,
    );
    const moved = await build('long');
    expect([moved.reused, moved.printed]).toEqual([2, 1]);
    expect(moved.seeds).toEqual({ settled: 0, moved: 1 });
    await build('long-fresh', ['--no-cache']);
    for (const name of PDFS) expect(Buffer.compare(await pdf('long', name), await pdf('long-fresh', name)), name).toBe(0);
  });

  test('a build that reuses every PDF closes the browser it started beside the rendering', async () => {
    await build('early-first');
    // Another output folder: not up to date, so the build renders, starts the browser early, and prints nothing.
    const tmp = path.join(dir, 'tmp');
    await mkdir(tmp, { recursive: true });
    const again = await build('early-again', [], { TMPDIR: tmp });
    expect([again.reused, again.printed]).toEqual([3, 0]);
    // The browser's profile folder (puppeteer makes one per browser, in TMPDIR) was made, and removed by its close.
    expect(await readdir(tmp)).toEqual([]);
    // Made at all: the same build printing one document leaves nothing either, through the printer's close.
    await appendFile(path.join(dir, 'content', 'reports', '2021', 'progress', 'alpha.md'), '\nNog een zin.\n');
    expect((await build('early-print', [], { TMPDIR: tmp })).printed).toBe(1);
    expect(await readdir(tmp)).toEqual([]);
  });

  test('another SOURCE_DATE_EPOCH (the same HTML) reuses the PDFs with their new dates; another font prints them again', async () => {
    const warm = await build('warm');
    expect(warm.printed).toBe(0);
    // A second later, the same day: the documents (which show the date) are the same HTML.
    const later = { SOURCE_DATE_EPOCH: '1700000001' };
    const redated = await build('redated', [], later);
    expect([redated.reused, redated.printed]).toEqual([3, 0]);
    await build('redated-fresh', ['--no-cache'], later);
    for (const name of PDFS) {
      expect(Buffer.compare(await pdf('redated', name), await pdf('redated-fresh', name)), name).toBe(0);
      expect(Buffer.compare(await pdf('redated', name), await pdf('warm', name)), name).not.toBe(0);
    }
    // A font installed for this user (HOME/.fonts) may change how any page is set.
    await mkdir(path.join(dir, '.fonts'), { recursive: true });
    await writeFile(path.join(dir, '.fonts', 'extra.ttf'), 'not really a font');
    expect((await build('font')).printed).toBe(3);
    expect((await build('font-again')).printed).toBe(0);
  });
});
