import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import type { Rule } from './types.js';

export const droppedGoals: Rule = {
  name: 'dropped-goals',
  description: 'A goal that names a replacement is dropped; a dropped goal is not referenced for the years after it was dropped.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    for (const g of ctx.goals) {
      if (g.data.replacedBy !== undefined && g.data.dropped === undefined) {
        out.push(diag('link/replacement-without-drop', { id: g.data.id }, g.locate(['replacedBy'])));
      }
    }
    for (const a of ctx.actions) {
      a.data.goals?.forEach((c, i) => {
        const g = ctx.goalById.get(c.id);
        const dropped = g?.data.dropped;
        if (
          g &&
          dropped !== undefined &&
          (c.until === undefined || c.until >= dropped) &&
          (a.data.ended === undefined || a.data.ended >= dropped)
        ) {
          out.push(diag('link/dropped-goal-referenced', { id: c.id, dropped }, a.locate(['goals', i, 'id']), [g.locate(['dropped'])]));
        }
      });
    }
    for (const p of ctx.progress) {
      p.data.fixed?.goals?.forEach((c, i) => {
        const g = ctx.goalById.get(c.id);
        const dropped = g?.data.dropped;
        if (g && dropped !== undefined && p.data.year >= dropped) {
          out.push(
            diag('link/dropped-goal-referenced', { id: c.id, dropped }, p.locate(['fixed', 'goals', i, 'id']), [g.locate(['dropped'])]),
          );
        }
      });
    }
    return out;
  },
};
