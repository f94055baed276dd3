/**
 * The pure core in one place: sources in, linked model and diagnostics out. No I/O, no clock, no environment.
 *
 *   parse (per file) → validate (per file) → link (across files) → compute (indicators, plan/report differences)
 *
 * parse and validate see one file at a time, so they can run on all cores and be cached by content hash.
 */
import type { ParseMarkdown } from './body-links.js';
import { compute } from './compute/index.js';
import type { Indicators } from './compute/types.js';
import { compareDiagnostics, type RawDiagnostic } from './diagnostics/index.js';
import { type Difference, planDifferences } from './differences.js';
import { type LinkContext, link } from './link/index.js';
import { locator, parseSource, type SourceFile } from './parse.js';
import { type AnyValidDocument, type Placeholder, validateDocument } from './validate.js';

export interface DocumentResult {
  file: string;
  document?: AnyValidDocument;
  placeholder?: Placeholder;
  diagnostics: RawDiagnostic[];
}

/**
 * Per-document work: parse and validate one file. `parse`: the Markdown parser (src/core/markdown-tree.ts, or one
 * that keeps its trees for rendering); a caller may pass a stand-in for content where mayNeedParsing is false.
 */
export function processDocument(source: SourceFile, parse: ParseMarkdown): DocumentResult {
  const parsed = parseSource(source);
  const validated = validateDocument(parsed.document, parse);
  const diagnostics = [...parsed.diagnostics, ...validated.diagnostics];
  return validated.ok
    ? { file: source.path, document: validated.document, diagnostics }
    : { file: source.path, placeholder: validated.placeholder, diagnostics };
}

/** A DocumentResult as plain data (no functions): what a worker sends back, or a cache would store. */
export type WireResult = Omit<DocumentResult, 'document'> & { document?: Omit<AnyValidDocument, 'locate'> };

export function toWire(result: DocumentResult): WireResult {
  if (!result.document) return result;
  const { locate: _locate, ...document } = result.document;
  return { ...result, document };
}

export function fromWire(wire: WireResult): DocumentResult {
  if (!wire.document) return wire as DocumentResult;
  const document = { ...wire.document, locate: locator(wire.document.file, wire.document.positions) } as AnyValidDocument;
  return { ...wire, document };
}

export interface CompileResult {
  context: LinkContext;
  indicators: Indicators;
  differences: Difference[];
  diagnostics: RawDiagnostic[];
  files: number;
}

export function compile(sources: readonly SourceFile[], parse: ParseMarkdown): CompileResult {
  const results = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((s) => processDocument(s, parse));
  return compileResults(results, parse);
}

/** The cross-document half, for callers that ran the per-document half elsewhere (workers, cache). */
export function compileResults(results: readonly DocumentResult[], parse: ParseMarkdown): CompileResult {
  const documents = results.flatMap((r) => (r.document ? [r.document] : []));
  const placeholders = results.flatMap((r) => (r.placeholder ? [r.placeholder] : []));
  const linked = link(documents, placeholders, parse);
  const computed = compute(linked.context);
  const compared = planDifferences(linked.context);
  const diagnostics = [
    ...results.flatMap((r) => r.diagnostics),
    ...linked.diagnostics,
    ...computed.diagnostics,
    ...compared.diagnostics,
  ].sort(compareDiagnostics);
  return {
    context: linked.context,
    indicators: computed.indicators,
    differences: compared.differences,
    diagnostics,
    files: results.length,
  };
}
