/** Orders shared by the reporters that put the most urgent diagnostics first. */
import type { Code, Diagnostic } from '../core/diagnostics/index.js';
import { docsUrl } from '../core/diagnostics/index.js';
import { PROJECT_URL } from '../version.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Errors, then warnings, then notes; within each, diagnostics in changed files first. Otherwise the input order
 * (already sorted by file and position) is kept, so the output stays deterministic.
 */
export function urgentFirst(diagnostics: readonly Diagnostic[], changedFiles?: ReadonlySet<string>): Diagnostic[] {
  const changed = (d: Diagnostic) => (changedFiles !== undefined && d.file !== undefined && changedFiles.has(d.file) ? 0 : 1);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || changed(a.d) - changed(b.d) || a.i - b.i)
    .map((x) => x.d);
}

/** The code's documentation as an absolute link (SARIF helpUri, job summary). */
export const docsLink = (code: Code): string => `${PROJECT_URL}/blob/main/${docsUrl(code)}`;
