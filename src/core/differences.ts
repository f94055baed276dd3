/**
 * Differences between the plan's actions and what a report year states about them (the annex of fixed project
 * data): titles, timing and contributions that changed, and projects that are new, where no change record of
 * that year explains the difference. The report shows them; the compiler notes them (severity info).
 */
import { diag, type RawDiagnostic } from './diagnostics/index.js';
import { effectiveGoals } from './goals.js';
import type { LinkContext } from './link/model.js';
import { formatPeriod, periodOf } from './period.js';
import { sortBy } from './sort.js';

export interface Difference {
  year: number;
  project: string;
  progress: string;
  kind: 'title' | 'timing' | 'goals' | 'added';
  plan: string;
  report: string;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[’']/g, "'").trim();
const goalsText = (goals: { id: string; strength: string }[]) =>
  sortBy(
    goals.map((g) => `${g.id} (${g.strength})`),
    (s) => s,
  ).join(', ');

export function planDifferences(ctx: LinkContext): { differences: Difference[]; diagnostics: RawDiagnostic[] } {
  const differences: Difference[] = [];
  const diagnostics: RawDiagnostic[] = [];
  for (const p of sortBy(
    ctx.progress,
    (x) => x.data.year,
    (x) => x.data.id,
  )) {
    const action = ctx.actionById.get(p.data.project);
    if (!action) continue;
    const year = p.data.year;
    const records = ctx.changes.filter((c) => c.data.year === year);
    const explainedForAction = records.some((c) => c.data.action === action.data.id || c.data.into === action.data.id);
    const explainedGoals = new Set(records.flatMap((c) => [c.data.goal, c.data.into].filter((x): x is string => x !== undefined)));
    const found: Omit<Difference, 'year' | 'project' | 'progress'>[] = [];

    if (action.data.introduced === year && !explainedForAction) found.push({ kind: 'added', plan: '', report: action.data.title });
    const fixed = p.data.fixed;
    if (fixed && !explainedForAction && action.data.introduced === undefined) {
      if (fixed.title && norm(fixed.title) !== norm(action.data.title))
        found.push({ kind: 'title', plan: action.data.title, report: fixed.title });
      if (fixed.timing && (fixed.timing.start || fixed.timing.end)) {
        const a = periodOf(action.data.timing);
        const b = periodOf(fixed.timing);
        if (a.start !== b.start || a.end !== b.end)
          found.push({ kind: 'timing', plan: formatPeriod(action.data.timing), report: formatPeriod(fixed.timing) });
      }
      if (fixed.goals) {
        const current = effectiveGoals(action, ctx.actionById)
          .goals.filter((g) => g.until === undefined || g.until >= year)
          .filter((g) => g.from === undefined || g.from <= year);
        const planSet = new Set(current.map((g) => `${g.id}|${g.strength}`));
        const reportSet = new Set(fixed.goals.map((g) => `${g.id}|${g.strength}`));
        const changed = [...planSet, ...reportSet].filter((k) => planSet.has(k) !== reportSet.has(k)).map((k) => k.split('|')[0]!);
        if (changed.length > 0 && !changed.every((id) => explainedGoals.has(id))) {
          found.push({ kind: 'goals', plan: goalsText(current), report: goalsText(fixed.goals) });
        }
      }
    }
    for (const f of found) {
      differences.push({ year, project: action.data.id, progress: p.data.id, ...f });
      const at =
        f.kind === 'added'
          ? p.locate(['project'])
          : p.locate(['fixed', f.kind === 'title' ? 'title' : f.kind === 'timing' ? 'timing' : 'goals']);
      diagnostics.push(
        diag('report/unexplained-difference', { project: action.data.id, year, kind: f.kind, plan: f.plan, report: f.report }, at),
      );
    }
  }
  return { differences, diagnostics };
}
