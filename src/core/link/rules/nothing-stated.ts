import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import { onlyPlaceholders } from '../../placeholders.js';
import type { Doc } from '../model.js';
import type { Rule } from './types.js';

/** Whether a value holds any figure or text: null and absent say nothing, and neither do empty lists or objects. */
const holds = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(holds)
    : value !== null && typeof value === 'object'
      ? Object.values(value).some(holds)
      : value !== undefined && value !== null;

/**
 * A progress entry that says nothing of its year: what `plan new report` writes, and the starter's entries as long
 * as their text is the starter's. Dossiers count when present at all (`[]` states that none was made).
 */
function statesNothing(p: Doc<'progress'>): boolean {
  const d = p.data;
  return (
    Object.values(d.ratings ?? {}).every((r) => r === 'not-stated') &&
    d.status === 'not-stated' &&
    !holds(d.measures) &&
    !holds(d.planning) &&
    d.dossiers === undefined &&
    d.dossiersNote === undefined &&
    onlyPlaceholders(p.body)
  );
}

export const nothingStated: Rule = {
  name: 'nothing-stated',
  description: 'A report states something about at least one of its projects: not every progress entry is empty and not stated.',
  run(ctx) {
    // A progress file that could not be read may state something: say nothing rather than guess.
    if (ctx.incomplete.has('progress') || ctx.incomplete.has('unknown')) return [];
    const out: RawDiagnostic[] = [];
    for (const r of ctx.reports) {
      const entries = ctx.progress.filter((p) => p.data.year === r.data.year);
      if (entries.length > 0 && entries.every(statesNothing)) {
        out.push(diag('report/nothing-stated', { report: r.data.id, year: r.data.year, entries: entries.length }, r.locate(['id'])));
      }
    }
    return out;
  },
};
