/**
 * What the compute stage produces: indicators computed from the per-project measures and the data tables,
 * each with the figure the source declares beside it. `null` means not reported — never 0.
 */

export type Unit = 'fte' | 'count' | 'hours' | 'percent' | 'eur' | 'years';

export interface Figure {
  /** Computed from the inputs; null when no input was reported. */
  value: number | null;
  /** How many inputs were reported and summed. */
  reported: number;
  /** How many inputs were expected but not reported (the value is then a lower bound). */
  missing: number;
  /** The figure as the source states it, when it states one (null: stated as not reported). */
  declared?: number | null;
  /** Baseline and target for this year (IATI-style results), when the content sets them. */
  baseline?: number | null;
  target?: number | null;
}

/** One RGI table of a report year: rows × optional columns of figures, with totals. */
export interface IndicatorTable {
  /** Stable id, e.g. 'rgi-2.3'. */
  id: string;
  /** Number as the report prints it, e.g. '2.3'. */
  number: string;
  year: number;
  unit: Unit;
  rowKind: 'theme' | 'activity-type' | 'year' | 'source' | 'band' | 'item';
  columnKind?: 'activity-type' | 'theme' | 'measure';
  /** Row ids in display order (theme ids, activity type ids, years as strings, labels). */
  rows: string[];
  /** Column ids in display order; absent for one-dimensional tables, whose cells use column ''. */
  columns?: string[];
  /** Keyed `${row}|${column}` (column '' for one-dimensional tables). */
  cells: Record<string, Figure>;
  rowTotals?: Record<string, Figure>;
  columnTotals?: Record<string, Figure>;
  total?: Figure;
  /** Named extra figures, e.g. { norm, surplus, share }. */
  extras?: Record<string, Figure>;
  /**
   * The source has this table but the content lost it (a chart the transcription did not keep): its missing
   * figures are “not available here”, not “not reported by the organisation”. Say it once per table.
   */
  unavailable?: { reason: 'lost-in-transcription'; note: string; source?: string };
}

export interface StaffingFigures {
  id: string;
  rows: { label: string; goal?: string; theme?: string; decree: number; other: number; total: Figure; decreeShare: Figure }[];
  totals: { decree: Figure; other: Figure; total: Figure; decreeShare: Figure };
}

export interface BudgetFigures {
  id: string;
  years: number[];
  /** Per subtotal key (gross-margin, operating-result, …) and year. */
  subtotals: Record<string, Record<string, Figure>>;
}

export interface Indicators {
  /** Report years with indicators, ascending. */
  years: number[];
  /** RGI tables per report year, ordered by number. */
  tables: IndicatorTable[];
  staffing: StaffingFigures[];
  extensionRequests: { id: string; total: Figure }[];
  budgets: BudgetFigures[];
  /** Total attendance of region meetings per source document (2013 welfare rounds). */
  attendance: { source: string; total: Figure }[];
}
