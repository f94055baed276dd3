/**
 * compute: the linked model → the indicators of every report year and the figures of the plan's data tables,
 * each computed figure beside the one the source declares. Pure: no I/O, no clock, no randomness; every list is
 * in a fixed order, so the same content always gives the same indicators and diagnostics.
 *
 * Semantics
 *
 * - Missing is not zero. A Figure sums the inputs that were reported; `value` is null when none was. `reported`
 *   counts the inputs summed, `missing` the inputs that were expected but are absent or null. For the report
 *   tables an input is expected from every progress entry of that year (and theme row): an entry without the
 *   measure — `measures` absent, the field absent, or null — is missing, never 0. A sum over zero expected inputs
 *   is null (reported 0, missing 0). Totals add the figures of their cells (values, reported and missing).
 *   Derived figures (shares, means, differences) carry the reported/missing counts of all their inputs; a share
 *   is null when its whole is null or 0.
 * - Years: the years of the report documents, ascending; per year the tables rgi-2.1 … rgi-2.13, in that order.
 *   Progress of a year without a report is not counted anywhere.
 * - Theme rows: the plan's themes by `order` (ties by id), then any other theme id the year's entries (or the
 *   report's per-theme declared figures) use, sorted; entries without a theme count under `transversal`, last.
 *   Every plan theme is a row even when nothing was reported for it. Activity type columns: the plan's
 *   `activityTypes` by `order`, then any other type id the year's measures use, sorted; an entry without a
 *   count for a type (record or key absent, or null) is a missing input for that cell.
 * - One-dimensional tables (2.5-2.9, 2.11, 2.13) key their cells `${row}|` and have no `columns`.
 * - 2.1: rows are the report's declared `staffing.years` (the cells hold the stated FTE and Sociale Maribel as
 *   inputs, reported once each); extras `norm` (declared only), `average` = mean of the reported yearly `fte`
 *   (declared: threeYearAverage), `surplus` = average − norm (declared: surplus). Sociale Maribel is shown, not
 *   added: the brief's “realised FTE as stated” is the `fte` column.
 * - 2.2: `fte` and `fteDirect` per theme; declared per theme from `declared.fte.byTheme` entries of the report's
 *   own year. Extras `total` (declared `fte.total[year]`), `direct`, `share` = direct / total × 100 (declared
 *   targetGroupShare). Statements about other years in a report (the 2020 figures in the 2021 report) are not
 *   compared: they belong to another year's table.
 * - 2.3/2.4: theme × activity type, with row totals, column totals and the total.
 * - 2.8: per theme the number of dossiers an entry lists: `[]` is a reported 0, absent is missing.
 * - 2.10: `total` = the length of the report's communicationActions list (missing when there is no list),
 *   declared communicationActionsCount. No rows.
 * - 2.11: per source label (exact text, sorted by code unit) the sum of `measures.localFunding` amounts; an entry
 *   without `localFunding` adds one missing input to the total only. A declared amount without a theme is the
 *   declared figure of its source row; declared amounts for one theme are kept in the report but have no cell here.
 * - 2.12 and 2.13 are stated only: extras (and 2.13's bands as rows) with value null and `declared` set; nothing
 *   is computed.
 * - Plan tables: staffing rows total = decree + other and decreeShare = decree / total × 100, column totals and
 *   the overall share, against the declared ones; an extension request's total = Σ items (`includes` is part of
 *   it, not added); budgets per year: operating-income, gross-margin (− goods and services), operating-result
 *   (− salaries, depreciation, other operating costs), financial-result, ordinary-result (operating + financial),
 *   exceptional-result, result — all or nothing: a line without a value for that year, or a group without lines,
 *   makes every subtotal that uses the group null. Attendance: Σ of the region meetings per source id that the
 *   regions name, against the source's declaredAttendance.
 * - Declared vs computed: when both are numbers and differ by more than 0.005 (percentages: 0.05),
 *   `compute/declared-differs` at the declared node, with the computed value rounded to 2 decimals. A declared
 *   null (stated as not reported) or a computed null is never a difference. When a progress (or region) file
 *   could not be read, the comparisons of figures summed from progress entries (or meetings) stay silent: the
 *   unread file would be missing from the sum, and its own error is already reported.
 * - Targets: each item of a `targets` document sets baseline/target on the figure of table `indicator` of `year`
 *   at `row|column` ('' when absent; see targets.ts for totals and extras). Unknown indicator ids are
 *   `compute/unknown-target`; a row/column the table does not have is `compute/target-unmatched`; a year without a
 *   report has no table yet and is skipped silently.
 */
import { compareDiagnostics, type RawDiagnostic } from '../diagnostics/index.js';
import type { LinkContext } from '../link/model.js';
import { byDocId, sortBy } from '../sort.js';
import { attendanceFigures, budgetFigures, extensionRequestFigures, staffingFigures } from './plan-tables.js';
import { rgiTables } from './rgi.js';
import { applyTargets } from './targets.js';
import type { Indicators } from './types.js';

export { TRANSVERSAL } from './rgi.js';
export type * from './types.js';

export function compute(ctx: LinkContext): { indicators: Indicators; diagnostics: RawDiagnostic[] } {
  const out: RawDiagnostic[] = [];
  const years = sortBy(new Set(ctx.reports.map((r) => r.data.year)), (y) => y);
  const tables = years.flatMap((year) => rgiTables(ctx, year, out));
  applyTargets(ctx, tables, out);
  const indicators: Indicators = {
    years,
    tables,
    staffing: [...ctx.staffing].sort(byDocId).map((d) => staffingFigures(d, out)),
    extensionRequests: [...ctx.extensionRequests].sort(byDocId).map((d) => extensionRequestFigures(d, out)),
    budgets: [...ctx.budgets].sort(byDocId).map((d) => budgetFigures(d, out)),
    attendance: attendanceFigures(ctx, out),
  };
  return { indicators, diagnostics: out.sort(compareDiagnostics) };
}
