/**
 * The computed figures (src/core/compute) of two versions, figure by figure: the indicator cells, row and column
 * totals, totals and extras of every report year; staffing, extension request and budget subtotals; attendance.
 * A figure whose value moved is listed with the entity changes that feed it — the inputs that moved it.
 */
import type { Figure, Indicators } from '../compute/types.js';
import type { Location } from '../diagnostics/index.js';
import { sortBy } from '../sort.js';
import type { EntityChange, FigureChange, FigureInput, FigureRef, Shown } from './types.js';

/** What the inputs' rule needs to know of a document: its kind, and the year, theme or source it counts under. */
export interface Facts {
  kind: string;
  year?: number;
  theme?: string;
  source?: string;
  at: Location;
}

interface Flat {
  ref: FigureRef;
  value: number | null;
}

function flatten(ind: Indicators): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const put = (key: string, ref: FigureRef, f: Figure | undefined) => {
    if (f) out.set(key, { ref, value: f.value });
  };
  for (const t of ind.tables) {
    const k = `indicator/${t.year}/${t.id}`;
    const ref = { source: 'indicator' as const, table: t.id, number: t.number, year: t.year };
    for (const [cell, f] of Object.entries(t.cells)) {
      const [row = '', column = ''] = cell.split('|');
      put(`${k}/cell/${cell}`, { ...ref, cell: 'cell', row, ...(column ? { column } : {}) }, f);
    }
    for (const [row, f] of Object.entries(t.rowTotals ?? {})) put(`${k}/row/${row}`, { ...ref, cell: 'row-total', row }, f);
    for (const [column, f] of Object.entries(t.columnTotals ?? {}))
      put(`${k}/column/${column}`, { ...ref, cell: 'column-total', column }, f);
    put(`${k}/total`, { ...ref, cell: 'total' }, t.total);
    for (const [name, f] of Object.entries(t.extras ?? {})) put(`${k}/extra/${name}`, { ...ref, cell: 'extra', name }, f);
  }
  for (const s of ind.staffing) {
    for (const r of s.rows) {
      put(`staffing/${s.id}/${r.label}/total`, { source: 'staffing', id: s.id, row: r.label, measure: 'total' }, r.total);
      put(`staffing/${s.id}/${r.label}/decreeShare`, { source: 'staffing', id: s.id, row: r.label, measure: 'decreeShare' }, r.decreeShare);
    }
    for (const [measure, f] of Object.entries(s.totals))
      put(`staffing/${s.id}/totals/${measure}`, { source: 'staffing', id: s.id, measure }, f);
  }
  for (const e of ind.extensionRequests) put(`extension-request/${e.id}`, { source: 'extension-request', id: e.id }, e.total);
  for (const b of ind.budgets)
    for (const [subtotal, years] of Object.entries(b.subtotals))
      for (const [year, f] of Object.entries(years))
        put(`budget/${b.id}/${subtotal}/${year}`, { source: 'budget', id: b.id, subtotal, year }, f);
  for (const a of ind.attendance) put(`attendance/${a.source}`, { source: 'attendance', id: a.source }, a.total);
  return out;
}

/** Tables whose rows are themes: a theme row counts the entries of its theme (without one: transversal). */
const THEME_TABLES = /^rgi-2\.[2-9]$/;

/** Whether a changed document feeds the figure: by id for the plan's tables, by year (and theme) for the report's. */
function feeds(ref: FigureRef, id: string, facts: Facts | undefined): boolean {
  if (ref.source !== 'indicator')
    return ref.id === id || (ref.source === 'attendance' && facts?.kind === 'region' && facts.source === ref.id);
  if (facts?.year !== ref.year) return false;
  if (facts.kind === 'report') return true;
  if (facts.kind !== 'progress') return false;
  const row = ref.cell === 'cell' || ref.cell === 'row-total' ? ref.row : undefined;
  return row === undefined || !THEME_TABLES.test(ref.table) || (facts.theme ?? 'transversal') === row;
}

const firstField = (shown: Shown[]) => (shown[0] && 'field' in shown[0] ? shown[0].field : '');
/** The fields of a document that can move a figure (its other fields, a status or a title, cannot). */
const FIGURE_FIELDS: Record<string, readonly string[]> = {
  progress: ['measures', 'dossiers', 'theme', 'year'],
  report: ['declared', 'year'],
  region: ['meetings', 'source'],
  budget: ['lines'],
};

function moves(ref: FigureRef, shown: Shown[]): boolean {
  // A budget's subtotal of one year moves with that year's values, or with a line added, removed or regrouped.
  if (ref.source === 'budget' && shown.some((s) => 'field' in s && s.field === 'values'))
    return shown.some((s) => 'field' in s && s.field === ref.year);
  return true;
}

function inputsOf(ref: FigureRef, changes: readonly EntityChange[], facts: ReadonlyMap<string, Facts>): FigureInput[] {
  return changes.flatMap((c) => {
    if (!feeds(ref, c.id, facts.get(c.id))) return [];
    const relevant = FIGURE_FIELDS[c.kind];
    const fields = c.fields.filter((x) => (!relevant || relevant.includes(firstField(x.shown))) && moves(ref, x.shown)).map((x) => x.shown);
    if (c.change === 'changed' && fields.length === 0) return [];
    return [{ kind: c.kind, id: c.id, fields, at: c.at }];
  });
}

export function figureChanges(
  base: Indicators,
  head: Indicators,
  changes: readonly EntityChange[],
  facts: ReadonlyMap<string, Facts>,
): FigureChange[] {
  const before = flatten(base);
  const after = flatten(head);
  const out: FigureChange[] = [];
  for (const key of new Set([...after.keys(), ...before.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    const was = b?.value ?? null;
    const is = a?.value ?? null;
    if (was === is) continue;
    const ref = (a ?? b)!.ref;
    const inputs = inputsOf(ref, changes, facts);
    out.push({ key, ref, before: was, after: is, inputs, ...(inputs[0] ? { at: inputs[0].at } : {}) });
  }
  return sortBy(out, (f) => f.key);
}
