/** One RGI table as the report shows it: its columns, the unit of every column and extra, targets and extras. */
import type { Figure, IndicatorTable, Unit } from '../../core/compute/types.js';

export interface IndicatorView {
  table: IndicatorTable;
  /** Column ids; a table without columns has one unnamed column (''). */
  columns: string[];
  /** A total per row is shown only for a table with more than one column. */
  rowTotals: boolean;
  unitOf(column: string): Unit;
  /** Unit of the charted values. */
  chartUnit: Unit;
  /** Extra figures under the table; `label` is the key of their label in `labels.measures`. */
  extras: { key: string; label: string; figure: Figure; unit: Unit }[];
  /** Cells (`row|column`, or `total`) that have a baseline or a target. */
  targets: { key: string; figure: Figure }[];
}

/** Columns counted in full-time equivalents, whatever the table's unit. */
const FTE_COLUMNS = new Set(['socialMaribel', 'fte', 'fteDirect']);

export function indicatorView(t: IndicatorTable): IndicatorView {
  const columns = t.columns && t.columns.length > 0 ? t.columns : [''];
  const extraUnit = (k: string): Unit => (k === 'share' ? 'percent' : k === 'participants' || k === 'headcount' ? 'count' : t.unit);
  return {
    table: t,
    columns,
    rowTotals: t.rowTotals !== undefined && columns.length > 1,
    // Rows per band (2.13) count people, whatever the table's unit.
    unitOf: (col) => (FTE_COLUMNS.has(col) ? 'fte' : t.rowKind === 'band' ? 'count' : t.unit),
    chartUnit: t.rowKind === 'band' ? 'count' : t.unit,
    extras: Object.entries(t.extras ?? {}).map(([key, figure]) => ({
      key,
      label: t.number === '2.13' && key === 'average' ? 'average2' : key,
      figure,
      unit: extraUnit(key),
    })),
    targets: [...Object.entries(t.cells), ...(t.total ? [['total', t.total] as const] : [])]
      .filter(([, f]) => f.target !== undefined || f.baseline !== undefined)
      .map(([key, figure]) => ({ key, figure })),
  };
}
