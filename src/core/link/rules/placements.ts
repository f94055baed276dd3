import { closest, diag, type RawDiagnostic } from '../../diagnostics/index.js';
import { placeableNames, placedParts } from '../../parts.js';
import { PLAN_PARTS, REPORT_PARTS } from '../../schema/kinds.js';
import type { Doc } from '../model.js';
import type { Rule } from './types.js';

/** A part prints where a chapter places it: a name that is no part or piece of the chapter's document, or a part placed twice, is a finding. */
export const placements: Rule = {
  name: 'placements',
  description: 'A chapter’s `include` names parts and pieces of its own document, and each part is placed once.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    const reportIds = new Set(ctx.reports.map((r) => r.data.id));
    const placed = new Map<string, { chapter: Doc<'chapter'>; path: (string | number)[] }>();
    const byOrder = [...ctx.chapters].sort((a, b) => a.data.order - b.data.order || (a.data.id < b.data.id ? -1 : 1));
    for (const c of byOrder) {
      const document = c.data.document === ctx.plan?.data.id ? 'plan' : reportIds.has(c.data.document) ? 'report' : undefined;
      if (document === undefined) continue;
      const names = placeableNames(document);
      const include = c.data.include ?? [];
      include.forEach((name, i) => {
        if (names.includes(name)) return;
        const suggestion = closest(name, names);
        out.push(
          diag(
            'link/unknown-part',
            { name, document, expected: names, ...(suggestion !== undefined ? { suggestion } : {}) },
            c.locate(['include', i]),
          ),
        );
      });
      const parts = document === 'plan' ? PLAN_PARTS : REPORT_PARTS;
      for (const part of placedParts(c.data, parts)) {
        const i = include.indexOf(part);
        const path = i >= 0 && c.data.generated !== part ? ['include', i] : ['generated'];
        const key = `${c.data.document}\u0000${part}`;
        const first = placed.get(key);
        if (first) out.push(diag('link/part-placed-twice', { name: part }, c.locate(path), [first.chapter.locate(first.path)]));
        else placed.set(key, { chapter: c, path });
      }
      // Named in both `generated` and `include` of one chapter: the second says nothing new.
      if (c.data.generated !== undefined && include.includes(c.data.generated))
        out.push(
          diag('link/part-placed-twice', { name: c.data.generated }, c.locate(['include', include.indexOf(c.data.generated)]), [
            c.locate(['generated']),
          ]),
        );
    }
    return out;
  },
};
