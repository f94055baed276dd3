import { unknownBodyLinks } from '../../body-links.js';
import { closest, diag, type RawDiagnostic } from '../../diagnostics/index.js';
import { allDocuments } from '../model.js';
import type { Rule } from './types.js';

export const bodyLinks: Rule = {
  name: 'body-links',
  description: 'A link to an entity in a Markdown body, `[text](@id)` or a definition `[r]: @id`, names an existing id.',
  run(ctx, { parse }) {
    const out: RawDiagnostic[] = [];
    const known = (id: string) => ctx.definitions.has(id) || ctx.placeholders.has(id);
    for (const doc of allDocuments(ctx)) {
      // A body is parsed here only when an id its links could name is unknown (src/core/body-links.ts).
      for (const link of unknownBodyLinks(doc.links, doc.body, doc.bodyLine, known, parse)) {
        const args: { id: string; suggestion?: string } = { id: link.id };
        const s = closest(link.id, ctx.definitions.keys());
        if (s !== undefined) args.suggestion = s;
        out.push(diag('link/unknown-body-link', args, { file: doc.file, line: link.line, column: link.column }));
      }
    }
    return out;
  },
};
