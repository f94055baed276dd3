import { earliest, parseDate } from '../../dates.js';
import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import { formatPeriod, periodOf, yearsPeriod } from '../../period.js';
import type { Rule } from './types.js';

export const timing: Rule = {
  name: 'timing',
  description:
    'An end never lies before its start (error); a sub-project runs within its parent’s period and an action overlaps the plan period (warnings).',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    const plan = ctx.plan ? yearsPeriod(ctx.plan.data.period.start, ctx.plan.data.period.end) : undefined;
    const planText = ctx.plan ? `${ctx.plan.data.period.start}-${ctx.plan.data.period.end}` : '';
    const endBeforeStart = (t: { start?: string | undefined; end?: string | undefined } | undefined) => {
      if (!t?.start || !t.end || t.end === 'open') return false;
      const s = parseDate(t.start);
      const e = parseDate(t.end);
      // Compare at the coarser precision: 2021-03 … 2021 is fine, 2021-05-01 … 2021-04 is not.
      return !!s && !!e && periodOf(t).end! < earliest(s);
    };
    for (const a of ctx.actions) {
      const t = a.data.timing;
      if (endBeforeStart(t)) {
        out.push(diag('timing/end-before-start', { start: t!.start!, end: t!.end! }, a.locate(['timing', 'end'])));
        continue;
      }
      const p = periodOf(t);
      const parent = a.data.parent === undefined ? undefined : ctx.actionById.get(a.data.parent);
      if (parent) {
        const pp = periodOf(parent.data.timing);
        const before = p.start !== undefined && pp.start !== undefined && p.start < pp.start;
        const after = p.end !== undefined && pp.end !== undefined && p.end > pp.end;
        if (before || after) {
          out.push(
            diag(
              'timing/outside-parent',
              { id: a.data.id, parent: parent.data.id, period: formatPeriod(t), parentPeriod: formatPeriod(parent.data.timing) },
              a.locate(['timing', before ? 'start' : 'end']),
              [parent.locate(['timing'])],
            ),
          );
        }
      }
      if (plan && ((p.end !== undefined && p.end < plan.start) || (p.start !== undefined && p.start > plan.end))) {
        out.push(diag('timing/outside-plan', { id: a.data.id, period: formatPeriod(t), planPeriod: planText }, a.locate(['timing'])));
      }
    }
    for (const pr of ctx.progress) {
      const t = pr.data.fixed?.timing;
      if (endBeforeStart(t))
        out.push(diag('timing/end-before-start', { start: t!.start!, end: t!.end! }, pr.locate(['fixed', 'timing', 'end'])));
    }
    return out;
  },
};
