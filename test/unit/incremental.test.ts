/**
 * Incremental assembly is the same bytes as a build from scratch. Random sequences of edits (a body, a title, a
 * reference, an added file, a removed file) are applied to a small content; after each, the composition root builds
 * it with the cache (sections reused from the last build, in memory or, when forgotten, from disk) and without
 * (--no-cache), and every output (HTML and data.json) and diagnostic must be the same. Between edits a browser
 * looks at all outputs, one or none (plan dev renders only what is asked for): a page rendered later, from
 * sections an earlier page's build left or from none, is the same bytes too.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Preview } from '../../src/run/preview.js';
import type { OutputOptions } from '../../src/run/produce.js';
import { ROOT, tempDir } from '../helpers.js';

// The compiled code (as the CLI runs it: the templates' style sheets are found beside lib/).
const { preview } = (await import(path.join(ROOT, 'lib/src/run/preview.js'))) as typeof import('../../src/run/preview.js');
const { forgetSections, sectionsReused, sectionsWritten } = (await import(
  path.join(ROOT, 'lib/src/run/fragments.js')
)) as typeof import('../../src/run/fragments.js');
const { forgetResults, resultsKept } = (await import(
  path.join(ROOT, 'lib/src/run/compile.js')
)) as typeof import('../../src/run/compile.js');

interface Action {
  title: string;
  body: string;
  goal: string;
  parent?: string;
  progress?: string;
}
type Content = Map<string, Action>;

const SENTENCES = [
  'Een zin over de aanpak.',
  '## Samenwerking\n\nMet de partners in de buurt.',
  '## Samenvattende conclusie\n\nOp schema.',
  'Zie [de doelstelling](@od-wonen) en [zorg](@od-zorg).',
  'Een [link naar alpha](@a0) en [naar a1](@a1).',
  '| a | b |\n| - | -: |\n| 1 | 2 |',
  'Een voetnoot[^1].\n\n[^1]: Met uitleg.',
];
const IDS = ['a0', 'a1', 'a2', 'a3', 'a4'];

const edit = fc.oneof(
  fc.record({
    kind: fc.constant('body' as const),
    id: fc.constantFrom(...IDS),
    progress: fc.boolean(),
    text: fc.constantFrom(...SENTENCES),
  }),
  fc.record({ kind: fc.constant('title' as const), id: fc.constantFrom(...IDS), title: fc.constantFrom('Alpha', 'Beta', 'Gamma & co') }),
  fc.record({
    kind: fc.constant('reference' as const),
    id: fc.constantFrom(...IDS),
    goal: fc.constantFrom('od-wonen', 'od-zorg'),
    link: fc.constantFrom(...IDS, 'od-zorg', 'bestaat-niet'),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    id: fc.constantFrom(...IDS),
    parent: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...IDS), progressOnly: fc.boolean() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(content: Content, e: Edit): void {
  const a = content.get(e.id);
  if (e.kind === 'add') {
    if (!a)
      content.set(e.id, {
        title: `Actie ${e.id}`,
        body: '',
        goal: 'od-wonen',
        ...(e.parent && e.parent !== e.id ? { parent: e.parent } : {}),
      });
    else if (a.progress === undefined) a.progress = 'Nieuw verslag.';
    return;
  }
  if (!a) return;
  if (e.kind === 'body') {
    if (e.progress && a.progress !== undefined) a.progress = `${a.progress}\n\n${e.text}`;
    else a.body = `${a.body}\n\n${e.text}`;
  } else if (e.kind === 'title') a.title = e.title;
  else if (e.kind === 'reference') {
    a.goal = e.goal;
    a.body = `${a.body}\n\nZie ook [dit](@${e.link}).`;
  } else if (e.progressOnly) delete a.progress;
  else content.delete(e.id);
}

const FIXED: Record<string, string> = {
  'plan.md': `---\nkind: plan\nid: plan\ntitle: Plan\norganisation: {name: Voorbeeld vzw}\nperiod: {start: 2021, end: 2025}\nlocale: nl-BE\nthemes:\n  - {id: wonen, title: Wonen, goal: sd1}\n---\nHet plan.\n`,
  'goals/sd1.md': '---\nkind: goal\nid: sd1\nlevel: strategic\ncode: SD1\ntitle: Grondrechten\nstatement: S.\n---\n',
  'goals/od-wonen.md':
    '---\nkind: goal\nid: od-wonen\nlevel: operational\nparent: sd1\ntheme: wonen\ntitle: Wonen\nstatement: S.\n---\nToelichting.\n',
  'goals/od-zorg.md': '---\nkind: goal\nid: od-zorg\nlevel: operational\nparent: sd1\ntheme: wonen\ntitle: Zorg\nstatement: S.\n---\n',
  'reports/2021/report.md': '---\nkind: report\nid: vr-2021\nyear: 2021\ntitle: Voortgangsrapport 2021\norganisation: Voorbeeld vzw\n---\n',
};

async function write(dir: string, content: Content): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const files: Record<string, string> = { ...FIXED };
  for (const [id, a] of content) {
    const kind = a.parent && content.has(a.parent) ? `sub-project\nparent: ${a.parent}` : 'strategic-action';
    files[`actions/${id}.md`] =
      `---\nkind: ${kind}\nid: ${id}\ntitle: ${JSON.stringify(a.title)}\ntiming: {start: 2021-01-01, end: 2025-12-31}\ngoals:\n  - {id: ${a.goal}, strength: contributes}\n---\n${a.body}\n`;
    if (a.progress !== undefined)
      files[`reports/2021/progress/${id}.md`] =
        `---\nkind: progress\nid: p-${id}\nproject: ${id}\nyear: 2021\ntheme: wonen\nratings: {cooperation: not-stated, politicalResults: not-stated, participation: not-stated}\nstatus: on-schedule\n---\n${a.progress}\n`;
  }
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

/** What a build shows: its diagnostics and every output's bytes (each rendered when asked for, as plan dev does). */
const shown = async (p: Preview) => {
  const outputs: [string, unknown][] = [];
  for (const o of p.outputs ?? []) outputs.push([o.path, await o.contents()]);
  return { diagnostics: p.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`), outputs };
};

let work: string;
beforeAll(async () => {
  work = await tempDir('planwerk-incremental-');
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** The build options for a content folder under root: from scratch (base) and with its own cache (cached). */
function optionsIn(root: string, salt: string): { contentDir: string; base: Omit<OutputOptions, 'cache'>; cached: OutputOptions } {
  const contentDir = path.join(root, 'content');
  const base: Omit<OutputOptions, 'cache'> = {
    contentDir,
    lang: 'en',
    threads: 1,
    locale: undefined,
    format: 'html',
    asOf: undefined,
    buildDate: '2024-01-01',
  };
  return { contentDir, base, cached: { ...base, cache: { dir: path.join(root, 'cache'), salt, stats: false } } };
}

test('after any sequence of edits, an incremental build is the same bytes as one from scratch', async () => {
  let round = 0;
  // Per edit: whether the sections kept in memory are forgotten first, and which outputs a browser looks at before
  // the next edit (plan dev renders nothing else): all of them (compared with a build from scratch), one, or none.
  const looked = fc.oneof(fc.constant('all' as const), fc.constant('none' as const), fc.nat(8));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(edit, fc.boolean(), looked), { minLength: 1, maxLength: 6 }), async (edits) => {
      const root = path.join(work, `r${round++}`);
      const { contentDir, base, cached } = optionsIn(root, 'incremental');
      const content: Content = new Map([
        ['a0', { title: 'Alpha', body: 'Over [Wonen](@od-wonen).', goal: 'od-wonen', progress: '## Samenwerking\n\nGoed.' }],
        ['a1', { title: 'Beta', body: '', goal: 'od-zorg', parent: 'a0' }],
      ]);
      await write(contentDir, content);
      await (await preview(cached)).settle(); // the cache as a first build leaves it, as plan dev waits for it
      for (const [i, [e, fromDisk, look]] of edits.entries()) {
        apply(content, e);
        await write(contentDir, content);
        if (fromDisk) {
          forgetSections();
          forgetResults();
        }
        const incremental = await preview(cached);
        if (look === 'all' || i === edits.length - 1) expect(await shown(incremental)).toEqual(await shown(await preview(base)));
        else if (look !== 'none') await incremental.outputs?.[look % incremental.outputs.length]?.contents();
        await incremental.settle();
      }
      await rm(root, { recursive: true, force: true });
    }),
    { numRuns: 25, seed: 26 },
  );
  // Sections were reused, from memory and from disk: the comparison above is not between two fresh builds.
  expect(sectionsReused()).toBeGreaterThan(25);
  // And files' results were kept in memory (plan dev's saves), not only read from the cache.
  expect(resultsKept()).toBeGreaterThan(25);
});

test('one changed body writes the sections drawn anew, and a build from the chunks on disk is the same bytes', async () => {
  const root = path.join(work, 'chunks');
  const { contentDir, base, cached } = optionsIn(root, 'chunks');
  const content: Content = new Map(
    IDS.map((id, i) => [id, { title: `Actie ${i}`, body: `Over [Wonen](@od-wonen) ${i}.`, goal: 'od-wonen', progress: `Goed ${i}.` }]),
  );
  await write(contentDir, content);
  forgetSections();
  let before = sectionsWritten();
  const cold = await preview(cached);
  await shown(cold); // plan dev renders what is asked for: every page
  await cold.settle();
  const first = sectionsWritten() - before;
  expect(first).toBeGreaterThan(10);
  for (const text of ['Een zin over de aanpak.', 'Een tweede zin.', 'Een derde.']) {
    content.get('a3')!.body += `\n\n${text}`;
    await write(contentDir, content);
    forgetSections(); // the sections are read back from the entry's chunks
    before = sectionsWritten();
    const incremental = await preview(cached);
    expect(await shown(incremental)).toEqual(await shown(await preview(base)));
    await incremental.settle();
    // The changed action's sections and the ones that list it: not every section of every document.
    expect(sectionsWritten() - before).toBeGreaterThan(0);
    expect(sectionsWritten() - before).toBeLessThan(first / 2);
  }
  await rm(root, { recursive: true, force: true });
});
