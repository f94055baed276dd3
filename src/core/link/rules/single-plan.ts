import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import type { Rule } from './types.js';

export const singlePlan: Rule = {
  name: 'single-plan',
  description: 'The content holds exactly one plan.',
  run(ctx) {
    if (ctx.plans.length === 0)
      return ctx.placeholders.size > 0 && [...ctx.placeholders.values()].some((p) => p.kind === 'plan')
        ? []
        : [diag('link/plan-missing', {})];
    const out: RawDiagnostic[] = [];
    const first = ctx.plans[0]!;
    for (const p of ctx.plans.slice(1))
      out.push(diag('link/plan-multiple', { id: first.data.id }, p.locate(['kind']), [first.locate(['kind'])]));
    return out;
  },
};
