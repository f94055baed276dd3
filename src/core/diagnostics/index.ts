import { distance } from 'fastest-levenshtein';
import { type ArgsOf, type Code, catalogue, docsUrl, entryOf } from './catalogue.js';
import { MESSAGES } from './messages/index.js';
import type { Phrasing } from './messages/types.js';
import type { Diagnostic, Lang, Location, RawDiagnostic } from './types.js';

export { type ArgsOf, CODES, type Code, type ComparedFigure, catalogue, docsAnchor, docsUrl, type FigureDifference } from './catalogue.js';
export { catalogueMarkdown } from './docs.js';
export { kindLabel } from './messages/format.js';
export * from './types.js';

/** Create a diagnostic; the catalogue types its arguments. */
export function diag<C extends Code>(
  code: C,
  args: ArgsOf<C>,
  at?: Partial<Location> | undefined,
  related?: readonly Location[],
): RawDiagnostic<C> {
  const d = { code, args } as RawDiagnostic<C> & {
    file?: string;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
    related?: Location[];
  };
  if (at?.file !== undefined) d.file = at.file;
  if (at?.line !== undefined) d.line = at.line;
  if (at?.column !== undefined) d.column = at.column;
  if (at?.endLine !== undefined) d.endLine = at.endLine;
  if (at?.endColumn !== undefined) d.endColumn = at.endColumn;
  if (related && related.length > 0) d.related = [...related];
  return d;
}

export function severityOf(code: Code): Diagnostic['severity'] {
  return catalogue[code].severity;
}

/** The phrasing of a code in a language (widened: the caller holds matching arguments). */
export function phrasing(code: Code, lang: Lang): Phrasing<Record<string, unknown>> {
  return MESSAGES[lang][code] as unknown as Phrasing<Record<string, unknown>>;
}

/** Turn a raw diagnostic into the user's language. */
export function localize(raw: RawDiagnostic, lang: Lang): Diagnostic {
  if (!(raw.code in catalogue)) throw new Error(`bug: diagnostic code ${String(raw.code)} is not in the catalogue`);
  const entry = entryOf(raw.code);
  const p = phrasing(raw.code, lang);
  const args = raw.args as Record<string, unknown>;
  const relatedMessage = p.related?.(args) ?? '';
  const d: Diagnostic = {
    code: raw.code,
    severity: entry.severity,
    title: entry.title[lang],
    message: p.message(args),
    hint: p.hint(args),
    args,
    docsUrl: docsUrl(raw.code),
    related: (raw.related ?? []).map((r) => ({ ...r, message: relatedMessage })),
  };
  if (typeof args.suggestion === 'string') d.suggestion = args.suggestion;
  for (const k of ['file', 'line', 'column', 'endLine', 'endColumn'] as const) {
    if (raw[k] !== undefined) d[k] = raw[k] as never;
  }
  return d;
}

const cmp = (a: string | number | undefined, b: string | number | undefined): number =>
  a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;

/** Sort by file, position, code and arguments: output never depends on the order work was done in. */
export function compareDiagnostics(a: RawDiagnostic | Diagnostic, b: RawDiagnostic | Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.line, b.line) ||
    cmp(a.column, b.column) ||
    cmp(a.code, b.code) ||
    cmp(JSON.stringify(a.args), JSON.stringify(b.args))
  );
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  const s: Summary = { files, errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** The closest candidate by edit distance, if close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(value.length / 3));
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
