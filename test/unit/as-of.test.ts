/**
 * The model as of a document: a small organisation written here in full (plan 2021-2025 dated 2020, a 2021 report
 * that adds a goal and a project, drops a goal, moves a contribution and renames the organisation, and a 2022
 * report), then the shipped content.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { asOf, organisationNameOn } from '../../src/core/as-of.js';
import { figureState, markState } from '../../src/core/availability.js';
import { compute } from '../../src/core/compute/index.js';
import { parseMarkdown } from '../../src/core/markdown-tree.js';
import type { SourceFile } from '../../src/core/parse.js';
import { compile } from '../../src/core/pipeline.js';
import { ROOT } from '../helpers.js';

const md = (front: string, body = '') => `---\n${front.trim()}\n---\n${body}\n`;

const SOURCES: SourceFile[] = [
  {
    path: 'plan.md',
    text: md(`
kind: plan
id: mjp
title: Meerjarenplan
organisation:
  name: Oude Naam
  laterNames:
    - {name: Nieuwe Naam, since: 2021-11-18}
period: {start: 2021, end: 2025}
locale: nl-BE
date: 2020-04-23
themes:
  - {id: wonen, title: Wonen, goal: sd1}
`),
  },
  { path: 'goals/sd1.md', text: md('kind: goal\nid: sd1\nlevel: strategic\ntitle: SD1\nstatement: Eén.') },
  { path: 'goals/od-a.md', text: md('kind: goal\nid: od-a\nlevel: operational\nparent: sd1\ntitle: A\nstatement: A.') },
  {
    path: 'goals/od-old.md',
    text: md('kind: goal\nid: od-old\nlevel: operational\nparent: sd1\ntitle: Oud\nstatement: Oud.\ndropped: 2021\nreplacedBy: od-new'),
  },
  {
    path: 'goals/od-new.md',
    text: md('kind: goal\nid: od-new\nlevel: operational\nparent: sd1\ntitle: Nieuw\nstatement: Nieuw.\nintroduced: 2021'),
  },
  {
    path: 'goals/od-2022.md',
    text: md('kind: goal\nid: od-2022\nlevel: operational\nparent: sd1\ntitle: Later\nstatement: Later.\nintroduced: 2022'),
  },
  {
    path: 'actions/huur.md',
    text: md(`
kind: strategic-action
id: huur
title: Huur
timing: {start: 2021-01-01, end: 2025-12-31}
goals:
  - {id: od-a, strength: contributes}
  - {id: od-old, strength: contributes, until: 2020}
  - {id: od-new, strength: contributes, from: 2021}
  - {id: od-2022, strength: may-contribute, from: 2022}
`),
  },
  { path: 'actions/huur-sub.md', text: md('kind: sub-project\nid: huur-sub\ntitle: Deel\nparent: huur') },
  {
    path: 'actions/nieuw.md',
    text: md('kind: strategic-action\nid: nieuw\ntitle: Nieuw project\nintroduced: 2021\ngoals:\n  - {id: od-a, strength: contributes}'),
  },
  { path: 'actions/nieuw-sub.md', text: md('kind: sub-project\nid: nieuw-sub\ntitle: Nieuw deel\nparent: nieuw') },
  {
    path: 'reports/2021/report.md',
    text: md(
      'kind: report\nid: vr-2021\nyear: 2021\ntitle: VR 2021\norganisation: Nieuwe Naam\ndate: 2022-04-28\nunavailable:\n  - {part: rgi-2.3, reason: lost-in-transcription, note: grafiek}',
    ),
  },
  {
    path: 'reports/2022/report.md',
    text: md('kind: report\nid: vr-2022\nyear: 2022\ntitle: VR 2022\norganisation: Nieuwe Naam\ndate: 2023-04-28'),
  },
  {
    path: 'reports/2021/change.md',
    text: md('kind: change\nid: ch-old\nyear: 2021\ntype: goal-moved\ntitle: Verplaatst\ngoal: od-old\ninto: od-new'),
  },
  {
    path: 'reports/2021/progress/huur.md',
    text: md(
      'kind: progress\nid: p21-huur\nproject: huur\nyear: 2021\nratings: {cooperation: not-stated, politicalResults: not-stated, participation: not-stated}\nstatus: not-stated',
    ),
  },
  {
    path: 'reports/2022/progress/huur.md',
    text: md(
      'kind: progress\nid: p22-huur\nproject: huur\nyear: 2022\nratings: {cooperation: not-stated, politicalResults: not-stated, participation: not-stated}\nstatus: on-schedule',
    ),
  },
  { path: 'chapters/vr-2022.md', text: md('kind: chapter\nid: ch-vr-2022\ndocument: vr-2022\norder: 1\ntitle: Inleiding') },
];

const full = compile(SOURCES, parseMarkdown);

function shippedSources(): SourceFile[] {
  const dir = path.join(ROOT, 'content');
  return (readdirSync(dir, { recursive: true }) as string[])
    .map(String)
    .filter((rel) => /\.(md|ya?ml)$/i.test(rel) && statSync(path.join(dir, rel)).isFile())
    .map((rel) => ({ path: rel.split(path.sep).join('/'), text: readFileSync(path.join(dir, rel), 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
const goalIds = (v: ReturnType<typeof asOf>) => v.context.goals.map((g) => g.data.id).sort();
const actionIds = (v: ReturnType<typeof asOf>) => v.context.actions.map((a) => a.data.id).sort();
const contributions = (v: ReturnType<typeof asOf>, id: string) => v.context.actionById.get(id)?.data.goals;

describe('the plan as of its date', () => {
  const v = asOf(full.context, { kind: 'plan' });

  test('the content compiles without errors', () => {
    expect(full.diagnostics.filter((d) => d.code.startsWith('schema/') || d.code.startsWith('parse/'))).toEqual([]);
  });

  test('stands through the year before its period, on its own date, under its old name', () => {
    expect(v.through).toBe(2020);
    expect(v.date).toBe('2020-04-23');
    expect(v.organisation).toBe('Oude Naam');
    expect(v.context.plan?.data.organisation.laterNames).toBeUndefined();
  });

  test('goals added later are absent; goals dropped later stand undropped', () => {
    expect(goalIds(v)).toEqual(['od-a', 'od-old', 'sd1']);
    const old = v.context.goalById.get('od-old')!.data;
    expect(old.dropped).toBeUndefined();
    expect(old.replacedBy).toBeUndefined();
  });

  test('contributions from a later year are absent; those ended later are present without an end', () => {
    expect(contributions(v, 'huur')).toEqual([
      { id: 'od-a', strength: 'contributes' },
      { id: 'od-old', strength: 'contributes' },
    ]);
    expect(v.context.servedBy.get('od-old')?.map((s) => s.action.data.id)).toEqual(['huur']);
  });

  test('actions a report added, and their sub-projects, are absent', () => {
    expect(actionIds(v)).toEqual(['huur', 'huur-sub']);
    expect(v.context.childrenOf.get('huur')?.map((a) => a.data.id)).toEqual(['huur-sub']);
  });

  test('no report, progress, change or report chapter, and nothing to link to', () => {
    expect(v.context.reports).toEqual([]);
    expect(v.context.progress).toEqual([]);
    expect(v.context.changes).toEqual([]);
    expect(v.context.chapters).toEqual([]);
    expect(v.reportYears).toEqual([]);
    expect(v.amendments).toEqual([]);
  });

  test('the full context is left as it was', () => {
    expect(full.context.goals).toHaveLength(5);
    expect(full.context.goalById.get('od-old')!.data.dropped).toBe(2021);
    expect(full.context.actionById.get('huur')!.data.goals).toHaveLength(4);
  });
});

describe('a report as of its year', () => {
  const v = asOf(full.context, { kind: 'report', year: 2021 });

  test('shows what was recorded through its year and nothing later', () => {
    expect(v.through).toBe(2021);
    expect(v.organisation).toBe('Nieuwe Naam');
    expect(goalIds(v)).toEqual(['od-a', 'od-new', 'od-old', 'sd1']);
    expect(v.context.goalById.get('od-old')!.data.dropped).toBe(2021);
    expect(actionIds(v)).toEqual(['huur', 'huur-sub', 'nieuw', 'nieuw-sub']);
    expect(contributions(v, 'huur')?.map((c) => c.id)).toEqual(['od-a', 'od-new']);
    expect(v.context.progress.map((p) => p.data.id)).toEqual(['p21-huur']);
    expect(v.context.reports.map((r) => r.data.id)).toEqual(['vr-2021']);
    expect(v.context.chapters).toEqual([]);
    expect(v.reportYears).toEqual([2021]);
    expect(v.unavailable.map((u) => u.part)).toEqual(['rgi-2.3']);
  });

  test('lists the changes of its year as amendments, with the record that explains them', () => {
    expect(v.amendments).toEqual([
      { year: 2021, kind: 'contribution-added', subject: { kind: 'action', id: 'huur' }, goal: 'od-new', change: 'ch-old' },
      { year: 2021, kind: 'contribution-ended', subject: { kind: 'action', id: 'huur' }, goal: 'od-old', change: 'ch-old' },
      { year: 2021, kind: 'action-added', subject: { kind: 'action', id: 'nieuw' } },
      { year: 2021, kind: 'goal-added', subject: { kind: 'goal', id: 'od-new' }, change: 'ch-old' },
      { year: 2021, kind: 'goal-dropped', subject: { kind: 'goal', id: 'od-old' }, into: 'od-new', change: 'ch-old' },
      { year: 2021, kind: 'organisation-renamed', subject: { kind: 'plan', id: 'mjp' }, detail: 'Nieuwe Naam' },
    ]);
  });

  test('adding a later year changes nothing in an earlier view', () => {
    const without = compile(
      SOURCES.filter((s) => !s.path.includes('2022') && !s.path.includes('od-2022')),
      parseMarkdown,
    );
    const strip = (x: ReturnType<typeof asOf>) => JSON.stringify({ ...x, context: x.context.goals.map((g) => g.data).concat() });
    expect(strip(asOf(without.context, { kind: 'report', year: 2021 }))).toBe(strip(v));
    const plan = (c: typeof full.context) => JSON.stringify(asOf(c, { kind: 'plan' }).context.actions.map((a) => a.data));
    expect(plan(without.context)).toBe(plan(full.context));
  });
});

describe('the consolidated plan through a year', () => {
  test('applies every change through the year and marks each as an amendment', () => {
    const v = asOf(full.context, { kind: 'consolidated', year: 2022 });
    expect(goalIds(v)).toContain('od-2022');
    expect(contributions(v, 'huur')?.map((c) => c.id)).toEqual(['od-a', 'od-new', 'od-2022']);
    expect(v.amendments.filter((a) => a.year === 2022).map((a) => `${a.kind} ${a.subject.id} ${a.goal ?? ''}`.trim())).toEqual([
      'contribution-added huur od-2022',
      'goal-added od-2022',
    ]);
    expect(v.unavailable).toEqual([]);
    expect(v.date).toBe('2023-04-28');
  });
});

describe('titles and timing a report states for a project of the plan', () => {
  const progress = (id: string, year: number, fixed: string) =>
    md(
      `kind: progress\nid: ${id}\nproject: loopt\nyear: ${year}\nratings: {cooperation: not-stated, politicalResults: not-stated, participation: not-stated}\nstatus: not-stated\nfixed:\n${fixed}`,
    );
  const sources: SourceFile[] = [
    ...SOURCES,
    {
      path: 'actions/loopt.md',
      text: md(
        'kind: strategic-action\nid: loopt\ntitle: Loopt af\nsector: true\ntiming: {start: 2019-01-01, end: 2021-03-31, raw: "1/1/2019 - 31/03/2021"}\ngoals:\n  - {id: od-a, strength: contributes}',
      ),
    },
    {
      path: 'reports/2021/progress/loopt.md',
      text: progress(
        'p21-loopt',
        2021,
        '  title: "Loopt door (sector)"\n  timing: {start: 2019-01-01, end: 2025-12-31, raw: "1/1/2019 - 31/12/2025"}',
      ),
    },
    {
      path: 'reports/2022/progress/loopt.md',
      text: progress(
        'p22-loopt',
        2022,
        '  title: "Loopt door"\n  timing: {start: 2019-01-01, end: 2026-06-30, raw: "1/1/2019 - 31/6/2026", correction: "31 juni bestaat niet."}',
      ),
    },
  ];
  const ctx = compile(sources, parseMarkdown).context;
  const loopt = (v: ReturnType<typeof asOf>) => v.context.actionById.get('loopt')?.data;

  test('the plan and the report keep the plan’s title and timing, in the plan’s words', () => {
    for (const v of [asOf(ctx, { kind: 'plan' }), asOf(ctx, { kind: 'report', year: 2021 })]) {
      expect(loopt(v)?.title).toBe('Loopt af');
      expect(loopt(v)?.timing).toEqual({ start: '2019-01-01', end: '2021-03-31', raw: '1/1/2019 - 31/03/2021' });
      expect(loopt(v)?.formerTitles).toBeUndefined();
    }
  });

  test('the consolidated plan takes the stated title (without the “(sector)” it adds itself) and timing in the report’s words', () => {
    const v = asOf(ctx, { kind: 'consolidated', year: 2021 });
    expect(loopt(v)?.title).toBe('Loopt door');
    expect(loopt(v)?.formerTitles).toEqual(['Loopt af']);
    expect(loopt(v)?.timing).toEqual({ start: '2019-01-01', end: '2025-12-31', raw: '1/1/2019 - 31/12/2025' });
    expect(v.amendments.filter((a) => a.subject.id === 'loopt')).toEqual([
      { year: 2021, kind: 'action-retimed', subject: { kind: 'action', id: 'loopt' } },
      { year: 2021, kind: 'action-retitled', subject: { kind: 'action', id: 'loopt' }, detail: 'Loopt af' },
    ]);
  });

  test('a later report’s statement wins; a wording the content corrected is not printed', () => {
    const v = asOf(ctx, { kind: 'consolidated', year: 2022 });
    expect(loopt(v)?.title).toBe('Loopt door');
    expect(loopt(v)?.timing).toEqual({ start: '2019-01-01', end: '2026-06-30', correction: '31 juni bestaat niet.' });
    expect(v.amendments.filter((a) => a.subject.id === 'loopt').map((a) => `${a.year} ${a.kind}`)).toEqual([
      '2021 action-retimed',
      '2021 action-retitled',
      '2022 action-retimed',
      '2022 action-retitled',
    ]);
  });

  test('an action a report adds keeps its own title and timing', () => {
    const v = asOf(ctx, { kind: 'consolidated', year: 2021 });
    expect(v.amendments.filter((a) => a.subject.id === 'nieuw').map((a) => a.kind)).toEqual(['action-added']);
  });
});

test('the name on a date follows the later names in force', () => {
  expect(organisationNameOn(full.context, '2021-11-17')).toBe('Oude Naam');
  expect(organisationNameOn(full.context, '2021-11-18')).toBe('Nieuwe Naam');
});

describe('the shipped content', () => {
  const shipped = compile(shippedSources(), parseMarkdown).context;
  const plan = asOf(shipped, { kind: 'plan' });

  test('the plan carries nothing of the 2021 report', () => {
    expect(plan.organisation).toBe('RIMO Limburg');
    expect(plan.context.goalById.has('sd1-sociale-grondrechten')).toBe(false);
    expect(plan.context.goalById.get('sd1-versterkende-leefomgeving')?.data.dropped).toBeUndefined();
    expect(plan.context.goalById.get('sd2-grond-en-mensenrechten')?.data.replacedBy).toBeUndefined();
    expect(plan.context.actions.filter((a) => a.file.startsWith('actions/added-2021/'))).toEqual([]);
    expect(plan.context.actions.some((a) => a.data.goals?.some((g) => g.from !== undefined || g.until !== undefined))).toBe(false);
    expect(plan.context.actionById.get('brede-school-beringen-mijn')?.data.goals?.map((g) => g.id)).toEqual([
      'sd1-versterkende-leefomgeving',
    ]);
    expect(plan.context.progress).toEqual([]);
    expect(plan.context.chapters.every((c) => c.data.document === shipped.plan?.data.id)).toBe(true);
  });

  test('the consolidated plan 2021 has the timing and titles chapter 3 of the 2021 report states', () => {
    const c = asOf(shipped, { kind: 'consolidated', year: 2021 }).context.actionById;
    // 3.2.7: Ons Centrum runs on to 31/12/2025 (the plan had it end on 31/03/2021).
    expect(c.get('ons-centrum-leopoldsburg')?.data.timing).toEqual({
      start: '2008-06-01',
      end: '2025-12-31',
      raw: '1/6/2008 - 31/12/2025',
    });
    expect(plan.context.actionById.get('ons-centrum-leopoldsburg')?.data.timing?.end).toBe('2021-03-31');
    // 3.2.3: start moved to 1/3/2020, end to 31/3/2023; the annex's “1/3/2010” slip is not printed.
    expect(c.get('de-stek-beringen-mijn')?.data.title).toBe('Inloophuis Beringen-Mijn');
    expect(c.get('de-stek-beringen-mijn')?.data.timing?.raw).toBeUndefined();
    expect(c.get('de-stek-beringen-mijn')?.data.timing?.end).toBe('2023-03-31');
    expect(c.get('paspoel-tongeren')?.data.timing?.end).toBe('2022-06-30');
    expect(c.get('brede-school-beringen-mijn')?.data.title).toBe('Brede School Beringen');
  });

  test('the 2021 report shows the rename, the added projects and the lost charts', () => {
    const r = asOf(shipped, { kind: 'report', year: 2021 });
    expect(r.organisation).toBe('SAAMO Limburg');
    expect(r.context.actionById.has('energie-en-water')).toBe(true);
    expect(r.context.goalById.get('sd1-versterkende-leefomgeving')?.data.dropped).toBe(2021);
    expect(r.unavailable.map((u) => u.part)).toEqual([
      'rgi-2.2',
      'rgi-2.3',
      'rgi-2.4',
      'rgi-2.5',
      'rgi-2.6',
      'rgi-2.7',
      'rgi-2.9',
      'progress-ratings',
      'progress-status',
    ]);
    expect(
      r.amendments
        .filter((a) => a.kind === 'goal-dropped')
        .map((a) => a.subject.id)
        .sort(),
    ).toEqual(['sd1-versterkende-leefomgeving', 'sd2-grond-en-mensenrechten']);
  });
});

describe('three states of a figure', () => {
  test('reported, not reported, unavailable', () => {
    const lost = { unavailable: { reason: 'lost-in-transcription' as const, note: 'grafiek' } };
    expect(figureState({ value: 3, reported: 1, missing: 0 }, lost)).toBe('reported');
    expect(figureState({ value: null, reported: 0, missing: 2, declared: 51.79 }, lost)).toBe('reported');
    expect(figureState({ value: null, reported: 0, missing: 2 }, lost)).toBe('unavailable');
    expect(figureState({ value: null, reported: 0, missing: 2 }, {})).toBe('not-reported');
    expect(markState('not-stated', full.context, 2021, 'ratings')).toBe('not-reported');
    expect(markState('on-schedule', full.context, 2022, 'status')).toBe('reported');
  });

  test('the shipped 2021 tables 2.2-2.7 and 2.9 and the progress marks say once that the source had them', () => {
    const shipped = compile(shippedSources(), parseMarkdown).context;
    const lost = compute(shipped)
      .indicators.tables.filter((t) => t.year === 2021 && t.unavailable)
      .map((t) => t.id);
    expect(lost).toEqual(['rgi-2.2', 'rgi-2.3', 'rgi-2.4', 'rgi-2.5', 'rgi-2.6', 'rgi-2.7', 'rgi-2.9']);
    expect(markState('not-stated', shipped, 2021, 'ratings')).toBe('unavailable');
    expect(markState('not-stated', shipped, 2021, 'status')).toBe('unavailable');
  });
});
