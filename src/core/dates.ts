/** Calendar dates with the precision the source gives: a day, a month or a year. */
export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DateCheck = { ok: true; date: PartialDate } | { ok: false; reason: 'format' | 'impossible' };

export function checkDate(value: string, allowPartial: boolean): DateCheck {
  const m = PATTERN.exec(value);
  if (!m) return { ok: false, reason: 'format' };
  const year = Number(m[1]);
  if (m[2] === undefined) return allowPartial ? { ok: true, date: { year, precision: 'year' } } : { ok: false, reason: 'format' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, reason: 'impossible' };
  if (m[3] === undefined) return allowPartial ? { ok: true, date: { year, month, precision: 'month' } } : { ok: false, reason: 'format' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'impossible' };
  return { ok: true, date: { year, month, day, precision: 'day' } };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDate(value: string): PartialDate | undefined {
  const c = checkDate(value, true);
  return c.ok ? c.date : undefined;
}

/** The first day a partial date can mean, as YYYY-MM-DD (sortable). */
export function earliest(d: PartialDate): string {
  return iso(d.year, d.month ?? 1, d.day ?? 1);
}

/** The last day a partial date can mean, as YYYY-MM-DD (sortable). */
export function latest(d: PartialDate): string {
  const month = d.month ?? 12;
  return iso(d.year, month, d.day ?? daysInMonth(d.year, month));
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
