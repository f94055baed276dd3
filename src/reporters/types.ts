import type { Diagnostic, Lang, Summary } from '../core/diagnostics/index.js';

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  summary: Summary;
  lang: Lang;
  /** File texts by displayed path, for code frames, fingerprints and fixes. */
  sources: ReadonlyMap<string, string>;
  color: boolean;
  /** List notes (severity info) too; otherwise only their number. */
  verbose?: boolean;
  /** Files a change touched (paths as diagnostics show them): their diagnostics come first within each severity. */
  changedFiles?: ReadonlySet<string>;
  /**
   * The CI environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA) for links to the files at the commit,
   * read once by the CLI; without it, no links. Reporters never read the process environment themselves.
   */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface ReportOutput {
  /** What goes to standard output. */
  text: string;
  /** Markdown for a CI job summary, when the reporter has one. */
  jobSummary?: string;
}

export type Reporter = (input: ReportInput) => ReportOutput;
