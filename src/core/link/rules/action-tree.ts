import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import type { Rule } from './types.js';

export const actionTree: Rule = {
  name: 'action-tree',
  description: 'A sub-project hangs under an action that is not itself a sub-project; other actions have no parent.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    for (const a of ctx.actions) {
      const { id, parent } = a.data;
      if (a.kind !== 'sub-project') {
        if (parent !== undefined) out.push(diag('link/action-parent', { id, problem: 'unexpected' }, a.locate(['parent'])));
      } else if (parent === undefined) {
        out.push(diag('link/action-parent', { id, problem: 'missing' }, a.locate(['kind'])));
      } else {
        const p = ctx.actionById.get(parent);
        if (p && p.kind === 'sub-project') {
          out.push(diag('link/action-parent', { id, problem: 'sub-project' }, a.locate(['parent']), [p.locate(['kind'])]));
        }
      }
    }
    return out;
  },
};
