/**
 * The three states of a figure or mark: reported; not reported by the organisation; in the source but not
 * available in this content (lost in transcription). A renderer says the third once per table or section.
 */
import type { Figure, IndicatorTable } from './compute/types.js';
import type { LinkContext } from './link/model.js';
import type { UnavailableEntry } from './schema/availability.js';

export type FigureState = 'reported' | 'not-reported' | 'unavailable';

/** A computed or stated number is reported; a null is unavailable when its table was lost, not reported otherwise. */
export function figureState(figure: Figure, table?: Pick<IndicatorTable, 'unavailable'>): FigureState {
  if (figure.value !== null || typeof figure.declared === 'number') return 'reported';
  return table?.unavailable ? 'unavailable' : 'not-reported';
}

/** What the report of a year says its source has but the content lost, by part. */
export function unavailableParts(ctx: LinkContext, year: number): Map<string, UnavailableEntry> {
  const report = ctx.reports.find((r) => r.data.year === year);
  return new Map((report?.data.unavailable ?? []).map((u) => [u.part, u]));
}

/**
 * A progress entry's rating or status: `not-stated` is unavailable when the year's report records that the ticked
 * boxes were lost, not reported otherwise; any other value is reported.
 */
export function markState(value: string, ctx: LinkContext, year: number, which: 'ratings' | 'status'): FigureState {
  if (value !== 'not-stated') return 'reported';
  return unavailableParts(ctx, year).has(which === 'ratings' ? 'progress-ratings' : 'progress-status') ? 'unavailable' : 'not-reported';
}
