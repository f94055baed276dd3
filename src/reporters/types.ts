import type { Diagnostic, Lang, Summary } from '../core/diagnostics/index.js';

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  summary: Summary;
  lang: Lang;
  /** File texts by displayed path, for code frames. */
  sources: ReadonlyMap<string, string>;
  color: boolean;
  /** List notes (severity info) too; otherwise only their number. */
  verbose?: boolean;
}

export interface ReportOutput {
  /** What goes to standard output. */
  text: string;
  /** Markdown for a CI job summary, when the reporter has one. */
  jobSummary?: string;
}

export type Reporter = (input: ReportInput) => ReportOutput;
