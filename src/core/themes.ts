/**
 * The one definition of theme order, shared by the computed tables and the documents: the plan's themes by
 * `order` (a theme without one comes after every ordered theme), then by id; after them any other theme id that
 * content uses (by id), and `transversal` (work outside every theme) last.
 */
import { byItemOrderThenId, sortBy } from './sort.js';

/** Row id of progress entries without a theme (the transversal actions). */
export const TRANSVERSAL = 'transversal';

export interface ThemeLike {
  id: string;
  order?: number | undefined;
}

/** The plan's themes in document order (a sorted copy). */
export function orderedThemes<T extends ThemeLike>(themes: readonly T[]): T[] {
  return [...themes].sort(byItemOrderThenId);
}

/**
 * Theme ids in document order: the plan's themes (all of them, or only those in `seen` when `onlySeen`), then the
 * other ids in `seen` by id, then `transversal` when seen.
 */
export function themeSequence(themes: readonly ThemeLike[], seen: Iterable<string>, options: { onlySeen?: boolean } = {}): string[] {
  const used = new Set(seen);
  const planned = [...new Set(orderedThemes(themes).map((t) => t.id))].filter((id) => !options.onlySeen || used.has(id));
  const known = new Set(themes.map((t) => t.id));
  const others = sortBy(
    [...used].filter((id) => !known.has(id) && id !== TRANSVERSAL),
    (id) => id,
  );
  return [...planned, ...others, ...(used.has(TRANSVERSAL) && !known.has(TRANSVERSAL) ? [TRANSVERSAL] : [])];
}
