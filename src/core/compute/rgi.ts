/**
 * The RGI tables 2.1-2.13 of one report year: sums of the per-project measures of that year's progress entries,
 * with the figures the report declares beside them. See index.ts for the semantics.
 */

import { diag, type RawDiagnostic } from '../diagnostics/index.js';
import { pushTo } from '../group.js';
import type { Doc, LinkContext } from '../link/model.js';
import type { PathSegment } from '../parse.js';
import { byItemOrderThenId } from '../sort.js';
import { TRANSVERSAL, themeSequence } from '../themes.js';
import { byCodeUnit, check, combine, declaredOnly, derived, type Input, share, sum, withDeclared } from './figures.js';
import type { Figure, IndicatorTable, Unit } from './types.js';

export { TRANSVERSAL };

type Progress = Doc<'progress'>;
type Report = Doc<'report'>;
type Measures = NonNullable<Progress['data']['measures']>;

/** Everything one year's tables are computed from. */
interface Scope {
  ctx: LinkContext;
  year: number;
  report: Report | undefined;
  /** Progress entries of the year, in file order. */
  entries: Progress[];
  out: RawDiagnostic[];
  /**
   * Where comparisons of figures computed from progress entries go: nowhere when some document could not be read
   * as progress (its figures would be missing from the sums, and a difference would be a guess).
   */
  progressOut: RawDiagnostic[];
}

const themeOf = (p: Progress): string => p.data.theme ?? TRANSVERSAL;
const sortByOrderThenId = <T extends { id: string; order?: number | undefined }>(xs: readonly T[]): T[] => [...xs].sort(byItemOrderThenId);

/**
 * Theme rows: the plan's themes by `order`, then any other theme id seen (sorted), then `transversal` when
 * something is counted under it.
 */
function themeRows(scope: Scope, alsoSeen: readonly string[] = []): string[] {
  return themeSequence(scope.ctx.plan?.data.themes ?? [], [...scope.entries.map(themeOf), ...alsoSeen]);
}

/** Activity type columns: the plan's types by `order`, then any other type id the year's measures use (sorted). */
function activityColumns(scope: Scope): string[] {
  const cols = [...new Set(sortByOrderThenId(scope.ctx.plan?.data.activityTypes ?? []).map((t) => t.id))];
  const known = new Set(cols);
  const seen = new Set<string>();
  for (const p of scope.entries) {
    for (const key of Object.keys(p.data.measures?.activities ?? {})) seen.add(key);
    for (const key of Object.keys(p.data.measures?.participations ?? {})) seen.add(key);
  }
  cols.push(...[...seen].filter((id) => !known.has(id)).sort(byCodeUnit));
  return cols;
}

/** Progress entries per theme row (file order within a row). */
function entriesByTheme(scope: Scope): Map<string, Progress[]> {
  const m = new Map<string, Progress[]>();
  for (const p of scope.entries) {
    const list = m.get(themeOf(p)) ?? [];
    list.push(p);
    m.set(themeOf(p), list);
  }
  return m;
}

const key = (row: string, column = '') => `${row}|${column}`;

function table(
  scope: Scope,
  id: string,
  unit: Unit,
  rowKind: IndicatorTable['rowKind'],
  rows: string[],
  columns?: { kind: NonNullable<IndicatorTable['columnKind']>; ids: string[] },
): IndicatorTable {
  // Key order = the order of the type, so exported JSON reads naturally.
  return {
    id,
    number: id.replace(/^rgi-/, ''),
    year: scope.year,
    unit,
    rowKind,
    ...(columns ? { columnKind: columns.kind } : {}),
    rows,
    ...(columns ? { columns: columns.ids } : {}),
    cells: {},
  };
}

/** Locate a node of the year's report (only called when a report exists, i.e. when something was declared). */
const at = (scope: Scope, path: PathSegment[]) => () => scope.report!.locate(['declared', ...path]);

