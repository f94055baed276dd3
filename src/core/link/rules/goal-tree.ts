import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import type { Rule } from './types.js';

export const goalTree: Rule = {
  name: 'goal-tree',
  description: 'A strategic goal has no parent; an operational goal has a strategic goal as parent.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    for (const g of ctx.goals) {
      const { id, level, parent } = g.data;
      if (level === 'strategic' && parent !== undefined) {
        out.push(diag('link/goal-parent', { id, level, problem: 'unexpected' }, g.locate(['parent'])));
      } else if (level === 'operational') {
        if (parent === undefined) out.push(diag('link/goal-parent', { id, level, problem: 'missing' }, g.locate(['level'])));
        else {
          const p = ctx.goalById.get(parent);
          if (p && p.data.level !== 'strategic') {
            out.push(diag('link/goal-parent', { id, level, problem: 'not-strategic' }, g.locate(['parent']), [p.locate(['level'])]));
          }
        }
      }
    }
    return out;
  },
};
