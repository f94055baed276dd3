import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import { CONTEXT_DOCUMENT, divergenceDocuments, divergenceSources, sourcedCorrections } from '../../divergences.js';
import type { Rule } from './types.js';

export const divergences: Rule = {
  name: 'divergences',
  description:
    'Each divergence names a source its record declares and, by the word context, only a context document that is built (ids are checked as every reference is), and each line range of a source (a divergence’s or a correction’s) runs forward.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    const documents = divergenceDocuments(ctx);
    const sources = divergenceSources(ctx);
    const range = (lines: readonly [number, number], at: ReturnType<(typeof ctx.divergences)[number]['locate']>) => {
      if (lines[1] < lines[0]) out.push(diag('link/divergence-lines-reversed', { from: lines[0], to: lines[1] }, at));
    };
    for (const d of ctx.divergences)
      d.data.items.forEach((item, i) => {
        // An id is checked where every reference is (resolve-references, with did-you-mean); `context` here.
        if (item.document === CONTEXT_DOCUMENT && !documents.includes(item.document))
          out.push(
            diag('link/divergence-unknown-document', { id: item.document, expected: documents }, d.locate(['items', i, 'document'])),
          );
        if (!sources.includes(item.source))
          out.push(diag('link/divergence-unknown-source', { id: item.source, sources }, d.locate(['items', i, 'source'])));
        range(item.lines, d.locate(['items', i, 'lines']));
      });
    for (const c of sourcedCorrections(ctx)) {
      if (!sources.includes(c.source))
        out.push(diag('link/divergence-unknown-source', { id: c.source, sources }, c.doc.locate([...c.path, 'source'])));
      range(c.lines, c.doc.locate([...c.path, 'lines']));
    }
    return out;
  },
};
