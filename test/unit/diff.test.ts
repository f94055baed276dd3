/** The model diff (src/core/diff): the generic comparison, the entities, the figures with their inputs, the chapters. */
import { describe, expect, test } from 'vitest';
import { compareValues } from '../../src/core/diff/compare.js';
import { diffModels, documentsOf, type Version } from '../../src/core/diff/index.js';
import { fieldKey, fieldPath, valueText } from '../../src/core/diff/text.js';
import { parseMarkdown } from '../../src/core/markdown-tree.js';
import type { SourceFile } from '../../src/core/parse.js';
import { compile } from '../../src/core/pipeline.js';
import { valueFormat } from '../../src/reporters/diff/format.js';

const PLAN = `---
kind: plan
id: plan
title: Plan
organisation:
  name: Org
period:
  start: 2021
  end: 2025
locale: nl-BE
themes:
  - id: wonen
    title: Wonen
    goal: sd1
---
`;
const GOAL = (title: string) => `---\nkind: goal\nid: sd1\nlevel: strategic\ntitle: ${title}\nstatement: S.\n---\n`;
const chapter = (id: string, order: number) =>
  `---\nkind: chapter\nid: ${id}\ndocument: plan\norder: ${order}\ntitle: ${id.toUpperCase()}\n---\nTekst.\n`;

function version(files: Record<string, string>): Version {
  const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  const result = compile(sources, parseMarkdown);
  return { documents: documentsOf(result.context), indicators: result.indicators };
}

describe('compareValues', () => {
  test('records key by key, the smallest part that differs', () => {
    const d = compareValues({ timing: { start: '2020', end: '2025' }, title: 'A' }, { timing: { start: '2020', end: '2026' }, title: 'A' });
    expect(d).toEqual([
      {
        path: ['timing', 'end'],
        basePath: ['timing', 'end'],
        shown: [{ field: 'timing' }, { field: 'end' }],
        before: '2025',
        after: '2026',
      },
    ]);
  });

  test('list items match by their natural key: an inserted line changes no other line', () => {
    const before = [
      { code: '70', label: 'A', values: { 2021: 1 } },
      { code: '60', label: 'B', values: { 2021: 2 } },
    ];
    const after = [
      { code: '70', label: 'A', values: { 2021: 1 } },
      { code: '61', label: 'N', values: { 2021: 5 } },
      { code: '60', label: 'B', values: { 2021: 3 } },
    ];
    const d = compareValues({ lines: before }, { lines: after });
    expect(d.map((x) => fieldPath(x.shown, 'en'))).toEqual(['lines › [61 N]', 'lines › [60 B] › values › 2021']);
    expect(d[1]).toMatchObject({ path: ['lines', 2, 'values', '2021'], basePath: ['lines', 1, 'values', '2021'], before: 2, after: 3 });
  });

  test('an item gone is reported at its place in the base; plain lists compare as one value', () => {
    const d = compareValues(
      {
        goals: [
          { id: 'a', strength: 'x' },
          { id: 'b', strength: 'x' },
        ],
        partners: ['p', 'q'],
      },
      { goals: [{ id: 'a', strength: 'x' }], partners: ['p'] },
    );
    expect(d).toEqual([
      { path: ['goals'], basePath: ['goals', 1], shown: [{ field: 'goals' }, { item: 'b' }], before: { id: 'b', strength: 'x' } },
      { path: ['partners'], basePath: ['partners'], shown: [{ field: 'partners' }], before: ['p', 'q'], after: ['p'] },
    ]);
  });

  test('equal values give nothing, whatever the key order', () => {
    expect(compareValues({ a: 1, b: [{ id: 'x', n: null }] }, { b: [{ n: null, id: 'x' }], a: 1 })).toEqual([]);
  });
});

describe('valueText', () => {
  test('absent, not reported, text, numbers and records in both languages', () => {
    expect(valueText(undefined, 'nl')).toBe('(geen)');
    expect(valueText(null, 'en')).toBe('not reported');
    expect(valueText('a\n b', 'en')).toBe('“a b”');
    expect(valueText({ id: 'od', strength: 'contributes' }, 'nl')).toBe('{ id: od; sterkte: contributes }');
    expect(valueText('x'.repeat(200), 'en')).toHaveLength(102);
  });
});

