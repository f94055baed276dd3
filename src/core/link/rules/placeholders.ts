import { diag, type RawDiagnostic } from '../../diagnostics/index.js';
import type { PathSegment } from '../../parse.js';
import { allDocuments } from '../model.js';
import type { Rule } from './types.js';

/**
 * The marker `plan new` writes where a value is not known yet. A text that starts with it (“TODO”, “TODO: the
 * goal statement”) is schema-valid, so without this rule a half-written file would pass as finished.
 */
export const PLACEHOLDER = 'TODO';
const MARKED = /^TODO(?![A-Za-z])/;

export const isPlaceholder = (value: unknown): boolean => typeof value === 'string' && MARKED.test(value.trim());

function* markedValues(value: unknown, path: PathSegment[]): Generator<{ path: PathSegment[]; text: string }> {
  if (typeof value === 'string') {
    if (isPlaceholder(value)) yield { path, text: value.trim() };
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* markedValues(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* markedValues(v, [...path, k]);
  }
}

export const placeholders: Rule = {
  name: 'placeholders',
  description: 'No value or body line still holds the `TODO` placeholder that `plan new` writes.',
  run(ctx) {
    const out: RawDiagnostic[] = [];
    for (const doc of allDocuments(ctx)) {
      for (const m of markedValues(doc.data, [])) {
        out.push(diag('link/placeholder', { field: m.path.join('.'), text: m.text }, doc.locate(m.path)));
      }
      doc.body.split('\n').forEach((line, i) => {
        if (MARKED.test(line.trim())) {
          out.push(
            diag(
              'link/placeholder',
              { field: '', text: line.trim() },
              { file: doc.file, line: doc.bodyLine + i, column: line.indexOf('TODO') + 1 },
            ),
          );
        }
      });
    }
    return out;
  },
};
