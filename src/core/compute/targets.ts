/**
 * Baselines and targets (kind `targets`, IATI-style) attached to the figures of the indicator tables.
 */
import { diag, type RawDiagnostic } from '../diagnostics/index.js';
import type { LinkContext } from '../link/model.js';
import { INDICATOR_IDS } from '../schema/kinds.js';
import type { Figure, IndicatorTable } from './types.js';

/**
 * The figure a target names: the cell `row|column` (either '' when absent); failing that, with both absent the
 * table total (or its `total` extra), with only a row its row total or the extra of that name, with only a column
 * its column total.
 */
export function figureAt(t: IndicatorTable, row: string, column: string): Figure | undefined {
  const cell = t.cells[`${row}|${column}`];
  if (cell) return cell;
  if (row === '' && column === '') return t.total ?? t.extras?.total;
  if (column === '') return t.rowTotals?.[row] ?? t.extras?.[row];
  if (row === '') return t.columnTotals?.[column];
  return undefined;
}

/**
 * Set `baseline` / `target` on the matching figures (mutates the freshly computed tables). An unknown indicator is
 * an error; a figure the table of that year does not have is a warning. A target for a year without a report has
 * no table to go to yet and is left for when that report exists.
 */
export function applyTargets(ctx: LinkContext, tables: readonly IndicatorTable[], out: RawDiagnostic[]): void {
  const known = new Set<string>(INDICATOR_IDS);
  const byKey = new Map(tables.map((t) => [`${t.id}@${t.year}`, t]));
  for (const doc of ctx.targets) {
    doc.data.items.forEach((item, i) => {
      if (!known.has(item.indicator)) {
        out.push(diag('compute/unknown-target', { indicator: item.indicator }, doc.locate(['items', i, 'indicator'])));
        return;
      }
      const t = byKey.get(`${item.indicator}@${item.year}`);
      if (!t) return;
      const row = item.row ?? '';
      const column = item.column ?? '';
      const f = figureAt(t, row, column);
      if (!f) {
        const where = item.row !== undefined ? 'row' : item.column !== undefined ? 'column' : 'indicator';
        out.push(
          diag('compute/target-unmatched', { indicator: item.indicator, year: item.year, row, column }, doc.locate(['items', i, where])),
        );
        return;
      }
      if (item.baseline !== undefined) f.baseline = item.baseline;
      if (item.target !== undefined) f.target = item.target;
    });
  }
}
