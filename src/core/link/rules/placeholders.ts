import { diag, type Location, type RawDiagnostic } from '../../diagnostics/index.js';
import type { PathSegment } from '../../parse.js';
import { isPlaceholder, isStarterName, starterSentencesIn } from '../../placeholders.js';
import type { AnyValidDocument } from '../../validate.js';
import { allDocuments } from '../model.js';
import type { Rule } from './types.js';

// `plan new` imports the marker from here; it lives with the starter's words in the core.
export { isPlaceholder, PLACEHOLDER } from '../../placeholders.js';

const MARKED = /^TODO(?![A-Za-z])/;

/** A sentence in a message: its first words, so a long instruction does not fill the line. */
const shortened = (s: string) => (s.length > 60 ? `${s.slice(0, 57).replace(/\s+\S*$/, '')}…` : s);

/**
 * Every string in a document's data with its path. One path array, copied only for a string that is reported
 * (a large content has hundreds of thousands of values, almost none of them placeholders).
 */
function eachString(value: unknown, path: PathSegment[], visit: (text: string, path: () => PathSegment[]) => void): void {
  if (typeof value === 'string') visit(value, () => [...path]);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], path, visit);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      path.push(k);
      eachString((value as Record<string, unknown>)[k], path, visit);
      path.pop();
    }
  }
}

/** The file position of an offset into a body that starts on file line `bodyLine`. */
function bodyPosition(body: string, offset: number, bodyLine: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: bodyLine + (before.match(/\n/g)?.length ?? 0), column: offset - lastBreak };
}

/**
 * A document's findings, a pure function of the document. Kept by the document itself: plan dev keeps the
 * results of unchanged files from one save to the next (src/run/compile.ts), so a save checks only what changed.
 */
const found = new WeakMap<object, RawDiagnostic[]>();

export const placeholders: Rule = {
  name: 'placeholders',
  description:
    'No value or body still holds what planwerk wrote for the organisation to replace: the `TODO` of `plan new`, the instructional sentences and example name of `plan init`’s starter.',
  run(ctx) {
    return allDocuments(ctx).flatMap((doc) => {
      let out = found.get(doc);
      if (out === undefined) found.set(doc, (out = inDocument(doc)));
      return out;
    });
  },
};

function inDocument(doc: AnyValidDocument): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  eachString(doc.data, [], (text, pathOf) => {
    const field = () => pathOf().join('.');
    if (isPlaceholder(text)) out.push(diag('link/placeholder', { field: field(), text: text.trim() }, doc.locate(pathOf())));
    else if (isStarterName(text)) out.push(diag('link/starter-text', { field: field(), text: text.trim() }, doc.locate(pathOf())));
    else {
      const first = starterSentencesIn(text)[0];
      if (first) out.push(diag('link/starter-text', { field: field(), text: shortened(first.sentence) }, doc.locate(pathOf())));
    }
  });
  // A line marked TODO holds the word: most bodies do not, and are not split into lines.
  if (doc.body.includes('TODO')) {
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
  // Each sentence on its own, with its exact range: an editor underlines every one that is left.
  for (const m of starterSentencesIn(doc.body)) {
    const start = bodyPosition(doc.body, m.index, doc.bodyLine);
    const end = bodyPosition(doc.body, m.end, doc.bodyLine);
    const at: Location = { file: doc.file, ...start, endLine: end.line, endColumn: end.column };
    out.push(diag('link/starter-text', { field: '', text: shortened(m.sentence) }, at));
  }
  return out;
}
