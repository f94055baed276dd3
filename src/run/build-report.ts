/** What a build prints about its diagnostics, and how it ends when it stops early; shared by every build path. */
import { type Diagnostic, summarize } from '../core/diagnostics/index.js';
import { compactReporter, REPORTERS, type ReportInput } from '../reporters/index.js';
import { type Selected, withAccepted } from './select.js';
import type { BuildOptions, RunIo } from './types.js';

/** How a build ended: an exit code, or interrupted (the CLI maps the signal to 130/143). */
export type BuildOutcome = { exitCode: number; interrupted?: false } | { interrupted: true };

export const nothingWritten = (lang: string, out: string) =>
  lang === 'nl' ? `plan: niets geschreven; ${out}/ blijft ongewijzigd.\n` : `plan: nothing written; ${out}/ is left as it was.\n`;

export function interrupted(io: RunIo, signal: AbortSignal, lang: string, out: string): BuildOutcome {
  io.stderr.write(`plan: interrupted (${String(signal.reason)})\n${nothingWritten(lang, out)}`);
  return { interrupted: true };
}

export function reporterInput(options: BuildOptions, selected: Selected, diagnostics: Diagnostic[]): ReportInput {
  return {
    diagnostics,
    summary: summarize(diagnostics, selected.result.files),
    lang: selected.language,
    sources: new Map(selected.sources.map((s) => [s.path, s.text])),
    color: options.color,
    verbose: options.verbose,
    changedFiles: selected.changed,
    env: options.ciEnv,
  };
}

/** A build that goes ahead shows its warnings (one line each, or with --reporter, everything). */
export function reportSucceeded(options: BuildOptions, io: RunIo, selected: Selected): void {
  const report = reporterInput(options, selected, selected.diagnostics);
  const reporter = options.reporter ? REPORTERS[options.reporter]! : compactReporter;
  if (report.summary.warnings > 0 || (options.reporter !== undefined && report.diagnostics.length > 0)) {
    io.stderr.write(withAccepted(reporter(report).text, selected, options.verbose));
  }
}

/** A failed build shows the full diagnostics, as `plan validate` would, and writes nothing. */
export function fail(options: BuildOptions, io: RunIo, selected: Selected, diagnostics: Diagnostic[], exitCode: number): number {
  io.stderr.write(
    withAccepted(REPORTERS[options.reporter ?? 'pretty']!(reporterInput(options, selected, diagnostics)).text, selected, options.verbose),
  );
  io.stderr.write(nothingWritten(selected.language, options.outShown));
  return exitCode;
}
