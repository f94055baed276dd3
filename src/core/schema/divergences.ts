/**
 * The divergences record: where the documents, as built, depart from the source they transcribe (text left out or
 * printed differently, a heading added, a sub-list printed flat), each with the source's line range and the reason.
 * The staff quality report lists them; scripts/check-transcription.mjs reads them as explained differences.
 */
import { z } from 'zod';
import { Id, SourceLines, Text } from './primitives.js';
import { base } from './shared.js';

/** How a divergence names the context document, which has no id of its own. */
export const CONTEXT_DOCUMENT = 'context';

export const DIVERGENCE_CLASSES = ['missing', 'printed-differently', 'added', 'order', 'figure', 'flattened'] as const;

export const Divergences = z.strictObject({
  ...base('divergences'),
  title: Text.optional(),
  sources: z
    .array(
      z.strictObject({
        id: Id.describe('How divergences and corrections name the source, e.g. "002" (quote it in YAML).'),
        title: Text,
        file: Text.optional().describe('The text the line numbers count in (the extraction of the source).'),
        document: Id.optional().describe('The content’s own document for the source (kind source), when it has one.'),
      }),
    )
    .describe('The source documents the line ranges count in.'),
  items: z.array(
    z.strictObject({
      document: Id.describe('The built document: the plan’s or a report’s id, or "context" for the context document.'),
      source: Id.describe('One of `sources`.'),
      lines: SourceLines,
      class: z
        .enum(DIVERGENCE_CLASSES)
        .describe(
          'missing: left out; printed-differently: other words or form; added: printed, not in the source; order: in another place; figure: another figure; flattened: a sub-list printed as one item.',
        ),
      text: Text.optional().describe('What the document prints (or leaves out), as the reader sees it.'),
      pattern: Text.optional().describe(
        'A regular expression on the printed text (or, for missing, the source’s sentence) that scripts/check-transcription.mjs matches.',
      ),
      file: Text.optional().describe('The content file that holds the divergent text, relative to content/.'),
      reason: Text.describe('Why the document departs from the source, in the content’s language.'),
    }),
  ),
});
