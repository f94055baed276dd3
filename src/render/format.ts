/** Numbers and dates in the document's locale: 24,57 and 1 januari 2021 in nl-BE. */

import type { Unit } from '../core/compute/types.js';
import { parseDate } from '../core/dates.js';
import type { Locale } from './labels/index.js';

export interface Formatter {
  locale: Locale;
  number(n: number, decimals?: number): string;
  unit(n: number | null | undefined, unit: Unit, notReported: string): string;
  date(iso: string): string;
  percent(n: number): string;
  /** The words between the items of a list of n, as the language joins them (“, ”, …, “ en ”). */
  listSeparators(n: number): string[];
}

export function formatter(locale: Locale): Formatter {
  const tag = locale === 'nl-BE' ? 'nl-BE' : 'en-GB';
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const nf = (max: number) => {
    let f = numberFormats.get(max);
    if (!f) numberFormats.set(max, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: max, minimumFractionDigits: 0 })));
    return f;
  };
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const number = (n: number, decimals = 2) => nf(decimals).format(n);
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  return {
    locale,
    listSeparators: (n) =>
      list
        .formatToParts(Array.from({ length: n }, (_, i) => String(i)))
        .filter((p) => p.type === 'literal')
        .map((p) => p.value),
    number,
    percent: (n) => `${number(n, 2)} %`,
    unit(n, unit, notReported) {
      if (n === null || n === undefined) return notReported;
      switch (unit) {
        case 'percent':
          return `${number(n, 2)} %`;
        case 'eur':
          return `€ ${number(n, 0)}`;
        case 'count':
          return number(n, 0);
        default:
          return number(n, 2);
      }
    },
    date(iso) {
      const d = parseDate(iso);
      if (!d) return iso;
      if (d.precision === 'year') return String(d.year);
      const utc = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
      return d.precision === 'month' ? month.format(utc) : day.format(utc);
    },
  };
}
