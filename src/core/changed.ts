/** plan validate --changed: which diagnostics a change is answerable for. */
import type { Diagnostic } from './diagnostics/index.js';

/**
 * Keep diagnostics located in a changed file or pointing at one (a related location: a change can break a
 * reference in another file). Diagnostics without a file concern the content as a whole and are always kept.
 */
export function inChanged(diagnostics: readonly Diagnostic[], changed: ReadonlySet<string>): Diagnostic[] {
  return diagnostics.filter((d) => d.file === undefined || changed.has(d.file) || d.related.some((r) => changed.has(r.file)));
}
