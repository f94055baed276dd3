/**
 * plan dev renders on demand (src/run/preview.ts, produce's onDemand): a save checks the content and renders
 * nothing until a page is asked for; then that page alone, and the quality report with the documents it links to.
 * A save that changed no text builds nothing.
 * What is rendered later is `plan build`'s bytes, output for output (the build runs the real CLI).
 */
import { appendFile, cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { OutputOptions } from '../../src/run/produce.js';
import { FIXTURES, ROOT, runCli, tempDir } from '../helpers.js';

// The compiled code (as the CLI runs it: the templates' style sheets are found beside lib/).
const { preview } = (await import(path.join(ROOT, 'lib/src/run/preview.js'))) as typeof import('../../src/run/preview.js');
const { rendered } = (await import(path.join(ROOT, 'lib/src/run/produce.js'))) as typeof import('../../src/run/produce.js');

let dir: string;
let options: OutputOptions;
beforeAll(async () => {
  dir = await tempDir('planwerk-on-demand-');
  await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content'), { recursive: true });
  options = {
    contentDir: path.join(dir, 'content'),
    lang: 'en',
    threads: 1,
    cache: { dir: path.join(dir, '.cache'), salt: 'on-demand', stats: false },
    locale: undefined,
    format: 'all',
    asOf: 2022,
    buildDate: '2023-11-14', // SOURCE_DATE_EPOCH 1700000000, as the build below
  };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** How often each document was rendered since `before`. */
const since = (before: Map<string, number>) =>
  Object.fromEntries([...rendered].flatMap(([p, n]) => (n !== (before.get(p) ?? 0) ? [[p, n - (before.get(p) ?? 0)]] : [])));

test('a save renders nothing; a page asked for afterwards is rendered alone, and is the built bytes', async () => {
  let before = new Map(rendered);
  const first = await preview(options);
  expect(since(before)).toEqual({});
  expect(first.documents?.map((d) => d.path)).toEqual([
    'plan.html',
    'plan-geconsolideerd-2022.html',
    'context.html',
    'vr-2021.html',
    'vr-2022.html',
    'kwaliteitsrapport.html',
  ]);
  await first.outputs?.find((o) => o.path === 'plan.html')?.contents();
  expect(since(before)).toEqual({ 'plan.html': 1 });
  await first.settle();

  // A save: the goal's text changes in the plan, the reports and the quality report that link to it.
  const goal = path.join(dir, 'content', 'goals', 'od-wonen.md');
  // A file that reads as the last build read it (a save without an edit, plan dev's second look): nothing to build.
  expect(await preview(options, { sources: first.sources, changed: [goal] })).toBe('unchanged');
  await appendFile(goal, '\nEen zin die er later bij kwam.\n');
  before = new Map(rendered);
  const saved = await preview(options, { sources: first.sources, changed: [goal] });
  if (saved === 'unchanged') throw new Error('the edit was not seen');
  expect(saved.errors).toBe(0);
  expect(since(before)).toEqual({});

  const outputs = new Map(saved.outputs!.map((o) => [o.path, o]));
  expect(await outputs.get('vr-2021.html')!.contents()).toContain('<html');
  expect(since(before)).toEqual({ 'vr-2021.html': 1 });
  // The quality report links to the other documents' anchors: it renders them first, each once.
  await outputs.get('kwaliteitsrapport.html')!.contents();
  expect(since(before)).toEqual(Object.fromEntries(saved.documents!.map((d) => [d.path, 1])));

  const r = await runCli(['build', '--content', 'content', '--as-of', '2022', '--format', 'html', '--no-cache', '--out', 'dist'], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  });
  expect(r.code, r.stderr).toBe(0);
  for (const [name, output] of outputs) {
    if (output.role === 'marker') continue;
    const contents = await output.contents();
    const html = typeof contents === 'object' && 'printFrom' in contents ? contents.printFrom : contents;
    const built = path.join(dir, 'dist', output.role === 'pdf' ? name.replace(/\.pdf$/, '.html') : name);
    expect(html, name).toBe(await readFile(built, 'utf8'));
  }
  expect(await readFile(path.join(dir, 'dist', 'plan.html'), 'utf8')).toContain('Een zin die er later bij kwam.');
  await saved.settle();
});
