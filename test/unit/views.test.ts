/**
 * The view models (src/render/views) and the orderings they rest on: pure functions, tested on small hand-made
 * content without rendering any HTML.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Figure, IndicatorTable } from '../../src/core/compute/types.js';
import { effectiveGoals } from '../../src/core/goals.js';
import { type ActionDoc, buildContext, type LinkContext } from '../../src/core/link/model.js';
import { byOrderThenId, collated, compareBy, sortBy } from '../../src/core/sort.js';
import { orderedThemes, themeSequence } from '../../src/core/themes.js';
import type { AnyValidDocument } from '../../src/core/validate.js';
import { splitAnnex } from '../../src/render/texts.js';
import { documentBlocks } from '../../src/render/views/blocks.js';
import { withoutSeedCitation } from '../../src/render/views/citations.js';
import { goalTreeView, overviewView, runs } from '../../src/render/views/goals.js';
import { indicatorView } from '../../src/render/views/indicator.js';
import { buildLookup } from '../../src/render/views/lookup.js';
import { placesView } from '../../src/render/views/places.js';
import { anchorsIn, anchorsOf, qualityView, targetHref } from '../../src/render/views/quality.js';
import { reportView } from '../../src/render/views/report.js';
import { compareNumbers, progressSections } from '../../src/render/views/sections.js';
import { timelineView } from '../../src/render/views/timeline.js';
import { ROOT } from '../helpers.js';

// Hand-made documents: only the fields the view models read.
const doc = <T>(kind: string, data: Record<string, unknown>, body = '') =>
  ({
    kind,
    data,
    body,
    file: `${String(data.id)}.md`,
    locate: () => ({ file: `${String(data.id)}.md`, line: 1, column: 1 }),
  }) as unknown as T;
const action = (id: string, data: Record<string, unknown> = {}, kind = 'strategic-action') =>
  doc<ActionDoc>(kind, { id, title: id.toUpperCase(), ...data });
const goal = (id: string, data: Record<string, unknown> = {}) =>
  doc<LinkContext['goals'][number]>('goal', { id, title: id.toUpperCase(), statement: '', ...data });

/** The linked context of these documents, as the link stage indexes them; `parts` as given on top. */
function context(parts: Partial<Record<keyof LinkContext, unknown>>): LinkContext {
  const documents = Object.values(parts).flatMap((v) => (Array.isArray(v) ? v : v && typeof v === 'object' && 'kind' in v ? [v] : []));
  return { ...buildContext(documents as AnyValidDocument[], []), ...parts } as LinkContext;
}
const plan = (data: Record<string, unknown>) =>
  doc<NonNullable<LinkContext['plan']>>('plan', { id: 'plan', themes: [], period: { start: 2021, end: 2025 }, ...data });