test('numbers and dates as the documents print them in their locale; years and positions as written', () => {
  const nl = valueFormat('nl-BE');
  const en = valueFormat('en');
  expect([valueText(10000, 'en', nl), valueText(1.5, 'en', nl), valueText(0.125, 'nl', nl)]).toEqual(['10.000', '1,5', '0,125']);
  expect([valueText(10000, 'nl', en), valueText(1.5, 'nl', en)]).toEqual(['10,000', '1.5']);
  expect(valueText('2025-12-31', 'en', nl)).toBe('31 december 2025');
  expect(valueText('2025-12-31', 'en', en)).toBe('31 December 2025');
  expect(valueText('2025-12-31', 'en')).toBe('“2025-12-31”'); // raw when no format is given
  expect(valueText(2021, 'en', en, fieldKey([{ field: 'timing' }, { field: 'year' }]))).toBe('2021');
  expect(valueText([2021, 2022], 'en', en, 'years')).toBe('2021, 2022');
  expect(valueText({ year: 2022, fte: 1250.5 }, 'en', nl)).toBe('{ year: 2022; FTE: 1.250,5 }');
  expect(fieldKey([{ field: 'lines' }, { item: 'x' }])).toBe('lines');
});

describe('diffModels', () => {
  test('the same content: no change', () => {
    const files = { 'content/plan.md': PLAN, 'content/goals/sd1.md': GOAL('G') };
    const d = diffModels(version(files), version(files));
    expect(d).toEqual({ entities: [], figures: [], structure: [] });
  });

  test('a reworded goal and its text: one entity change, field by field, located at the head', () => {
    const base = version({ 'content/plan.md': PLAN, 'content/goals/sd1.md': GOAL('Oud') });
    const head = version({ 'content/plan.md': PLAN, 'content/goals/sd1.md': `${GOAL('Nieuw')}Toelichting.\n` });
    const [c, ...rest] = diffModels(base, head).entities;
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ change: 'changed', kind: 'goal', id: 'sd1', title: 'Nieuw' });
    expect(c!.fields.map((f) => [fieldPath(f.shown, 'nl'), f.before, f.after, f.at.line])).toEqual([
      ['titel', 'Oud', 'Nieuw', 5],
      ['tekst', undefined, 'Toelichting.', 8],
    ]);
  });

  test('chapters added, removed and moved are structure, one change per chapter that moved', () => {
    const base = version({
      'content/plan.md': PLAN,
      'content/goals/sd1.md': GOAL('G'),
      'content/a.md': chapter('a', 1),
      'content/b.md': chapter('b', 2),
      'content/c.md': chapter('c', 3),
      'content/d.md': chapter('d', 4),
    });
    const head = version({
      'content/plan.md': PLAN,
      'content/goals/sd1.md': GOAL('G'),
      'content/a.md': chapter('a', 5),
      'content/b.md': chapter('b', 2),
      'content/c.md': chapter('c', 3),
      'content/e.md': chapter('e', 6),
    });
    const d = diffModels(base, head);
    expect(d.entities).toEqual([]);
    expect(d.structure.map((s) => [s.change, s.chapter, s.from, s.to])).toEqual([
      ['moved', 'a', 1, 3],
      ['added', 'e', undefined, 4],
      ['removed', 'd', 4, undefined],
    ]);
  });

  test('a computed figure that moved names the inputs that moved it: only the year that changed', () => {
    const budget = (v: number) =>
      `kind: budget\nid: b\ntitle: B\nscope: organisation\nyears: [2021, 2022]\nlines:\n  - code: "70"\n    label: S\n    group: operating-income\n    values: {"2021": 50, "2022": 50}\n  - code: "60"\n    label: D\n    group: goods-and-services\n    values: {"2021": 10, "2022": ${v}}\n`;
    const files = { 'content/plan.md': PLAN, 'content/goals/sd1.md': GOAL('G') };
    const d = diffModels(version({ ...files, 'content/b.yaml': budget(10) }), version({ ...files, 'content/b.yaml': budget(12) }));
    expect(
      d.figures.map((f) => [
        f.key,
        f.before,
        f.after,
        f.inputs.map((i) => `${i.id}: ${i.fields.map((x) => fieldPath(x, 'en')).join('; ')}`),
      ]),
    ).toEqual([['budget/b/gross-margin/2022', 40, 38, ['b: lines › [60 D] › values › 2022']]]);
  });
});
