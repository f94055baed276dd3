/** link: build the indexes once, then run every cross-document rule over them. */
import type { ParseMarkdown } from '../body-links.js';
import type { RawDiagnostic } from '../diagnostics/index.js';
import type { AnyValidDocument, Placeholder } from '../validate.js';
import { buildContext, type LinkContext } from './model.js';
import { RULES } from './rules/index.js';

export type { LinkContext } from './model.js';
export { RULES } from './rules/index.js';

export function link(
  documents: readonly AnyValidDocument[],
  placeholders: readonly Placeholder[],
  parse: ParseMarkdown,
): { context: LinkContext; diagnostics: RawDiagnostic[] } {
  const context = buildContext(documents, placeholders);
  const diagnostics = RULES.flatMap((rule) => rule.run(context, { parse }));
  return { context, diagnostics };
}
