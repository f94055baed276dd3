/** Periods of actions and goals as comparable day bounds, from timings of any precision. */
import { earliest, latest, parseDate } from './dates.js';

export interface TimingLike {
  start?: string | undefined;
  end?: string | undefined;
}

export interface Period {
  /** First possible day (YYYY-MM-DD), or undefined when the start is not stated. */
  start?: string;
  /** Last possible day (YYYY-MM-DD); '9999-12-31' for an open end; undefined when not stated. */
  end?: string;
}

export const OPEN_END = '9999-12-31';

export function periodOf(t: TimingLike | undefined): Period {
  const p: Period = {};
  if (!t) return p;
  const s = t.start === undefined ? undefined : parseDate(t.start);
  if (s) p.start = earliest(s);
  if (t.end === 'open') p.end = OPEN_END;
  else if (t.end !== undefined) {
    const e = parseDate(t.end);
    if (e) p.end = latest(e);
  }
  return p;
}

export function yearsPeriod(start: number, end: number): Required<Period> {
  return { start: `${start}-01-01`, end: `${end}-12-31` };
}

/** How a period reads in a message: 2016-09-01 – 2025-12-31, with “…” for an unknown or open bound. */
export function formatPeriod(t: TimingLike | undefined): string {
  return `${t?.start ?? '…'} – ${t?.end === 'open' ? '…' : (t?.end ?? '…')}`;
}
