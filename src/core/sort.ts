/**
 * The one way to order things (after Eleventy's `Sortable`): by a list of keys, compared in turn, with the last
 * key as the tie-break. Strings compare by UTF-16 code unit (never by locale, so the order is the same on every
 * machine), numbers numerically; a missing key (`undefined`) sorts after every present one. The comparator
 * returns 0 only when every key is equal, so Array#sort (stable) keeps the input order of true ties.
 */

export type SortKey = string | number | undefined;
export type KeyOf<T> = (item: T) => SortKey;
/** A key compared by a collation instead of code units (names shown to readers, in their language). */
export interface CollatedKey<T> {
  key: (item: T) => string;
  collator: Intl.Collator;
}
export type Key<T> = KeyOf<T> | CollatedKey<T>;

/** Compare this key by the rules of `locale` (e.g. municipality names in the document's language). */
export function collated<T>(key: (item: T) => string, locale: string): CollatedKey<T> {
  return { key, collator: new Intl.Collator(locale) };
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  // Mixed types never happen for one key; compare as strings so the comparator stays consistent anyway.
  if (typeof a !== typeof b) return compareKeys(String(a), String(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator from keys, most significant first. */
export function compareBy<T>(...keys: Key<T>[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const c = typeof key === 'function' ? compareKeys(key(a), key(b)) : key.collator.compare(key.key(a), key.key(b));
      if (c !== 0) return c;
    }
    return 0;
  };
}

/** A sorted copy: the input is never mutated. */
export function sortBy<T>(items: Iterable<T>, ...keys: Key<T>[]): T[] {
  return [...items].sort(compareBy(...keys));
}

/** Code-unit order of strings (the default of the keys above, for a plain list of ids). */
export const byCodeUnit = (a: string, b: string): number => compareKeys(a, b);

/** Documents by their `order` (absent: after every ordered one), then by id. */
export const byOrderThenId = compareBy<{ data: { order?: number | undefined; id: string } }>(
  (d) => d.data.order,
  (d) => d.data.id,
);

/** Documents by id. */
export const byDocId = compareBy<{ data: { id: string } }>((d) => d.data.id);

/** Items (themes, activity types) by their `order` (absent: last), then by id. */
export const byItemOrderThenId = compareBy<{ order?: number | undefined; id: string }>(
  (x) => x.order,
  (x) => x.id,
);
