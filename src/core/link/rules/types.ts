import type { ParseMarkdown } from '../../body-links.js';
import type { RawDiagnostic } from '../../diagnostics/index.js';
import type { LinkContext } from '../model.js';

/** A cross-document rule: a name for the docs and a pure function of the linked content. */
export interface Rule {
  name: string;
  description: string;
  run(ctx: LinkContext, tools: RuleTools): RawDiagnostic[];
}

/** What a rule may need beyond the content: the Markdown parser (a rule that parses a body says why). */
export interface RuleTools {
  parse: ParseMarkdown;
}
