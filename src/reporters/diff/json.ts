/**
 * plan diff's change list as JSON: a versioned contract (docs/diff.md), English-free (codes and data only: kinds,
 * ids, data paths, values as the content has them), sorted as the model diff is, byte-stable for the same input.
 */
import type { Location } from '../../core/diagnostics/index.js';
import type { DiffReport, Shown } from '../../core/diff/index.js';
import { safeJson } from '../safe-text.js';

/** Raised when a field is renamed or removed or changes its meaning; fields may be added within a version. */
export const DIFF_JSON_VERSION = 1;

const place = (at: Location | undefined) =>
  at ? { file: at.file, line: at.line, column: at.column } : { file: null, line: null, column: null };
const shown = (s: readonly Shown[]) => s.map((x) => ('field' in x ? x.field : `[${x.item}]`));
const absent = (v: unknown) => (v === undefined ? null : v);

export function diffJson(report: DiffReport, generator: string): string {
  const { model } = report;
  const document = {
    version: DIFF_JSON_VERSION,
    generator,
    base: report.base,
    changed:
      report.documents.some((d) => d.change !== 'unchanged') || model.entities.length + model.figures.length + model.structure.length > 0,
    documents: report.documents.map((d) => ({ path: d.path, title: d.title, change: d.change, redline: d.redline ?? null })),
    entities: model.entities.map((c) => ({
      change: c.change,
      kind: c.kind,
      id: c.id,
      title: c.title,
      ...place(c.at),
      redline: c.redline ?? null,
      fields: c.fields.map((f) => ({
        path: f.path,
        field: shown(f.shown),
        before: absent(f.before),
        after: absent(f.after),
        present: { before: f.before !== undefined, after: f.after !== undefined },
        ...place(f.at),
      })),
    })),
    figures: model.figures.map((f) => ({
      key: f.key,
      ...f.ref,
      before: f.before,
      after: f.after,
      ...place(f.at),
      redline: f.redline ?? null,
      inputs: f.inputs.map((i) => ({ kind: i.kind, id: i.id, fields: i.fields.map(shown), ...place(i.at) })),
    })),
    structure: model.structure.map((s) => ({
      change: s.change,
      document: s.document,
      chapter: s.chapter,
      title: s.title,
      from: s.from ?? null,
      to: s.to ?? null,
      ...place(s.at),
      redline: s.redline ?? null,
    })),
  };
  return `${safeJson(JSON.stringify(document, null, 2))}\n`;
}
