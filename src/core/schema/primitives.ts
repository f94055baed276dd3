/** Building blocks shared by the schemas of every kind. */
import { z } from 'zod';
import { checkDate } from '../dates.js';

// zod compiles a fast path for each object schema with `new Function` on first use: in a cold run that costs more
// (some 80 ms of 0.6 s on the shipped content) than it saves, and at 10,000 files it saves nothing measurable.
z.config({ jitless: true });

export const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Tags on custom checks, read back when zod issues become diagnostics. */
export type CheckTag = { pw: 'date'; allowsPartial: boolean };

export const Id = z.string().regex(ID_PATTERN).describe('An id: lower-case letters, digits, single hyphens or dots.');

export const Text = z.string().min(1);
export const Markdownish = z.string();

export const Year = z.number().int().min(1900).max(2100).describe('A calendar year.');

/** A full ISO date (YYYY-MM-DD) that exists in the calendar. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const IsoDate = z
  .string()
  .regex(DAY_PATTERN)
  .refine((s) => checkDate(s, false).ok, { params: { pw: 'date', allowsPartial: false } satisfies CheckTag })
  .describe('An ISO date, YYYY-MM-DD.');

/** A date with the precision the source gives: YYYY-MM-DD, YYYY-MM or YYYY. A bare year may be written unquoted. */
export const PartialDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string()
    .regex(PARTIAL_DATE_PATTERN)
    .refine((s) => checkDate(s, true).ok, { params: { pw: 'date', allowsPartial: true } satisfies CheckTag })
    .describe('A date as precise as the source: YYYY-MM-DD, YYYY-MM or YYYY.'),
);

/** FTE, euros, counts: never negative. `null` means explicitly not reported; it never counts as 0. */
export const Amount = z.number().min(0);
export const Count = z.number().int().min(0);
export const Reported = <T extends z.ZodType>(t: T) => t.nullable().optional();

/** A range of lines of a source document's text (the extraction the transcription was made from), first to last. */
export const SourceLines = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .describe('First and last line of the source’s text, e.g. [5628, 5628].');

/**
 * How the content departs from what the source prints, in the content's language: a text, or the text with the
 * source and the line range it corrects (a source named in the divergences record). The quality report lists them.
 */
export const Correction = z
  .union([
    Text,
    z.strictObject({
      text: Text,
      source: Id.describe('The source, as the divergences record names it (e.g. "002"; quote it in YAML).'),
      lines: SourceLines,
    }),
  ])
  .describe('Why the content differs from the source’s text: a sentence, or {text, source, lines} with the lines it corrects.');

export const Timing = z
  .strictObject({
    start: PartialDate.optional().describe('First day, month or year, as precise as the source.'),
    end: z
      .union([z.literal('open'), PartialDate])
      .optional()
      .describe('Last day, month or year; "open" when the source leaves the end open (“?”).'),
    raw: Text.optional().describe('The timing exactly as the source writes it; the documents print it in place of the dates.'),
    correction: Correction.optional().describe('Why start or end differ from the raw text (an impossible date, a typo).'),
  })
  .describe('When something runs. Missing timing means the source gives none.');

export const Strength = z.enum(['contributes', 'may-contribute']);

export const Contribution = z.strictObject({
  id: Id.describe('The goal served.'),
  strength: Strength.describe('contributes: for sure (x); may-contribute: possibly ((x)).'),
  from: Year.optional().describe('First year the contribution counts, when it started later than the action.'),
  until: Year.optional().describe('Last year the contribution counts, when it ended earlier than the action.'),
  source: Text.optional().describe('Where the contribution is stated (overview table, action text, report annex).'),
});

export const YearMap = <T extends z.ZodType>(t: T) => z.record(z.string().regex(/^\d{4}$/), t);
