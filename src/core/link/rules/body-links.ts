import { closest, diag, type RawDiagnostic } from '../../diagnostics/index.js';
import { allDocuments } from '../model.js';
import type { Rule } from './types.js';

export const bodyLinks: Rule = {
  name: 'body-links',
  description: 'A link to an entity in a Markdown body, `[text](@id)`, names an existing id.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    for (const doc of allDocuments(ctx)) {
      for (const link of doc.links) {
        if (ctx.definitions.has(link.id) || ctx.placeholders.has(link.id)) continue;
        const args: { id: string; suggestion?: string } = { id: link.id };
        const s = closest(link.id, ctx.definitions.keys());
        if (s !== undefined) args.suggestion = s;
        out.push(diag('link/unknown-body-link', args, { file: doc.file, line: link.line, column: link.column }));
      }
    }
    return out;
  },
};
