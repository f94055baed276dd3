/**
 * Document order: the chapters of a document by `order`, each with the generated parts it places (`generated:`,
 * then the parts its `include:` names) right after its text. A part no chapter places is not printed: the funder
 * reads only what the organisation chose to place. A document without chapters (a content not yet written as
 * chapters, or the context document) shows its parts at their default places.
 */
import type { Doc } from '../../core/link/model.js';
import { placedParts } from '../../core/parts.js';
import { byOrderThenId, sortBy } from '../../core/sort.js';

export type Block<P extends string> = { kind: 'chapter'; chapter: Doc<'chapter'>; parts: P[] } | { kind: 'part'; part: P };

/** The chapters of document `id`, in order. */
export function chaptersOf(chapters: readonly Doc<'chapter'>[], id: string | undefined): Doc<'chapter'>[] {
  return chapters.filter((c) => c.data.document === id).sort(byOrderThenId);
}

/**
 * Blocks in document order. A part is placed by the first chapter (in order) that names it; without chapters,
 * `defaultOrder` places every part (a part without a default goes last), on equal order by name.
 */
export function documentBlocks<P extends string>(
  chapters: readonly Doc<'chapter'>[],
  parts: readonly P[],
  defaultOrder: Readonly<Record<string, number>>,
): Block<P>[] {
  if (chapters.length === 0)
    return sortBy(
      [...parts],
      (p) => defaultOrder[p] ?? 1000,
      (p) => p,
    ).map((part) => ({ kind: 'part' as const, part }));
  const taken = new Set<P>();
  return [...chapters].sort(byOrderThenId).map((chapter) => {
    const own = placedParts(chapter.data, parts).filter((p) => !taken.has(p));
    for (const p of own) taken.add(p);
    return { kind: 'chapter' as const, chapter, parts: own };
  });
}
