/**
 * What the source holds but this content cannot: a figure or mark the source printed (a chart, a ticked box) that
 * the transcription lost. Said once per table or section, never per cell, so “not reported by the organisation”
 * (null, or absent) stays distinct from “in the source but not available here”.
 */
import { z } from 'zod';
import { Text } from './primitives.js';
import { INDICATOR_IDS } from './tables.js';

/** Parts of a report that can be unavailable: an RGI table, or the rating/status marks of its progress entries. */
export const UNAVAILABLE_PARTS = [...INDICATOR_IDS, 'progress-ratings', 'progress-status'] as const;

export const Unavailable = z.strictObject({
  part: z.enum(UNAVAILABLE_PARTS).describe('The RGI table (“rgi-2.3”) or the progress marks (“progress-ratings”, “progress-status”).'),
  reason: z.enum(['lost-in-transcription']).describe('Why the content lacks it although the source has it.'),
  note: Text.describe('What the source shows there, in the document’s language.'),
  source: Text.optional().describe('Where in the source, e.g. “004, 2.3 (grafiek)”.'),
});
export type UnavailableEntry = z.output<typeof Unavailable>;
