import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import type { Rule } from './types.js';

export const progress: Rule = {
  name: 'progress',
  description: 'Progress is reported for a year of the plan that has a report, once per project.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    const plan = ctx.plan?.data.period;
    const reportYears = new Set(ctx.reports.map((r) => r.data.year));
    const seen = new Map<string, (typeof ctx.progress)[number]>();
    for (const p of ctx.progress) {
      const { year, project } = p.data;
      if (plan && (year < plan.start || year > plan.end)) {
        out.push(diag('progress/year-outside-plan', { year, planPeriod: `${plan.start}-${plan.end}` }, p.locate(['year'])));
      } else if (!reportYears.has(year) && !ctx.incomplete.has('report') && !ctx.incomplete.has('unknown')) {
        out.push(diag('progress/no-report', { year }, p.locate(['year'])));
      }
      const key = `${project}\u0000${year}`;
      const other = seen.get(key);
      if (other) out.push(diag('progress/duplicate', { project, year }, p.locate(['project']), [other.locate(['project'])]));
      else seen.set(key, p);
    }
    for (const r of ctx.reports) {
      if (plan && (r.data.year < plan.start || r.data.year > plan.end)) {
        out.push(diag('progress/year-outside-plan', { year: r.data.year, planPeriod: `${plan.start}-${plan.end}` }, r.locate(['year'])));
      }
    }
    return out;
  },
};
