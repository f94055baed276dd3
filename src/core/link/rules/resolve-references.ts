import { closest, diag, type RawDiagnostic } from '../../diagnostics/index.js';
import { allDocuments, type EntityKind } from '../model.js';
import { referencesOf } from '../references.js';
import type { Rule } from './types.js';

export const resolveReferences: Rule = {
  name: 'references',
  description: 'Every reference names an existing id of the expected kind (with “did you mean” when it does not).',
  run(ctx) {
    // Candidate ids per kind, for suggestions; built once.
    const idsByKind = new Map<EntityKind, string[]>();
    for (const [id, defs] of ctx.definitions) {
      const kind = defs[0]!.kind;
      const list = idsByKind.get(kind) ?? [];
      list.push(id);
      idsByKind.set(kind, list);
    }
    const out: RawDiagnostic[] = [];
    const docs = allDocuments(ctx);
    for (const doc of docs) {
      for (const ref of referencesOf(doc)) {
        const defs = ctx.definitions.get(ref.id);
        if (!defs) {
          if (ctx.placeholders.has(ref.id)) continue; // the target failed validation; already reported there
          const args: { id: string; expected: readonly string[]; suggestion?: string } = { id: ref.id, expected: ref.expected };
          const s = closest(
            ref.id,
            ref.expected.flatMap((k) => idsByKind.get(k) ?? []),
          );
          if (s !== undefined) args.suggestion = s;
          out.push(diag('link/unknown-reference', args, doc.locate(ref.path)));
        } else if (!ref.expected.includes(defs[0]!.kind)) {
          out.push(
            diag('link/wrong-kind', { id: ref.id, expected: ref.expected, found: defs[0]!.kind }, doc.locate(ref.path), [defs[0]!.at]),
          );
        }
      }
    }
    return out;
  },
};
