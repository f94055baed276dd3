/**
 * The machine-readable report: one JSON object, versioned; diagnostics are 1-based and sorted. Version 1 grows
 * only by added fields (args, suggestion, docsUrl): a consumer of the first fields reads it unchanged.
 */
import { safeJson } from './safe-text.js';
import type { Reporter } from './types.js';

export const JSON_REPORT_VERSION = 1;

// safeJson: JSON.stringify escapes C0 characters but leaves C1 and bidi overrides raw; they are escaped too.
export const jsonReporter: Reporter = ({ diagnostics, summary }) => ({
  text: `${safeJson(
    JSON.stringify(
      {
        version: JSON_REPORT_VERSION,
        summary,
        diagnostics: diagnostics.map((d) => ({
          code: d.code,
          severity: d.severity,
          title: d.title,
          message: d.message,
          hint: d.hint,
          file: d.file ?? null,
          line: d.line ?? null,
          column: d.column ?? null,
          endLine: d.endLine ?? null,
          endColumn: d.endColumn ?? null,
          related: d.related,
          args: d.args,
          suggestion: d.suggestion ?? null,
          docsUrl: d.docsUrl,
        })),
      },
      null,
      2,
    ),
  )}\n`,
});
