import { distance } from 'fastest-levenshtein';
import { catalogue, type ArgsOf, type Code, type Entry } from './catalogue.js';
import type { Diagnostic, Lang, Location, RawDiagnostic } from './types.js';

export * from './types.js';
export { catalogue, kindLabel, type Code } from './catalogue.js';

/** Create a diagnostic; the catalogue types its arguments. */
export function diag<C extends Code>(
  code: C,
  args: ArgsOf<C>,
  at?: Partial<Location> | undefined,
  related?: readonly Location[],
): RawDiagnostic {
  const d: RawDiagnostic = { code, args: args as Record<string, unknown> };
  if (at?.file !== undefined) d.file = at.file;
  if (at?.line !== undefined) d.line = at.line;
  if (at?.column !== undefined) d.column = at.column;
  if (at?.endLine !== undefined) d.endLine = at.endLine;
  if (at?.endColumn !== undefined) d.endColumn = at.endColumn;
  if (related && related.length > 0) d.related = [...related];
  return d;
}

export function severityOf(code: string): Diagnostic['severity'] {
  return (catalogue as unknown as Record<string, Entry<unknown>>)[code]?.severity ?? 'error';
}

/** Turn a raw diagnostic into the user's language. */
export function localize(raw: RawDiagnostic, lang: Lang): Diagnostic {
  const entry = (catalogue as unknown as Record<string, Entry<Record<string, unknown>>>)[raw.code];
  if (!entry) throw new Error(`bug: diagnostic code ${raw.code} is not in the catalogue`);
  const relatedMessage = entry.related?.[lang](raw.args) ?? '';
  const d: Diagnostic = {
    code: raw.code,
    severity: entry.severity,
    title: entry.title,
    message: entry.message[lang](raw.args),
    hint: entry.hint[lang](raw.args),
    related: (raw.related ?? []).map((r) => ({ ...r, message: relatedMessage })),
  };
  for (const k of ['file', 'line', 'column', 'endLine', 'endColumn'] as const) {
    if (raw[k] !== undefined) (d as unknown as Record<string, unknown>)[k] = raw[k];
  }
  return d;
}

const cmp = (a: string | number | undefined, b: string | number | undefined): number =>
  a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;

/** Sort by file, position, code and message: output never depends on the order work was done in. */
export function compareDiagnostics(a: RawDiagnostic | Diagnostic, b: RawDiagnostic | Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.line, b.line) ||
    cmp(a.column, b.column) ||
    cmp(a.code, b.code) ||
    cmp(JSON.stringify('args' in a ? a.args : a.message), JSON.stringify('args' in b ? b.args : b.message))
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
