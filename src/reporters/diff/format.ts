/** Numbers and dates in the change list as the documents print them: the renderer's formatter, their locale. */
import type { ValueFormat } from '../../core/diff/text.js';
import { formatter } from '../../render/format.js';

export function valueFormat(locale: 'nl-BE' | 'en'): ValueFormat {
  const f = formatter(locale);
  // Every decimal the value has (up to 10), not the documents' two: a change in the third must not look like none.
  return { number: (n) => f.number(n, 10), date: (iso) => f.date(iso) };
}