/** A one-column table of a per-entry measure summed per theme, with the total. */
function perThemeTable(scope: Scope, id: string, unit: Unit, get: (p: Progress) => Input, rows = themeRows(scope)): IndicatorTable {
  const t = table(scope, id, unit, 'theme', rows);
  const groups = entriesByTheme(scope);
  for (const row of rows) t.cells[key(row)] = sum((groups.get(row) ?? []).map(get));
  t.total = combine(rows.map((row) => t.cells[key(row)]!));
  return t;
}

/** 2.1 Decree staffing: the stated yearly FTE, their mean against the norm. */
function rgi21(scope: Scope): IndicatorTable {
  const declared = scope.report?.data.declared?.staffing;
  const years = declared?.years ?? [];
  const rows = [...new Set(years.map((y) => String(y.year)))];
  const t = table(scope, 'rgi-2.1', 'fte', 'year', rows, { kind: 'measure', ids: ['fte', 'socialMaribel'] });
  for (const row of rows) {
    const y = years.find((r) => String(r.year) === row)!;
    t.cells[key(row, 'fte')] = sum([y.fte]);
    t.cells[key(row, 'socialMaribel')] = sum([y.socialMaribel]);
  }
  const fte = rows.map((row) => t.cells[key(row, 'fte')]!);
  const total = combine(fte);
  const averageValue = total.value === null ? null : total.value / total.reported;
  const norm = declaredOnly(declared?.norm);
  const average = withDeclared(derived(averageValue, fte), declared?.threeYearAverage);
  const normValue = declared?.norm ?? null;
  const surplus = withDeclared(
    derived(averageValue !== null && normValue !== null ? averageValue - normValue : null, fte),
    declared?.surplus,
  );
  t.extras = { norm, average, surplus };
  check(scope.out, average, { table: 'rgi-2.1', measure: 'threeYearAverage' }, scope.year, at(scope, ['staffing', 'threeYearAverage']));
  check(scope.out, surplus, { table: 'rgi-2.1', measure: 'surplus' }, scope.year, at(scope, ['staffing', 'surplus']));
  return t;
}

/** 2.2 FTE per theme, and the share working directly with the target group. */
function rgi22(scope: Scope): IndicatorTable {
  const declared = scope.report?.data.declared?.fte;
  const byTheme = (declared?.byTheme ?? []).map((d, index) => ({ ...d, index })).filter((d) => d.year === scope.year);
  const rows = themeRows(
    scope,
    byTheme.map((d) => d.theme),
  );
  const t = table(scope, 'rgi-2.2', 'fte', 'theme', rows, { kind: 'measure', ids: ['fte', 'fteDirect'] });
  const groups = entriesByTheme(scope);
  for (const row of rows) {
    const entries = groups.get(row) ?? [];
    const stated = byTheme.find((d) => d.theme === row);
    const fte = withDeclared(sum(entries.map((p) => p.data.measures?.fte)), stated?.value);
    t.cells[key(row, 'fte')] = fte;
    t.cells[key(row, 'fteDirect')] = sum(entries.map((p) => p.data.measures?.fteDirect));
    if (stated)
      check(
        scope.progressOut,
        fte,
        { table: 'rgi-2.2', measure: 'fte', theme: row },
        scope.year,
        at(scope, ['fte', 'byTheme', stated.index, 'value']),
      );
  }
  const fte = combine(rows.map((row) => t.cells[key(row, 'fte')]!));
  const direct = combine(rows.map((row) => t.cells[key(row, 'fteDirect')]!));
  t.columnTotals = { fte, fteDirect: direct };
  const total = withDeclared(fte, declared?.total?.[String(scope.year)]);
  const targetGroup = withDeclared(share(direct, fte), declared?.targetGroupShare);
  t.extras = { total, direct: { ...direct }, share: targetGroup };
  check(scope.progressOut, total, { table: 'rgi-2.2', measure: 'total' }, scope.year, at(scope, ['fte', 'total', String(scope.year)]));
  check(
    scope.progressOut,
    targetGroup,
    { table: 'rgi-2.2', measure: 'targetGroupShare' },
    scope.year,
    at(scope, ['fte', 'targetGroupShare']),
  );
  return t;
}

