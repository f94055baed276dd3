import type { RawDiagnostic } from '../../diagnostics/index.js';
import type { LinkContext } from '../model.js';

/** A cross-document rule: a name for the docs and a pure function of the linked content. */
export interface Rule {
  name: string;
  description: string;
  run(ctx: LinkContext): RawDiagnostic[];
}
