/** A walk over a document's data for fields by name, wherever they sit (in maps and lists, at any depth). */
import type { PathSegment } from './parse.js';

/**
 * Calls `at` for every key of every map in `value`, in document order, with the path of the map holding it; the
 * walk goes into the key's value only when `at` returns true.
 */
export function eachField(
  value: unknown,
  at: (key: string, value: unknown, path: PathSegment[]) => boolean,
  path: PathSegment[] = [],
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => eachField(v, at, [...path, i]));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) if (at(k, v, path)) eachField(v, at, [...path, k]);
}