/** 2.3 activities and 2.4 participations: theme × activity type. */
function perThemeAndType(scope: Scope, id: string, measure: 'activities' | 'participations'): IndicatorTable {
  const rows = themeRows(scope);
  const columns = activityColumns(scope);
  const t = table(scope, id, 'count', 'theme', rows, { kind: 'activity-type', ids: columns });
  const groups = entriesByTheme(scope);
  for (const row of rows) {
    const entries = groups.get(row) ?? [];
    for (const col of columns) t.cells[key(row, col)] = sum(entries.map((p) => p.data.measures?.[measure]?.[col]));
  }
  t.rowTotals = Object.fromEntries(rows.map((row) => [row, combine(columns.map((col) => t.cells[key(row, col)]!))]));
  t.columnTotals = Object.fromEntries(columns.map((col) => [col, combine(rows.map((row) => t.cells[key(row, col)]!))]));
  t.total = combine(Object.values(t.cells));
  return t;
}

/** 2.8 Policy dossiers per theme: the number of dossiers an entry lists ([] is 0; absent is not reported). */
function rgi28(scope: Scope): IndicatorTable {
  const declared = scope.report?.data.declared?.policyDossiers;
  const byTheme = (declared?.byTheme ?? []).map((d, index) => ({ ...d, index }));
  const t = perThemeTable(
    scope,
    'rgi-2.8',
    'count',
    (p) => p.data.dossiers?.length,
    themeRows(
      scope,
      byTheme.map((d) => d.theme),
    ),
  );
  for (const row of t.rows) {
    const stated = byTheme.find((d) => d.theme === row);
    if (!stated) continue;
    const cell = withDeclared(t.cells[key(row)]!, stated.value);
    t.cells[key(row)] = cell;
    atLeast(scope, cell, stated, row);
    check(
      scope.progressOut,
      cell,
      { table: 'rgi-2.8', measure: 'policyDossiers', theme: row },
      scope.year,
      at(scope, ['policyDossiers', 'byTheme', stated.index, 'value']),
    );
  }
  t.total = withDeclared(t.total!, declared?.total);
  check(scope.progressOut, t.total, { table: 'rgi-2.8', measure: 'total' }, scope.year, at(scope, ['policyDossiers', 'total']));
  return t;
}

/** A part of the row the text states (`atLeast`) that the computed figure cannot hold: the source disagrees with itself. */
function atLeast(scope: Scope, cell: Figure, stated: { atLeast?: number | null | undefined; index: number }, theme: string): void {
  if (stated.atLeast === undefined || stated.atLeast === null || cell.value === null || cell.value >= stated.atLeast) return;
  const args = { table: 'rgi-2.8' as const, measure: 'policyDossiers' as const, theme, year: scope.year, stated: stated.atLeast };
  const where = at(scope, ['policyDossiers', 'byTheme', stated.index, 'atLeast']);
  scope.progressOut.push(diag('compute/stated-part-exceeds', { ...args, computed: cell.value, percent: false }, where()));
}

/** 2.10 Communication actions: the length of the report's dated list against the number it states. */
function rgi210(scope: Scope): IndicatorTable {
  const d = scope.report?.data.declared;
  const list = d?.communicationActions;
  const t = table(scope, 'rgi-2.10', 'count', 'item', []);
  const counted = list === undefined ? { value: null, reported: 0, missing: 1 } : { value: list.length, reported: 1, missing: 0 };
  t.total = withDeclared(counted, d?.communicationActionsCount);
  check(scope.out, t.total, { table: 'rgi-2.10', measure: 'communicationActions' }, scope.year, at(scope, ['communicationActionsCount']));
  return t;
}

/**
 * 2.11 Local funding per source label (sorted). An entry whose `localFunding` is absent adds one missing input to
 * the total (which source it would be under is unknown). A declared amount without a theme is the stated figure of
 * its source row; declared amounts for one theme have no cell in this table and are not compared.
 */