describe('the sort helper', () => {
  test('sorts by keys in turn, missing keys last, strings by code unit, without touching the input', () => {
    const input = [
      { o: 2, id: 'b' },
      { o: undefined, id: 'a' },
      { o: 1, id: 'z' },
      { o: 2, id: 'B' },
      { o: 2, id: 'a' },
    ];
    const copy = [...input];
    expect(
      sortBy(
        input,
        (x) => x.o,
        (x) => x.id,
      ).map((x) => x.id),
    ).toEqual(['z', 'B', 'a', 'b', 'a']);
    expect(input).toEqual(copy);
  });

  test('the comparator returns 0 only for equal keys, so the tie-break runs (and true ties keep input order)', () => {
    const cmp = compareBy<{ t: string; id: string }>(
      (x) => x.t,
      (x) => x.id,
    );
    expect(cmp({ t: 'x', id: 'a' }, { t: 'x', id: 'b' })).toBeLessThan(0);
    expect(cmp({ t: 'x', id: 'b' }, { t: 'x', id: 'a' })).toBeGreaterThan(0);
    expect(cmp({ t: 'x', id: 'a' }, { t: 'x', id: 'a' })).toBe(0);
    const ties = [
      { k: 1, n: 'first' },
      { k: 1, n: 'second' },
    ];
    expect(sortBy(ties, (x) => x.k).map((x) => x.n)).toEqual(['first', 'second']);
  });

  test('documents by order, unordered last, then id', () => {
    const docs = [{ data: { id: 'c' } }, { data: { id: 'b', order: 2 } }, { data: { id: 'a' } }, { data: { id: 'd', order: 1 } }];
    expect([...docs].sort(byOrderThenId).map((d) => d.data.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  test('a collated key sorts names as readers do', () => {
    expect(
      sortBy(
        ['Zonhoven', 'as', 'Ékeren', 'Bree'],
        collated((s) => s, 'nl'),
      ),
    ).toEqual(['as', 'Bree', 'Ékeren', 'Zonhoven']);
  });
});

describe('theme order', () => {
  const themes = [{ id: 'wonen', order: 2 }, { id: 'zonder' }, { id: 'zorg', order: 3 }, { id: 'onderwijs', order: 1 }, { id: 'anders' }];

  test('by order, themes without one after every ordered theme, then by id', () => {
    expect(orderedThemes(themes).map((t) => t.id)).toEqual(['onderwijs', 'wonen', 'zorg', 'anders', 'zonder']);
  });

  test('sequence: plan themes, other ids seen (by id), transversal last; onlySeen drops unused plan themes', () => {
    expect(themeSequence(themes, ['transversal', 'x-extra', 'wonen', 'b-extra'])).toEqual([
      'onderwijs',
      'wonen',
      'zorg',
      'anders',
      'zonder',
      'b-extra',
      'x-extra',
      'transversal',
    ]);
    expect(themeSequence(themes, ['transversal', 'zorg', 'onderwijs'], { onlySeen: true })).toEqual(['onderwijs', 'zorg', 'transversal']);
  });
});

describe('goal inheritance', () => {
  const parent = action('p', { goals: [{ id: 'g1', strength: 'contributes' }] });
  const byId = new Map([[parent.data.id, parent]]);

  test('a sub-project without goals, or with an empty list, serves its parent’s goals', () => {
    for (const goals of [undefined, []]) {
      const sub = action('s', { parent: 'p', ...(goals ? { goals } : {}) }, 'sub-project');
      expect(effectiveGoals(sub, byId)).toEqual({ goals: parent.data.goals, inherited: true });
    }
  });

  test('listed goals replace the parent’s; an action without parent inherits nothing', () => {
    const own = [{ id: 'g2', strength: 'may-contribute' }];
    expect(effectiveGoals(action('s', { parent: 'p', goals: own }, 'sub-project'), byId)).toEqual({ goals: own, inherited: false });
    expect(effectiveGoals(action('lone', { goals: [] }), byId)).toEqual({ goals: [], inherited: false });
    expect(effectiveGoals(action('orphan', { parent: 'missing' }, 'sub-project'), byId)).toEqual({ goals: [], inherited: false });
  });
});

describe('document blocks', () => {
  const chapter = (id: string, order: number, generated?: string, include?: string[]) =>
    doc<LinkContext['chapters'][number]>('chapter', {
      id,
      order,
      document: 'plan',
      title: id,
      ...(generated ? { generated } : {}),
      ...(include ? { include } : {}),
    });
  const shape = (blocks: ReturnType<typeof documentBlocks<string>>) =>
    blocks.map((b) => (b.kind === 'chapter' ? [b.chapter.data.id, ...b.parts].join('+') : `[${b.part}]`));

  test('a part follows the chapter that places it (generated, then include in order); a part no chapter places is left out', () => {
    const blocks = documentBlocks(
      [chapter('intro', 10), chapter('doelen', 50, 'goals', ['budget', 'served-by', 'overview']), chapter('slot', 60)],
      ['goals', 'overview', 'budget', 'timeline'] as const,
      { goals: 55, overview: 56 },
    );
    expect(shape(blocks)).toEqual(['intro', 'doelen+goals+budget+overview', 'slot']);
  });

  test('a part placed twice prints at the first chapter that places it', () => {
    const blocks = documentBlocks([chapter('b', 20, undefined, ['goals']), chapter('a', 10, 'goals')], ['goals'] as const, {});
    expect(shape(blocks)).toEqual(['a+goals', 'b']);
  });

  test('a document without chapters shows every part at its default place; one without a default goes last', () => {
    expect(shape(documentBlocks([], ['budget', 'goals', 'overview'] as const, { goals: 55, overview: 56 }))).toEqual([
      '[goals]',
      '[overview]',
      '[budget]',
    ]);
  });

  test('a chapter naming an unknown part carries none', () => {
    const [b] = documentBlocks([chapter('x', 10, 'nonsense', ['nonsense'])], ['goals'] as const, {});
    expect(b).toMatchObject({ kind: 'chapter', parts: [] });
  });
});

describe('goal tree and overview', () => {
  const sd = goal('sd', { level: 'strategic', code: 'SD1' });
  const odA = goal('od-a', { level: 'operational', parent: 'sd', theme: 'wonen' });
  const odB = goal('od-b', { level: 'operational', parent: 'sd', theme: 'onderwijs' });
  const odC = goal('od-c', { level: 'operational', parent: 'sd' });
  const odLate = goal('od-late', { level: 'operational', parent: 'sd', introduced: 2023 });
  const a1 = action('a1', {
    goals: [
      { id: 'sd', strength: 'contributes' },
      { id: 'od-a', strength: 'may-contribute' },
      { id: 'od-b', strength: 'contributes', from: 2023 },
    ],
  });
  const a2 = action('a2', { goals: [{ id: 'od-c', strength: 'contributes' }], introduced: 2022 });
  const internal = action('i1', { goals: [{ id: 'od-b', strength: 'contributes' }] }, 'internal-action');
  const ctx = context({
    plan: plan({
      themes: [
        { id: 'wonen', goal: 'sd', order: 2, title: 'Wonen' },
        { id: 'onderwijs', goal: 'sd', order: 1, title: 'Onderwijs' },
      ],
    }),
    goals: [sd, odA, odB, odC, odLate],
    actions: [a1, a2, internal],
  });

  test('the goal tree groups operational goals under their themes in theme order', () => {
    const [tree] = goalTreeView(ctx);
    expect(tree!.themes.map((t) => [t.theme.id, t.goals.map((g) => g.goal.data.id)])).toEqual([
      ['onderwijs', ['od-b']],
      ['wonen', ['od-a']],
    ]);
    expect(tree!.rest.map((g) => g.goal.data.id)).toEqual(['od-c', 'od-late']);
    const b = tree!.themes[0]!.goals[0]!;
    expect(b.internal.map((a) => a.data.id)).toEqual(['i1']);
    expect(b.servedBy.map((s) => [s.action.data.id, s.from])).toEqual([['a1', 2023]]);
  });

  test('the overview: the plan as written, columns by theme order, runs of header groups', () => {
    const v = overviewView(ctx);
    expect(v.columns.map((c) => `${c.goal.data.id}${c.whole ? '*' : ''}`)).toEqual(['sd*', 'od-b', 'od-a', 'od-c']);
    expect(v.themeGroups.map((g) => [g.kind, g.title, g.span])).toEqual([
      ['whole', '', 1],
      ['theme', 'Onderwijs', 1],
      ['theme', 'Wonen', 1],
      ['none', '', 1],
    ]);
    expect(v.goalGroups.map((g) => [g.sd.data.id, g.span])).toEqual([['sd', 4]]);
    // a2 was introduced later; a1's contribution to od-b came later (from 2023): neither is in the plan as written.
    expect(v.rows.map((r) => [r.action.data.id, r.marks])).toEqual([['a1', ['contributes', undefined, 'may-contribute', undefined]]]);
  });

  test('runs of equal keys', () => {
    expect(runs(['a', 'a', 'b', 'a'], (x) => x).map((r) => [r.key, r.span])).toEqual([
      ['a', 2],
      ['b', 1],
      ['a', 1],
    ]);
  });
});

describe('timeline rows', () => {
  test('actions then their sub-projects; open ends run to the plan’s end; unknown timing is listed apart', () => {
    const top = action('top', { timing: { start: '2021-03', end: 'open' } });
    const sub = action('sub', { parent: 'top', timing: { start: '2022', end: '2023-06' } }, 'sub-project');
    const vague = action('vague', { timing: { start: '2021' } });
    const internal = action('int', { timing: { start: '2021', end: '2022' } }, 'internal-action');
    const v = timelineView(context({ plan: plan({}), actions: [top, vague, internal, sub] }))!;
    expect(v).toMatchObject({ start: '2021-01-01', end: '2025-12-31' });
    expect(v.rows).toEqual([
      { title: 'TOP', start: '2021-03-01', end: '2025-12-31', kind: 'action', open: true, order: 0 },
      { title: '· SUB', start: '2022-01-01', end: '2023-06-30', kind: 'subProject', open: false, order: 1 },
    ]);
    expect(v.missing.map((a) => a.data.id)).toEqual(['vague']);
    expect(timelineView(context({}))).toBeNull();
  });
});

describe('places', () => {
  test('municipalities per welfare region by name; outside any region only where an action works', () => {
    const region = doc<LinkContext['regions'][number]>('region', { id: 'r1', type: 'welfare-region', title: 'R1' });
    const list = doc<LinkContext['municipalityLists'][number]>('municipalities', {
      id: 'm',
      items: [
        { id: 'zz', name: 'Zonhoven', region: 'r1' },
        { id: 'aa', name: 'As', region: 'r1' },
        { id: 'xx', name: 'Elders' },
        { id: 'yy', name: 'Nergens' },
      ],
    });
    const v = placesView(context({ regions: [region], municipalityLists: [list], actions: [action('a', { municipalities: ['xx'] })] }))!;
    expect(v.groups.map((g) => [g.region?.data.id, g.municipalities.map((m) => m.id)])).toEqual([
      ['r1', ['aa', 'zz']],
      [undefined, ['xx']],
    ]);
    expect(placesView(context({}))).toBeNull();
  });
});

describe('indicator tables', () => {
  const f: Figure = { value: 1, reported: 1, missing: 0 } as Figure;
  const table = (t: Partial<IndicatorTable>) =>
    ({ id: 'rgi-2.1', number: '2.1', year: 2021, unit: 'count', rowKind: 'theme', rows: [], cells: {}, ...t }) as IndicatorTable;

  test('units per column: FTE columns in FTE, bands count people, else the table’s unit', () => {
    const v = indicatorView(table({ unit: 'hours', columns: ['fte', 'x'] }));
    expect([v.unitOf('fte'), v.unitOf('socialMaribel'), v.unitOf('x')]).toEqual(['fte', 'fte', 'hours']);
    const bands = indicatorView(table({ unit: 'years', rowKind: 'band' }));
    expect([bands.unitOf(''), bands.chartUnit, bands.columns]).toEqual(['count', 'count', ['']]);
  });

  test('extras with their unit and label key; targets only where a baseline or target is set; row totals need two columns', () => {
    const v = indicatorView(
      table({
        number: '2.13',
        extras: { share: f, average: f, headcount: f },
        cells: { 'a|': f, 'b|': { ...f, target: 3 } },
        total: { ...f, baseline: 1 },
        rowTotals: {},
      }),
    );
    expect(v.extras.map((x) => [x.key, x.label, x.unit])).toEqual([
      ['share', 'share', 'percent'],
      ['average', 'average2', 'count'],
      ['headcount', 'headcount', 'count'],
    ]);
    expect(v.targets.map((t) => t.key)).toEqual(['b|', 'total']);
    expect(v.rowTotals).toBe(false);
    expect(indicatorView(table({ columns: ['a', 'b'], rowTotals: {} })).rowTotals).toBe(true);
  });
});

describe('report pieces', () => {
  test('the annex’s project description is split off the progress text', () => {
    expect(splitAnnex('Tekst\n\n## Omschrijving van het project\n\nVast.')).toEqual({ main: 'Tekst\n\n', annex: '\n\nVast.' });
    expect(splitAnnex('Alleen tekst')).toEqual({ main: 'Alleen tekst', annex: '' });
  });

  test('lookup: theme titles (null for transversal), progress per project by year', () => {
    const p = (id: string, year: number) => doc<LinkContext['progress'][number]>('progress', { id, year, project: 'a' });
    const l = buildLookup(
      context({ plan: plan({ themes: [{ id: 'wonen', title: 'Wonen', goal: 'sd' }] }), progress: [p('late', 2022), p('early', 2021)] }),
    );
    expect([l.themeTitle('wonen'), l.themeTitle('transversal'), l.themeTitle(undefined), l.themeTitle('onbekend')]).toEqual([
      'Wonen',
      null,
      null,
      undefined,
    ]);
    expect(l.progressOf('a').map((x) => x.data.id)).toEqual(['early', 'late']);
  });
});

describe('the view layer is one-way', () => {
  test('templates import only types from src/, and values only from templates/', async () => {
    const dir = path.join(ROOT, 'templates');
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offending: string[] = [];
    for (const f of files) {
      const text = await readFile(path.join(dir, f), 'utf8');
      for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        if (!m[1] && m[2]!.includes('/src/')) offending.push(`${f}: ${m[0].replace(/\s+/g, ' ')}`);
      }
    }
    expect(offending).toEqual([]);
  });

  test('no template or render file is over 400 lines', async () => {
    const long: string[] = [];
    for (const dir of ['templates', 'src/render']) {
      for (const f of (await readdir(path.join(ROOT, dir), { recursive: true })).filter((x) => x.endsWith('.ts'))) {
        const lines = (await readFile(path.join(ROOT, dir, f), 'utf8')).split('\n').length;
        if (lines > 400) long.push(`${dir}/${f}: ${lines}`);
      }
    }
    expect(long).toEqual([]);
  });
});

describe('withoutSeedCitation', () => {
  test("drops the transcription's seed citation and keeps the source", () => {
    expect(withoutSeedCitation('limburg.incijfers.be (002, voetnoot 2)')).toBe('limburg.incijfers.be');
    expect(withoutSeedCitation('www.limburg.incijfers.be (002, voetnoot 8: bron voor het cijfermateriaal tenzij anders aangegeven)')).toBe(
      'www.limburg.incijfers.be',
    );
    expect(withoutSeedCitation('Steunpunt sociale planning (003, voetnoot 29)')).toBe('Steunpunt sociale planning');
    expect(withoutSeedCitation('Samenvatting van de omgevingsanalyse (SAM)')).toBe('Samenvatting van de omgevingsanalyse (SAM)');
  });
});

describe('qualityView', () => {
  const files = { plan: 'mjp.html', reports: new Map([[2021, 'vr-2021.html']]) };
  const anchors = new Map([
    ['mjp.html', new Set(['goal-a'])],
    ['vr-2021.html', new Set(['progress-p'])],
  ]);
  test('links a finding to its anchor when the document holds it, else to the document, else nowhere', () => {
    expect(targetHref({ document: 'plan', anchor: 'goal-a' }, files, anchors)).toBe('mjp.html#goal-a');
    expect(targetHref({ document: 'plan', anchor: 'goal-later' }, files, anchors)).toBe('mjp.html');
    expect(targetHref({ document: 'report', year: 2021, anchor: 'progress-p' }, files, anchors)).toBe('vr-2021.html#progress-p');
    expect(targetHref({ document: 'report', year: 2022 }, files, anchors)).toBeUndefined();
    expect(targetHref(undefined, files, anchors)).toBeUndefined();
  });
  test('places a finding as file:line:column, keeps the model order and leaves out empty sections', () => {
    const v = qualityView(
      {
        counts: { error: 0, warning: 1, info: 0 },
        sections: [
          {
            id: 'diagnostics',
            findings: [
              {
                code: 'link/goal-unserved',
                severity: 'warning',
                message: 'm',
                file: 'content/g.md',
                line: 3,
                column: 5,
                subject: 'a',
                target: { document: 'plan', anchor: 'goal-a' },
              },
            ],
          },
          { id: 'differences', findings: [] },
        ],
      },
      files,
      anchors,
    );
    expect(v.sections.map((s) => s.id)).toEqual(['diagnostics']);
    expect(v.sections[0]!.rows[0]).toMatchObject({ place: 'content/g.md:3:5', href: 'mjp.html#goal-a', details: [] });
  });
  test('reads the ids a document holds', () => {
    expect([...anchorsOf('<p id="a"></p><section class="x" id="b-c">')]).toEqual(['a', 'b-c']);
  });
  test('reads the ids a regular expression over the whole text finds, in the same order', () => {
    const byRegex = (html: string) => [...new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))];
    const piece = fc.constantFrom(' id="', 'id="', '\tid="', '\u00a0id="', '"', ' ', 'x', 'a-b', '<p>', 'id=', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        expect([...anchorsOf(html)]).toEqual(byRegex(html));
        // Found when first asked for, the same ids.
        const lazy = anchorsIn(html);
        for (const id of ['a-b', 'x', ' ', '', ...byRegex(html)]) expect(lazy.has(id)).toBe(byRegex(html).includes(id));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('progressSections', () => {
  type P = LinkContext['progress'][number];
  const p = (id: string, data: Record<string, unknown>) => doc<P>('progress', { id, year: 2021, project: id, ...data });
  const themes = [
    { id: 'sociale-bescherming', order: 1 },
    { id: 'wonen', order: 2 },
  ];
  test("follows the report's own sections and sequence, not the plan's theme order", () => {
    const s = progressSections(
      [
        p('stek', { number: '3.2.1', order: 1, theme: 'sociale-bescherming' }),
        p('toets', { number: '3.2.10', order: 10, theme: 'sociale-grondrechten' }),
        p('onderdak', { number: '3.1.1', order: 1, theme: 'wonen' }),
        p('op-maat', { number: '3.1.1', order: 3, theme: 'wonen' }),
        p('woonwagen', { number: '3.1.2', order: 2, theme: 'wonen' }),
        p('zonder-nummer', { order: 7, theme: 'wonen' }),
        p('gezondheid', { number: '3.6.3', order: 3 }),
      ],
      themes,
    );
    expect(s.map((x) => [x.number, x.theme, x.entries.map((e) => e.data.id)])).toEqual([
      ['3.1', 'wonen', ['onderdak', 'woonwagen', 'op-maat', 'zonder-nummer']],
      ['3.2', 'sociale-bescherming', ['stek', 'toets']],
      ['3.6', 'transversal', ['gezondheid']],
    ]);
  });
  test("without numbers: the plan's themes in order", () => {
    const s = progressSections([p('a', { theme: 'wonen' }), p('b', { theme: 'sociale-bescherming' })], themes);
    expect(s.map((x) => [x.number, x.theme])).toEqual([
      [undefined, 'sociale-bescherming'],
      [undefined, 'wonen'],
    ]);
  });
  test('compares numbers part by part', () => {
    expect(['3.2.10', '3.2.9', '3.10', '3.1'].sort(compareNumbers)).toEqual(['3.1', '3.2.9', '3.2.10', '3.10']);
  });
});

describe('the annex of fixed project data', () => {
  type P = LinkContext['progress'][number];
  const p = (id: string, data: Record<string, unknown>) =>
    doc<P>('progress', { id, year: 2021, project: id, theme: 'wonen', fixed: {}, ...data });
  const report = doc<LinkContext['reports'][number]>('report', { id: 'vr-2021', year: 2021, title: 'VR', organisation: 'O' });
  const annex = (entries: P[]) =>
    reportView(context({ progress: entries, reports: [report] }), { tables: [] } as never, [], report).fixedData.map((g) =>
      g.entries.map((e) => e.entry.data.id),
    );
  const entries = [
    p('onderdak', { number: '3.1.1', order: 1 }),
    p('woonwagen', { number: '3.1.2', order: 2 }),
    p('energiek', { number: '3.1.2', order: 3 }),
    p('kleinschalig', { order: 4 }),
  ];
  test("follows the progress part's sequence, a project it does not number last", () => {
    expect(annex(entries)).toEqual([['onderdak', 'woonwagen', 'energiek', 'kleinschalig']]);
  });
  test("`fixed.order` gives the annex's own sequence: those with one first, the others after in the progress part's order", () => {
    const [a, b, c, d] = entries as [P, P, P, P];
    const placed = (x: P, order: number) => ({ ...x, data: { ...x.data, fixed: { order } } }) as P;
    expect(annex([placed(a, 1), b, c, placed(d, 2)])).toEqual([['onderdak', 'kleinschalig', 'woonwagen', 'energiek']]);
  });
});
