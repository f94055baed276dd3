/**
 * The plan's data tables: staffing, extension request, budgets, and the attendance of the region meetings.
 * Each computes what the source prints as a total and compares. See index.ts for the semantics.
 */
import type { RawDiagnostic } from '../diagnostics/index.js';
import type { Doc, LinkContext } from '../link/model.js';
import { BUDGET_SUBTOTALS } from '../schema/tables.js';
import { byOrderThenId, sortBy } from '../sort.js';
import { byCodeUnit, check, combine, derived, type Input, sum, withDeclared } from './figures.js';
import type { BudgetFigures, Figure, StaffingFigures } from './types.js';

/** decree / (decree + other) × 100, carrying the inputs of both. */
const decreeShare = (decree: Figure, other: Figure): Figure => {
  const total = combine([decree, other]);
  return derived(decree.value !== null && total.value ? (decree.value / total.value) * 100 : null, [decree, other]);
};

export function staffingFigures(doc: Doc<'staffing'>, out: RawDiagnostic[]): StaffingFigures {
  const rows = doc.data.rows.map((r, i) => {
    const decree = sum([r.decree]);
    const other = sum([r.other]);
    const total = withDeclared(combine([decree, other]), r.declaredTotal);
    const share = withDeclared(decreeShare(decree, other), r.declaredDecreeShare);
    check(out, total, { table: 'staffing', measure: 'total', row: r.label }, undefined, () => doc.locate(['rows', i, 'declaredTotal']));
    check(out, share, { table: 'staffing', measure: 'decreeShare', row: r.label }, undefined, () =>
      doc.locate(['rows', i, 'declaredDecreeShare']),
    );
    return {
      label: r.label,
      ...(r.goal !== undefined ? { goal: r.goal } : {}),
      ...(r.theme !== undefined ? { theme: r.theme } : {}),
      decree: r.decree,
      other: r.other,
      total,
      decreeShare: share,
    };
  });
  const stated = doc.data.declaredTotals;
  const decreeSum = sum(doc.data.rows.map((r) => r.decree));
  const otherSum = sum(doc.data.rows.map((r) => r.other));
  const totals = {
    decree: withDeclared(decreeSum, stated?.decree),
    other: withDeclared(otherSum, stated?.other),
    total: withDeclared(combine([decreeSum, otherSum]), stated?.total),
    decreeShare: withDeclared(decreeShare(decreeSum, otherSum), stated?.decreeShare),
  };
  const at = (k: string) => () => doc.locate(['declaredTotals', k]);
  check(out, totals.decree, { table: 'staffing', measure: 'decree' }, undefined, at('decree'));
  check(out, totals.other, { table: 'staffing', measure: 'other' }, undefined, at('other'));
  check(out, totals.total, { table: 'staffing', measure: 'total' }, undefined, at('total'));
  check(out, totals.decreeShare, { table: 'staffing', measure: 'decreeShare' }, undefined, at('decreeShare'));
  return { id: doc.data.id, rows, totals };
}

export function extensionRequestFigures(doc: Doc<'extension-request'>, out: RawDiagnostic[]): { id: string; total: Figure } {
  // `includes` is a part of the request that is already inside the total: it is not added again.
  const total = withDeclared(sum(doc.data.items.map((i) => i.fte)), doc.data.declaredTotal);
  check(out, total, { table: 'extension-request', measure: 'total' }, undefined, () => doc.locate(['declaredTotal']));
  return { id: doc.data.id, total };
}

type Group = Doc<'budget'>['data']['lines'][number]['group'];

type Subtotal = (typeof BUDGET_SUBTOTALS)[number];

/** Each subtotal as signed line groups (costs are written as positive amounts and subtracted). */
const OPERATING: [Group, 1 | -1][] = [
  ['operating-income', 1],
  ['goods-and-services', -1],
  ['salaries', -1],
  ['depreciation', -1],
  ['other-operating-costs', -1],
];
const FINANCIAL: [Group, 1 | -1][] = [
  ['financial-income', 1],
  ['financial-costs', -1],
];
const EXCEPTIONAL: [Group, 1 | -1][] = [
  ['exceptional-income', 1],
  ['exceptional-costs', -1],
];
export const BUDGET_FORMULAS: Record<Subtotal, [Group, 1 | -1][]> = {
  'operating-income': OPERATING.slice(0, 1),
  'gross-margin': OPERATING.slice(0, 2),
  'operating-result': OPERATING,
  'financial-result': FINANCIAL,
  'ordinary-result': [...OPERATING, ...FINANCIAL],
  'exceptional-result': EXCEPTIONAL,
  result: [...OPERATING, ...FINANCIAL, ...EXCEPTIONAL],
};

/**
 * One subtotal of one year. Unlike a report sum, a budget subtotal is all or nothing: a line without a value
 * for the year, or a group without any line, makes it null (a partial profit-and-loss figure means nothing).
 */
function subtotal(doc: Doc<'budget'>, formula: [Group, 1 | -1][], year: string): Figure {
  let acc = 0;
  let reported = 0;
  let missing = 0;
  for (const [group, sign] of formula) {
    const lines = doc.data.lines.filter((l) => l.group === group);
    if (lines.length === 0) missing++;
    for (const l of lines) {
      const v: Input = l.values[year];
      if (typeof v === 'number') {
        acc += sign * v;
        reported++;
      } else missing++;
    }
  }
  return derived(missing === 0 ? acc : null, [{ value: null, reported, missing }]);
}

export function budgetFigures(doc: Doc<'budget'>, out: RawDiagnostic[]): BudgetFigures {
  const years = sortBy(new Set(doc.data.years), (y) => y);
  const subtotals: BudgetFigures['subtotals'] = {};
  for (const k of BUDGET_SUBTOTALS) {
    const perYear: Record<string, Figure> = {};
    for (const year of years) {
      const y = String(year);
      const f = withDeclared(subtotal(doc, BUDGET_FORMULAS[k], y), doc.data.declared?.[k]?.[y]);
      perYear[y] = f;
      check(out, f, { table: 'budget', measure: k }, year, () => doc.locate(['declared', k, y]));
    }
    subtotals[k] = perYear;
  }
  return { id: doc.data.id, years, subtotals };
}

/**
 * Attendance of the region meetings per source document: every meeting of every region that names the source is
 * one input. Listed for each source that states an attendance or that regions with meetings name, by id.
 */
export function attendanceFigures(ctx: LinkContext, out: RawDiagnostic[]): { source: string; total: Figure }[] {
  const regions = [...ctx.regions].sort(byOrderThenId);
  // A region that could not be read would be missing from the sum: compare only when all were read.
  const complete = !ctx.incomplete.has('region') && !ctx.incomplete.has('unknown');
  const sourceById = new Map<string, Doc<'source'>>();
  for (const s of ctx.sources) if (!sourceById.has(s.data.id)) sourceById.set(s.data.id, s);
  const ids = new Set<string>();
  for (const s of sourceById.values()) if (s.data.declaredAttendance !== undefined) ids.add(s.data.id);
  for (const r of regions) if (r.data.source !== undefined && (r.data.meetings?.length ?? 0) > 0) ids.add(r.data.source);
  return [...ids].sort(byCodeUnit).map((id) => {
    const source = sourceById.get(id);
    const inputs = regions.filter((r) => r.data.source === id).flatMap((r) => (r.data.meetings ?? []).map((m) => m.attendance));
    const total = withDeclared(sum(inputs), source?.data.declaredAttendance);
    if (source && complete)
      check(out, total, { table: 'attendance', measure: 'total', source: id }, undefined, () => source.locate(['declaredAttendance']));
    return { source: id, total };
  });
}
