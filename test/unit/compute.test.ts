/**
 * The compute stage on a synthetic organisation (test/fixtures/synthetic/content) whose every figure is worked out
 * by hand below. The pure pipeline runs in-process: load → compile() → compute(context).
 *
 * The organisation: themes onderwijs (order 1), wonen (2), zorg (3); activity types groep (1), individueel (2),
 * vorming (3). Progress (measures in the order fte, fteDirect, activities g/i/v, participations g/i/v, partners,
 * partnerContacts, policyContacts, volunteers, localFunding; dossiers):
 *
 *   2021  a-huur       wonen      2.5  2.0   10/4/2    120/4/30   5 20 3 6   Stad Genk 10000                 2 dossiers
 *         a-energie    wonen      1.25 1.25  3/7/1     45/7/12    2  8 1 0   Provincie Limburg 2500.5,
 *                                                                            Stad Genk 1500                  [] (0)
 *         a-school     onderwijs  1.8  1.8   6/0/5     70/0/40    4 15 2 3   Stad Hasselt 8000               1
 *         a-buurtzorg  zorg       3.0  null  12/null/4 null/30/25 6 null 4 null  Stad Hasselt null           absent
 *         t-expertise  (none)     measures absent                                                            1
 *   2022  a-huur       wonen      2.0  1.5   8/6/3     90/6/25    5 18 2 7   Stad Genk 12000                 1
 *         a-school     onderwijs  2.2  2.0   7/2/6     80/2/50    5 16 3 4   Stad Hasselt 9000               2
 *         a-buurtzorg  zorg       3.5  3.0   15/5/4    150/5/30   7 25 5 12  Vlaamse overheid 5000           3
 *         t-expertise  (none)     0.5  0     -/-/2     -/-/20     1  3 0 0   []                              [] (0)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { compute } from '../../src/core/compute/index.js';
import type { Figure, Indicators, IndicatorTable } from '../../src/core/compute/types.js';
import { localize, type RawDiagnostic } from '../../src/core/diagnostics/index.js';
import { parseMarkdown } from '../../src/core/markdown-tree.js';
import type { SourceFile } from '../../src/core/parse.js';
import { compile } from '../../src/core/pipeline.js';
import { FIXTURES } from '../helpers.js';

const DIR = path.join(FIXTURES, 'synthetic', 'content');

/** Like src/io/load.ts: every .md/.yaml file under the folder, sorted, POSIX paths relative to it, LF endings. */
function loadFixture(dir: string): SourceFile[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map(String)
    .filter((rel) => /\.(md|ya?ml)$/i.test(rel) && statSync(path.join(dir, rel)).isFile())
    .map((rel) => ({ path: rel.split(path.sep).join('/'), text: readFileSync(path.join(dir, rel), 'utf8').replace(/\r\n?/g, '\n') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * compile() then compute(context). compile() may itself run compute and merge its diagnostics: `compiled` keeps
 * only the diagnostics of the other stages, so the fixture's cleanliness is checked apart from compute's findings.
 */
function run(sources: SourceFile[]) {
  const result = compile(sources, parseMarkdown);
  const computed = compute(result.context);
  const others = result.diagnostics.filter((d) => !d.code.startsWith('compute/'));
  const merged = result.diagnostics.filter((d) => d.code.startsWith('compute/'));
  return { compiled: { ...result, diagnostics: others, computeDiagnostics: merged }, ...computed };
}

/** Line and column (1-based) of `target`, searched from the first occurrence of `marker`. */
function positionOf(text: string, marker: string, target: string): { line: number; column: number } {
  const start = text.indexOf(marker);
  if (start < 0) throw new Error(`marker not found: ${marker}`);
  const i = text.indexOf(target, start);
  const before = text.slice(0, i);
  return { line: before.split('\n').length, column: i - before.lastIndexOf('\n') };
}

/** A figure with the given value (close to, for decimals), reported and missing counts. */
function expectFigure(f: Figure | undefined, value: number | null, reported: number, missing: number): void {
  expect(f, 'figure exists').toBeDefined();
  if (value === null) expect(f!.value).toBeNull();
  else expect(f!.value).toBeCloseTo(value, 9);
  expect({ reported: f!.reported, missing: f!.missing }).toEqual({ reported, missing });
}

let sources: SourceFile[];
let indicators: Indicators;
let diagnostics: RawDiagnostic[];
let compileDiagnostics: RawDiagnostic[];

const tableOf = (id: string, year: number): IndicatorTable => {
  const t = indicators.tables.find((x) => x.id === id && x.year === year);
  if (!t) throw new Error(`no table ${id} ${year}`);
  return t;
};
const cell = (id: string, year: number, row: string, column = '') => tableOf(id, year).cells[`${row}|${column}`];

beforeAll(() => {
  sources = loadFixture(DIR);
  const r = run(sources);
  indicators = r.indicators;
  diagnostics = r.diagnostics;
  compileDiagnostics = r.compiled.diagnostics;
});

describe('synthetic organisation', () => {
  test('the fixture itself is clean', () => {
    expect(sources.length).toBeGreaterThanOrEqual(25);
    expect(compileDiagnostics).toEqual([]);
  });

  test('compile() reports the same compute diagnostics as compute() on its own', () => {
    const r = run(sources);
    // The fixture carries deliberate differences, so an empty list here means compile() lost them.
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.compiled.computeDiagnostics).toEqual(r.diagnostics);
  });

  test('years are the report years; 13 tables per year, ordered by number', () => {
    expect(indicators.years).toEqual([2021, 2022]);
    const ids = ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11', '2.12', '2.13'];
    expect(indicators.tables.map((t) => `${t.year} ${t.number}`)).toEqual([...ids.map((n) => `2021 ${n}`), ...ids.map((n) => `2022 ${n}`)]);
    expect(indicators.tables.every((t) => t.id === `rgi-${t.number}`)).toBe(true);
  });

  test('theme rows follow the plan order, transversal last; activity type columns follow their order', () => {
    for (const year of [2021, 2022]) {
      for (const id of ['rgi-2.2', 'rgi-2.3', 'rgi-2.4', 'rgi-2.5', 'rgi-2.6', 'rgi-2.7', 'rgi-2.8', 'rgi-2.9']) {
        expect(tableOf(id, year).rows).toEqual(['onderwijs', 'wonen', 'zorg', 'transversal']);
        expect(tableOf(id, year).rowKind).toBe('theme');
      }
      expect(tableOf('rgi-2.3', year).columns).toEqual(['groep', 'individueel', 'vorming']);
      expect(tableOf('rgi-2.4', year).columnKind).toBe('activity-type');
      expect(tableOf('rgi-2.5', year).columns).toBeUndefined();
    }
  });

  test('2.1 decree staffing: mean of the stated yearly FTE against the norm', () => {
    const t21 = tableOf('rgi-2.1', 2021);
    expect(t21.rows).toEqual(['2019', '2020', '2021']);
    expect(t21.columns).toEqual(['fte', 'socialMaribel']);
    expectFigure(t21.cells['2020|fte'], 7.1, 1, 0);
    expectFigure(t21.cells['2021|socialMaribel'], 0.2, 1, 0);
    expect(t21.extras!.norm).toEqual({ value: null, reported: 0, missing: 0, declared: 7 });
    // (7.2 + 7.1 + 7.3) / 3 = 21.6 / 3 = 7.2; declared 7.2
    expectFigure(t21.extras!.average, 7.2, 3, 0);
    expect(t21.extras!.average!.declared).toBe(7.2);
    // 7.2 − 7.0 = 0.2; declared 0.2
    expectFigure(t21.extras!.surplus, 0.2, 3, 0);
    expect(t21.extras!.surplus!.declared).toBe(0.2);

    const t22 = tableOf('rgi-2.1', 2022);
    expect(t22.rows).toEqual(['2020', '2021', '2022']);
    // socialMaribel 2022 is stated as null: missing
    expectFigure(t22.cells['2022|socialMaribel'], null, 0, 1);
    // (7.1 + 7.3 + 7.6) / 3 = 22 / 3 = 7.3333…; declared 7.33 (within 0.005)
    expectFigure(t22.extras!.average, 22 / 3, 3, 0);
    // 7.3333… − 7 = 0.3333…; declared 0.33
    expectFigure(t22.extras!.surplus, 1 / 3, 3, 0);
  });

  test('2.2 FTE per theme, total, direct and share', () => {
    const t = tableOf('rgi-2.2', 2021);
    // onderwijs: a-school 1.8
    expectFigure(t.cells['onderwijs|fte'], 1.8, 1, 0);
    // wonen: 2.5 + 1.25 = 3.75 (declared 3.75)
    expectFigure(t.cells['wonen|fte'], 3.75, 2, 0);
    expect(t.cells['wonen|fte']!.declared).toBe(3.75);
    // zorg: a-buurtzorg 3.0 (declared 3.5: the deliberate difference)
    expectFigure(t.cells['zorg|fte'], 3, 1, 0);
    expect(t.cells['zorg|fte']!.declared).toBe(3.5);
    // transversal: t-expertise has no measures → missing, not 0
    expectFigure(t.cells['transversal|fte'], null, 0, 1);
    // fteDirect: onderwijs 1.8; wonen 2.0 + 1.25 = 3.25; zorg null (explicitly) → missing; transversal missing
    expectFigure(t.cells['onderwijs|fteDirect'], 1.8, 1, 0);
    expectFigure(t.cells['wonen|fteDirect'], 3.25, 2, 0);
    expectFigure(t.cells['zorg|fteDirect'], null, 0, 1);
    // total FTE: 1.8 + 3.75 + 3.0 = 8.55 (4 reported, 1 missing); declared fte.total["2021"] = 8.55
    expectFigure(t.extras!.total, 8.55, 4, 1);
    expect(t.extras!.total!.declared).toBe(8.55);
    // direct: 1.8 + 3.25 = 5.05 (3 reported, 2 missing)
    expectFigure(t.extras!.direct, 5.05, 3, 2);
    // share: 5.05 / 8.55 × 100 = 59.0643…; inputs 4+3 reported, 1+2 missing; declared 59.1 (within 0.05)
    expectFigure(t.extras!.share, (5.05 / 8.55) * 100, 7, 3);
    expect(t.extras!.share!.declared).toBe(59.1);
    // the 2020 byTheme figure in the 2021 report is not this year's
    expect(t.cells['onderwijs|fte']!.declared).toBeUndefined();

    const u = tableOf('rgi-2.2', 2022);
    // 2.0 + 2.2 + 3.5 + 0.5 = 8.2; direct 1.5 + 2.0 + 3.0 + 0 = 6.5; share 6.5 / 8.2 × 100 = 79.2682…
    expectFigure(u.extras!.total, 8.2, 4, 0);
    expectFigure(u.extras!.direct, 6.5, 4, 0);
    expectFigure(u.extras!.share, (6.5 / 8.2) * 100, 8, 0);
    expectFigure(u.cells['transversal|fteDirect'], 0, 1, 0);
  });

  test('2.3 activities: theme × activity type, with totals', () => {
    const t = tableOf('rgi-2.3', 2021);
    // onderwijs (a-school): 6 / 0 / 5
    expectFigure(t.cells['onderwijs|groep'], 6, 1, 0);
    expectFigure(t.cells['onderwijs|individueel'], 0, 1, 0);
    // wonen: groep 10 + 3 = 13, individueel 4 + 7 = 11, vorming 2 + 1 = 3
    expectFigure(t.cells['wonen|groep'], 13, 2, 0);
    expectFigure(t.cells['wonen|individueel'], 11, 2, 0);
    expectFigure(t.cells['wonen|vorming'], 3, 2, 0);
    // zorg: groep 12, individueel null → missing, vorming 4
    expectFigure(t.cells['zorg|groep'], 12, 1, 0);
    expectFigure(t.cells['zorg|individueel'], null, 0, 1);
    // transversal: no measures → every type missing
    expectFigure(t.cells['transversal|vorming'], null, 0, 1);
    // row totals: onderwijs 6+0+5 = 11; wonen 13+11+3 = 27; zorg 12+4 = 16 (1 missing); transversal null (3 missing)
    expectFigure(t.rowTotals!.onderwijs, 11, 3, 0);
    expectFigure(t.rowTotals!.wonen, 27, 6, 0);
    expectFigure(t.rowTotals!.zorg, 16, 2, 1);
    expectFigure(t.rowTotals!.transversal, null, 0, 3);
    // column totals: groep 6+13+12 = 31; individueel 0+11 = 11; vorming 5+3+4 = 12
    expectFigure(t.columnTotals!.groep, 31, 4, 1);
    expectFigure(t.columnTotals!.individueel, 11, 3, 2);
    expectFigure(t.columnTotals!.vorming, 12, 4, 1);
    // total: 31 + 11 + 12 = 54 = 11 + 27 + 16
    expectFigure(t.total, 54, 11, 4);

    const u = tableOf('rgi-2.3', 2022);
    // transversal: groep and individueel absent from the record → missing; vorming 2
    expectFigure(u.cells['transversal|groep'], null, 0, 1);
    expectFigure(u.rowTotals!.transversal, 2, 1, 2);
    // rows: onderwijs 7+2+6 = 15; wonen 8+6+3 = 17; zorg 15+5+4 = 24; transversal 2
    expectFigure(u.rowTotals!.zorg, 24, 3, 0);
    // columns: groep 7+8+15 = 30; individueel 2+6+5 = 13; vorming 6+3+4+2 = 15
    expectFigure(u.columnTotals!.groep, 30, 3, 1);
    expectFigure(u.columnTotals!.vorming, 15, 4, 0);
    // total: 15 + 17 + 24 + 2 = 58 = 30 + 13 + 15
    expectFigure(u.total, 58, 10, 2);
  });

  test('2.4 participations', () => {
    const t = tableOf('rgi-2.4', 2021);
    // wonen groep: 120 + 45 = 165; zorg groep null → missing; zorg individueel 30
    expectFigure(t.cells['wonen|groep'], 165, 2, 0);
    expectFigure(t.cells['zorg|groep'], null, 0, 1);
    // rows: onderwijs 70+0+40 = 110; wonen 165+11+42 = 218; zorg 30+25 = 55
    expectFigure(t.rowTotals!.onderwijs, 110, 3, 0);
    expectFigure(t.rowTotals!.wonen, 218, 6, 0);
    expectFigure(t.rowTotals!.zorg, 55, 2, 1);
    // columns: groep 70+165 = 235; individueel 0+11+30 = 41; vorming 40+42+25 = 107
    expectFigure(t.columnTotals!.groep, 235, 3, 2);
    expectFigure(t.columnTotals!.individueel, 41, 4, 1);
    expectFigure(t.columnTotals!.vorming, 107, 4, 1);
    // total: 235 + 41 + 107 = 383 = 110 + 218 + 55
    expectFigure(t.total, 383, 11, 4);

    const u = tableOf('rgi-2.4', 2022);
    // rows: onderwijs 80+2+50 = 132; wonen 90+6+25 = 121; zorg 150+5+30 = 185; transversal 20
    // columns: groep 80+90+150 = 320; individueel 2+6+5 = 13; vorming 50+25+30+20 = 125
    expectFigure(u.rowTotals!.wonen, 121, 3, 0);
    expectFigure(u.columnTotals!.groep, 320, 3, 1);
    expectFigure(u.columnTotals!.vorming, 125, 4, 0);
    // total: 132 + 121 + 185 + 20 = 458 = 320 + 13 + 125
    expectFigure(u.total, 458, 10, 2);
  });

  test('2.5-2.7 and 2.9: one column per theme', () => {
    // partners 2021: onderwijs 4; wonen 5 + 2 = 7; zorg 6; transversal missing → total 17
    expectFigure(cell('rgi-2.5', 2021, 'wonen'), 7, 2, 0);
    expectFigure(cell('rgi-2.5', 2021, 'transversal'), null, 0, 1);
    expectFigure(tableOf('rgi-2.5', 2021).total, 17, 4, 1);
    // partner contacts 2021: onderwijs 15; wonen 20 + 8 = 28; zorg null; transversal missing → 43
    expectFigure(cell('rgi-2.6', 2021, 'zorg'), null, 0, 1);
    expectFigure(tableOf('rgi-2.6', 2021).total, 43, 3, 2);
    // policy contacts 2021: 2 + (3 + 1) + 4 = 10
    expectFigure(tableOf('rgi-2.7', 2021).total, 10, 4, 1);
    // volunteers 2021: onderwijs 3; wonen 6 + 0 = 6; zorg null → 9
    expectFigure(cell('rgi-2.9', 2021, 'wonen'), 6, 2, 0);
    expectFigure(tableOf('rgi-2.9', 2021).total, 9, 3, 2);
    // 2022: partners 5+5+7+1 = 18; contacts 16+18+25+3 = 62; policy 3+2+5+0 = 10; volunteers 4+7+12+0 = 23
    expectFigure(tableOf('rgi-2.5', 2022).total, 18, 4, 0);
    expectFigure(tableOf('rgi-2.6', 2022).total, 62, 4, 0);
    expectFigure(tableOf('rgi-2.7', 2022).total, 10, 4, 0);
    expectFigure(tableOf('rgi-2.9', 2022).total, 23, 4, 0);
    expectFigure(cell('rgi-2.9', 2022, 'transversal'), 0, 1, 0);
  });

  test('2.8 policy dossiers: [] is a reported 0, absent is missing', () => {
    // onderwijs 1 (declared 1); wonen 2 + 0 = 2 (declared 2); zorg absent → missing; transversal 1
    expectFigure(cell('rgi-2.8', 2021, 'onderwijs'), 1, 1, 0);
    expect(cell('rgi-2.8', 2021, 'onderwijs')!.declared).toBe(1);
    expectFigure(cell('rgi-2.8', 2021, 'wonen'), 2, 2, 0);
    expect(cell('rgi-2.8', 2021, 'wonen')!.declared).toBe(2);
    expectFigure(cell('rgi-2.8', 2021, 'zorg'), null, 0, 1);
    expectFigure(cell('rgi-2.8', 2021, 'transversal'), 1, 1, 0);
    // total 1 + 2 + 1 = 4, declared 4
    expectFigure(tableOf('rgi-2.8', 2021).total, 4, 4, 1);
    expect(tableOf('rgi-2.8', 2021).total!.declared).toBe(4);
    // 2022: 2 + 1 + 3 + 0 = 6, declared 6
    expectFigure(tableOf('rgi-2.8', 2022).total, 6, 4, 0);
    expect(tableOf('rgi-2.8', 2022).total!.declared).toBe(6);
  });

  test('2.8: a part of a row the text states (atLeast) that the row cannot hold is a finding; the row stays as computed', () => {
    const withPart = (atLeast: number) =>
      sources.map((s) =>
        s.path === 'reports/2021/report.md'
          ? {
              ...s,
              text: s.text.replace(
                '      - theme: wonen\n        value: 2\n',
                `      - theme: wonen\n        value: 2\n        atLeast: ${atLeast}\n`,
              ),
            }
          : s,
      );
    const over = run(withPart(3));
    const found = over.diagnostics.filter((d) => d.code === 'compute/stated-part-exceeds');
    expect(found.map((d) => d.args)).toEqual([
      { table: 'rgi-2.8', measure: 'policyDossiers', theme: 'wonen', year: 2021, stated: 3, computed: 2, percent: false },
    ]);
    const text = withPart(3).find((s) => s.path === 'reports/2021/report.md')!.text;
    expect(found[0]).toMatchObject({ file: 'reports/2021/report.md', ...positionOf(text, 'atLeast', '3') });
    const row = over.indicators.tables.find((t) => t.id === 'rgi-2.8' && t.year === 2021)!.cells['wonen|'];
    expect(row).toMatchObject({ value: 2, declared: 2 });
    expect(run(withPart(2)).diagnostics.filter((d) => d.code === 'compute/stated-part-exceeds')).toEqual([]);
  });

  test('2.10 communication actions: the list length against the stated count', () => {
    expect(tableOf('rgi-2.10', 2021).total).toEqual({ value: 3, reported: 1, missing: 0, declared: 3 });
    // 2022 states a count but no list: nothing computed, nothing compared
    expect(tableOf('rgi-2.10', 2022).total).toEqual({ value: null, reported: 0, missing: 1, declared: 5 });
  });

  test('2.11 local funding per source label', () => {
    const t = tableOf('rgi-2.11', 2021);
    expect(t.rowKind).toBe('source');
    expect(t.rows).toEqual(['Provincie Limburg', 'Stad Genk', 'Stad Hasselt']);
    expectFigure(t.cells['Provincie Limburg|'], 2500.5, 1, 0);
    // Stad Genk: 10000 + 1500 = 11500, declared 11500 (organisation-wide)
    expectFigure(t.cells['Stad Genk|'], 11500, 2, 0);
    expect(t.cells['Stad Genk|']!.declared).toBe(11500);
    // Stad Hasselt: 8000 + null → 8000, 1 missing
    expectFigure(t.cells['Stad Hasselt|'], 8000, 1, 1);
    // total: 2500.5 + 11500 + 8000 = 22000.5; missing: the null amount + t-expertise without localFunding = 2
    expectFigure(t.total, 22000.5, 4, 2);

    const u = tableOf('rgi-2.11', 2022);
    expect(u.rows).toEqual(['Stad Genk', 'Stad Hasselt', 'Vlaamse overheid']);
    // 12000 + 9000 + 5000 = 26000; t-expertise's [] is reported as none, so nothing is missing
    expectFigure(u.total, 26000, 3, 0);
    // the declared amount for one theme has no cell in this table
    expect(u.cells['Vlaamse overheid|']!.declared).toBeUndefined();
  });

  test('2.12 and 2.13 are stated only', () => {
    expect(tableOf('rgi-2.12', 2021).extras).toEqual({
      total: { value: null, reported: 0, missing: 0, declared: 120 },
      informal: { value: null, reported: 0, missing: 0, declared: 30 },
      participants: { value: null, reported: 0, missing: 0, declared: 9 },
    });
    const s = tableOf('rgi-2.13', 2021);
    expect(s.rows).toEqual(['minder dan 5 jaar', '5 jaar of meer']);
    expect(s.cells['5 jaar of meer|']).toEqual({ value: null, reported: 0, missing: 0, declared: 6 });
    expect(s.extras).toEqual({
      average: { value: null, reported: 0, missing: 0, declared: 8.5 },
      headcount: { value: null, reported: 0, missing: 0, declared: 10 },
    });
    expect(tableOf('rgi-2.12', 2022).extras).toEqual({});
  });

  test('staffing: row totals and shares, column totals', () => {
    const [s] = indicators.staffing;
    expect(s!.id).toBe('personeelsinzet');
    // Wonen: 2.5 + 1.0 = 3.5; 2.5 / 3.5 × 100 = 71.428…
    expectFigure(s!.rows[0]!.total, 3.5, 2, 0);
    expectFigure(s!.rows[0]!.decreeShare, (2.5 / 3.5) * 100, 2, 0);
    expect(s!.rows[0]!.theme).toBe('wonen');
    // Overhead: no goal, no theme
    expect(s!.rows[3]).not.toHaveProperty('theme');
    // decree 2.5 + 1.8 + 2.0 + 0.7 = 7.0; other 1.0 + 0 + 1.5 + 0.3 = 2.8; total 9.8 (declared 9.9); 7 / 9.8 = 71.43 %
    expectFigure(s!.totals.decree, 7, 4, 0);
    expectFigure(s!.totals.other, 2.8, 4, 0);
    expectFigure(s!.totals.total, 9.8, 8, 0);
    expect(s!.totals.total.declared).toBe(9.9);
    expectFigure(s!.totals.decreeShare, (7 / 9.8) * 100, 8, 0);
  });

  test('extension request: Σ items (the included part is not added)', () => {
    // 1 + 2 + 0.5 = 3.5, declared 3.5
    expect(indicators.extensionRequests).toEqual([
      { id: 'uitbreidingsvraag', total: { value: 3.5, reported: 3, missing: 0, declared: 3.5 } },
    ]);
  });

  test('budget subtotals per year; a null line makes the affected subtotals null', () => {
    const [b] = indicators.budgets;
    expect(b!.years).toEqual([2021, 2022, 2023]);
    const v = (k: string, y: string) => b!.subtotals[k]![y]!.value;
    // 2021: income 10000 + 500000 = 510000; margin − 60000 = 450000; operating − 420000 − 5000 − 2000 = 23000;
    // financial 300 − 800 = −500; ordinary 22500; exceptional 1000 − 500 = 500; result 23000
    expect(
      ['operating-income', 'gross-margin', 'operating-result', 'financial-result', 'ordinary-result', 'exceptional-result', 'result'].map(
        (k) => v(k, '2021'),
      ),
    ).toEqual([510000, 450000, 23000, -500, 22500, 500, 23000]);
    // 2022: 522000; 460000; 460000 − 437000 = 23000; 400 − 900 = −500; 22500; 0 − 200 = −200; 22300 (declared 22500)
    expect(
      ['operating-income', 'gross-margin', 'operating-result', 'financial-result', 'ordinary-result', 'exceptional-result', 'result'].map(
        (k) => v(k, '2022'),
      ),
    ).toEqual([522000, 460000, 23000, -500, 22500, -200, 22300]);
    expect(b!.subtotals.result!['2022']!.declared).toBe(22500);
    // 2023: goods-and-services is null and exceptional costs have no value: only income and financial result remain
    expect(
      ['operating-income', 'gross-margin', 'operating-result', 'financial-result', 'ordinary-result', 'exceptional-result', 'result'].map(
        (k) => v(k, '2023'),
      ),
    ).toEqual([532000, null, null, -500, null, null, null]);
    // result 2023: 10 lines, 8 with a value, 2 without; declared null (stated as not reported)
    expect(b!.subtotals.result!['2023']).toEqual({ value: null, reported: 8, missing: 2, declared: null });
    // gross margin 2023: 2 income lines reported, goods null; declared 470000 stays beside a null computation
    expect(b!.subtotals['gross-margin']!['2023']).toEqual({ value: null, reported: 2, missing: 1, declared: 470000 });
    // not declared at all: no `declared` key
    expect(b!.subtotals['financial-result']!['2021']).not.toHaveProperty('declared');
  });

  test('attendance: Σ meetings of the regions that name the source', () => {
    // noord 40 + zuid 35 = 75, declared 75
    expect(indicators.attendance).toEqual([{ source: 'welzijnsrondes', total: { value: 75, reported: 2, missing: 0, declared: 75 } }]);
  });

  test('targets attach to the matching figures', () => {
    expect(cell('rgi-2.3', 2021, 'wonen', 'groep')).toMatchObject({ value: 13, baseline: 10, target: 12 });
    expect(cell('rgi-2.5', 2022, 'onderwijs')).toMatchObject({ value: 5, target: 6 });
    expect(cell('rgi-2.5', 2022, 'onderwijs')).not.toHaveProperty('baseline');
    expect(tableOf('rgi-2.2', 2022).extras!.total).toMatchObject({ value: 8.2, baseline: 8.55, target: 9 });
    expect(tableOf('rgi-2.4', 2022).columnTotals!.vorming).toMatchObject({ value: 125, target: 130 });
    expect(cell('rgi-2.1', 2021, '2021', 'fte')).toMatchObject({ value: 7.3, baseline: 7 });
    expect(tableOf('rgi-2.1', 2022).extras!.average).toMatchObject({ target: 7.5 });
    // nothing else carries a target
    const withTarget = indicators.tables.flatMap((t) =>
      [
        ...Object.values(t.cells),
        ...Object.values(t.rowTotals ?? {}),
        ...Object.values(t.columnTotals ?? {}),
        ...Object.values(t.extras ?? {}),
        ...(t.total ? [t.total] : []),
      ].filter((f) => f.target !== undefined || f.baseline !== undefined),
    );
    expect(withTarget).toHaveLength(6);
  });

  test('exactly the deliberate differences are reported, at the declared node', () => {
    const text = (file: string) => sources.find((s) => s.path === file)!.text;
    const at = (file: string, marker: string, target: string) => ({ file, ...positionOf(text(file), marker, target) });
    const pick = (d: RawDiagnostic) => ({ code: d.code, args: d.args, file: d.file, line: d.line, column: d.column });
    expect(diagnostics.map(pick)).toEqual([
      {
        code: 'compute/declared-differs',
        // 2022: ordinary 22500 + exceptional −200 = 22300
        args: { table: 'budget', measure: 'result', year: 2022, stated: 22500, computed: 22300, percent: false },
        ...at('budget.yaml', '  result: {', '22500'),
      },
      {
        code: 'compute/declared-differs',
        args: { table: 'rgi-2.2', measure: 'fte', theme: 'zorg', year: 2021, stated: 3.5, computed: 3, percent: false },
        ...at('reports/2021/report.md', '- theme: zorg', '3.5'),
      },
      {
        code: 'compute/declared-differs',
        // 3.5 + 1.8 + 3.5 + 1.0 = 9.8
        args: { table: 'staffing', measure: 'total', stated: 9.9, computed: 9.8, percent: false },
        ...at('staffing.yaml', '  total: 9.9', '9.9'),
      },
    ]);
  });
});

describe('targets and diagnostics on edited content', () => {
  const withFile = (file: string, text: string) =>
    [...loadFixture(DIR).filter((s) => s.path !== file), { path: file, text }].sort((a, b) => (a.path < b.path ? -1 : 1));

  test('an unknown indicator is an error at its node; an unmatched row a warning', () => {
    const text = [
      'kind: targets',
      'id: extra-targets',
      'items:',
      '  - indicator: rgi-2.14',
      '    year: 2021',
      '    target: 1',
      '  - indicator: rgi-2.5',
      '    row: wonne',
      '    year: 2021',
      '    target: 8',
      '  - indicator: rgi-2.3',
      '    row: wonen',
      '    column: sport',
      '    year: 2022',
      '    target: 8',
      '',
    ].join('\n');
    const r = run(withFile('extra-targets.yaml', text));
    expect(r.compiled.diagnostics).toEqual([]);
    const mine = r.diagnostics
      .filter((d) => d.file === 'extra-targets.yaml')
      .map((d) => ({ code: d.code, args: d.args, line: d.line, column: d.column }));
    expect(mine).toEqual([
      { code: 'compute/unknown-target', args: { indicator: 'rgi-2.14' }, line: 4, column: 16 },
      { code: 'compute/target-unmatched', args: { indicator: 'rgi-2.5', year: 2021, row: 'wonne', column: '' }, line: 8, column: 10 },
      { code: 'compute/target-unmatched', args: { indicator: 'rgi-2.3', year: 2022, row: 'wonen', column: 'sport' }, line: 12, column: 10 },
    ]);
  });

  test('a difference in a percentage is reported with its unit, beyond 0.05 only', () => {
    const file = 'reports/2021/report.md';
    const original = loadFixture(DIR).find((s) => s.path === file)!.text;
    // computed share 59.064…: 59.1 is within 0.05, 59.2 is not
    const r = run(withFile(file, original.replace('targetGroupShare: 59.1', 'targetGroupShare: 59.2')));
    const d = r.diagnostics.filter((x) => x.file === file && x.code === 'compute/declared-differs' && x.args.percent);
    expect(d.map((x) => x.args)).toEqual([
      { table: 'rgi-2.2', measure: 'targetGroupShare', year: 2021, stated: 59.2, computed: 59.06, percent: true },
    ]);
    expect(localize(d[0]!, 'en').message).toBe(
      'RGI 2.2 share working with the target group: the source states 59.2 %, the inputs give 59.06 %.',
    );
    expect(localize(d[0]!, 'nl').message).toBe(
      'RGI 2.2 aandeel dat met de doelgroep werkt: de bron vermeldt 59,2 %, de invoer geeft 59,06 %.',
    );
  });

  test('a progress entry without measures adds missing inputs, never 0', () => {
    const extra = [
      '---',
      'kind: progress',
      'id: vr-2022-a-energie',
      'project: a-energie',
      'year: 2022',
      'theme: wonen',
      'ratings: { cooperation: not-stated, politicalResults: not-stated, participation: not-stated }',
      'status: not-stated',
      '---',
      '',
    ].join('\n');
    const r = run(withFile('reports/2022/progress/a-energie.md', extra));
    expect(r.compiled.diagnostics).toEqual([]);
    const t = r.indicators.tables.find((x) => x.id === 'rgi-2.5' && x.year === 2022)!;
    // wonen stays 5 (a-huur), now with one missing input; the total stays 18 with one missing
    expect(t.cells['wonen|']).toEqual({ value: 5, reported: 1, missing: 1 });
    expect(t.total).toEqual({ value: 18, reported: 4, missing: 1 });
  });

  test('a progress file that cannot be read silences the comparisons of sums over progress', () => {
    const file = 'reports/2021/progress/a-huur.md';
    const original = loadFixture(DIR).find((s) => s.path === file)!.text;
    const r = run(withFile(file, original.replace('status: on-schedule', 'status: bijna-klaar')));
    expect(r.compiled.diagnostics.map((d) => d.code)).toEqual(['schema/invalid-value']);
    // wonen would now be 1.25 against a stated 3.75, but a guess is not a finding; the other tables still compare
    expect(r.diagnostics.map((d) => localize(d, 'en').message.split(':')[0])).toEqual(['Budget result 2022', 'Staffing grand total']);
  });

  test('deterministic: the same content gives the same indicators and diagnostics', () => {
    const a = run(loadFixture(DIR));
    const b = run([...loadFixture(DIR)].reverse());
    expect(JSON.stringify(b.indicators)).toBe(JSON.stringify(a.indicators));
    expect(b.diagnostics).toEqual(a.diagnostics);
  });
});
