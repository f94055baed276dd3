import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import type { Rule } from './types.js';

export const contributions: Rule = {
  name: 'contributions',
  description:
    'Every action other than a sub-project serves at least one goal (error); every operational goal is served by some action (warning).',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    for (const a of ctx.actions) {
      if (a.kind === 'sub-project') continue; // sub-projects inherit their parent's goals
      if (!a.data.goals || a.data.goals.length === 0) out.push(diag('link/action-without-goal', { id: a.data.id }, a.locate(['goals'])));
    }
    const actionsIncomplete = ['strategic-action', 'transversal-action', 'internal-action', 'unknown'].some((k) => ctx.incomplete.has(k));
    for (const g of actionsIncomplete ? [] : ctx.goals) {
      if (g.data.level !== 'operational' || g.data.dropped !== undefined) continue;
      if (!ctx.servedBy.has(g.data.id)) out.push(diag('link/goal-unserved', { id: g.data.id }, g.locate(['id'])));
    }
    return out;
  },
};
