/** plan validate --changed: which diagnostics a change is answerable for. */
import type { Diagnostic } from './diagnostics/index.js';

/**
 * Keep diagnostics located in a changed file or pointing at one through a related location (a change can break
 * something in another file: a dropped goal, a parent's new timing). Also kept: every error, because a removed
 * or renamed id leaves an error in a file that did not change and that points at nothing any more, and an error
 * stops the build for everyone; and diagnostics without a file, which concern the content as a whole.
 */
export function inChanged(diagnostics: readonly Diagnostic[], changed: ReadonlySet<string>): Diagnostic[] {
  return diagnostics.filter(
    (d) => d.severity === 'error' || d.file === undefined || changed.has(d.file) || d.related.some((r) => changed.has(r.file)),
  );
}
