/**
 * Where the built documents depart from their sources: the divergences records (kind `divergences`) and the
 * corrections that name the source's lines (`correction: {text, source, lines}`), wherever a document holds one.
 * The link rule checks their names and ranges; the staff quality report lists them. Pure.
 */

import { eachField } from './fields.js';
import type { LinkContext } from './link/model.js';
import { allDocuments } from './link/model.js';
import { documentFiles } from './outputs.js';
import type { PathSegment } from './parse.js';
import { CONTEXT_DOCUMENT } from './schema/divergences.js';
import type { AnyValidDocument } from './validate.js';

export { CONTEXT_DOCUMENT };

export interface SourcedCorrection {
  doc: AnyValidDocument;
  /** The path of the `correction` field in the document's data. */
  path: PathSegment[];
  text: string;
  source: string;
  lines: readonly [number, number];
}

/** Every correction that names its source and line range, in document order then field order. */
export function sourcedCorrections(ctx: LinkContext): SourcedCorrection[] {
  const out: SourcedCorrection[] = [];
  for (const doc of allDocuments(ctx)) {
    if (doc.kind === 'divergences') continue;
    eachField(doc.data, (k, v, path) => {
      if (k !== 'correction' || v === null || typeof v !== 'object' || !('source' in v)) return true;
      const c = v as { text: string; source: string; lines: [number, number] };
      out.push({ doc, path: [...path, k], text: c.text, source: c.source, lines: c.lines });
      return false;
    });
  }
  return out;
}

/** The text of a correction, whichever form it is written in. */
export const correctionText = (c: string | { text: string }): string => (typeof c === 'string' ? c : c.text);

/** The names a divergence may give its document: the plan's id, each report's id, and `context` when it is built. */
export function divergenceDocuments(ctx: LinkContext): string[] {
  const files = documentFiles(ctx);
  return [...(ctx.plan ? [ctx.plan.data.id] : []), ...ctx.reports.map((r) => r.data.id), ...(files.context ? [CONTEXT_DOCUMENT] : [])];
}

/** The source ids the divergences records declare. */
export const divergenceSources = (ctx: LinkContext): string[] => ctx.divergences.flatMap((d) => d.data.sources.map((s) => s.id));
