import { diag } from '../../diagnostics/index.js';
import type { Rule } from './types.js';

export const uniqueIds: Rule = {
  name: 'unique-ids',
  description: 'Every id is defined once across all documents and listed items.',
  run(ctx) {
    const out = [];
    for (const [id, defs] of ctx.definitions) {
      if (defs.length < 2) continue;
      // Report at every definition after the first, pointing back to all the others.
      for (let i = 1; i < defs.length; i++) {
        const related = defs.filter((_, j) => j !== i).map((d) => d.at);
        out.push(diag('link/duplicate-id', { id }, defs[i]!.at, related));
      }
    }
    return out;
  },
};