function rgi211(scope: Scope): IndicatorTable {
  const declared = (scope.report?.data.declared?.localFunding ?? []).map((d, index) => ({ ...d, index }));
  const perSource = new Map<string, Input[]>();
  let unknown = 0;
  for (const p of scope.entries) {
    const lines = p.data.measures?.localFunding;
    if (lines === undefined) unknown++;
    for (const line of lines ?? []) pushTo(perSource, line.source, line.amount);
  }
  const orgWide = declared.filter((d) => d.theme === undefined);
  const rows = [...new Set([...perSource.keys(), ...orgWide.map((d) => d.source)])].sort(byCodeUnit);
  const t = table(scope, 'rgi-2.11', 'eur', 'source', rows);
  for (const row of rows) {
    const stated = orgWide.find((d) => d.source === row);
    const cell = withDeclared(sum(perSource.get(row) ?? []), stated?.amount);
    t.cells[key(row)] = cell;
    if (stated)
      check(
        scope.progressOut,
        cell,
        { table: 'rgi-2.11', measure: 'localFunding', source: row },
        scope.year,
        at(scope, ['localFunding', stated.index, 'amount']),
      );
  }
  const total = combine(rows.map((row) => t.cells[key(row)]!));
  t.total = { ...total, missing: total.missing + unknown };
  return t;
}

/** 2.12 Training hours: stated only. */
function rgi212(scope: Scope): IndicatorTable {
  const d = scope.report?.data.declared?.trainingHours;
  const t = table(scope, 'rgi-2.12', 'hours', 'item', []);
  t.extras = {};
  for (const k of ['total', 'informal', 'participants', 'previousTotal', 'perFte'] as const) {
    if (d && d[k] !== undefined) t.extras[k] = declaredOnly(d[k]);
  }
  return t;
}

/** 2.13 Seniority: stated only; the bands as rows. */
function rgi213(scope: Scope): IndicatorTable {
  const d = scope.report?.data.declared?.seniority;
  const bands = d?.bands ?? [];
  const rows = [...new Set(bands.map((b) => b.label))];
  const t = table(scope, 'rgi-2.13', 'years', 'band', rows);
  for (const row of rows) t.cells[key(row)] = declaredOnly(bands.find((b) => b.label === row)!.count);
  t.extras = {};
  for (const k of ['average', 'averageExcludingTemporary', 'previousAverage', 'headcount'] as const) {
    if (d && d[k] !== undefined) t.extras[k] = declaredOnly(d[k]);
  }
  return t;
}

const measure = (k: keyof Pick<Measures, 'partners' | 'partnerContacts' | 'policyContacts' | 'volunteers'>) => (p: Progress) =>
  p.data.measures?.[k];

/** All thirteen tables of one report year, ordered by number. */
export function rgiTables(ctx: LinkContext, year: number, out: RawDiagnostic[]): IndicatorTable[] {
  const scope: Scope = {
    ctx,
    year,
    report: ctx.reports.find((r) => r.data.year === year),
    entries: ctx.progress.filter((p) => p.data.year === year),
    out,
    progressOut: ctx.incomplete.has('progress') || ctx.incomplete.has('unknown') ? [] : out,
  };
  const tables = [
    rgi21(scope),
    rgi22(scope),
    perThemeAndType(scope, 'rgi-2.3', 'activities'),
    perThemeAndType(scope, 'rgi-2.4', 'participations'),
    perThemeTable(scope, 'rgi-2.5', 'count', measure('partners')),
    perThemeTable(scope, 'rgi-2.6', 'count', measure('partnerContacts')),
    perThemeTable(scope, 'rgi-2.7', 'count', measure('policyContacts')),
    rgi28(scope),
    perThemeTable(scope, 'rgi-2.9', 'count', measure('volunteers')),
    rgi210(scope),
    rgi211(scope),
    rgi212(scope),
    rgi213(scope),
  ];
  const lost = new Map((scope.report?.data.unavailable ?? []).map((u) => [u.part as string, u]));
  for (const t of tables) {
    const u = lost.get(t.id);
    if (u) t.unavailable = { reason: u.reason, note: u.note, ...(u.source !== undefined ? { source: u.source } : {}) };
  }
  return tables;
}
