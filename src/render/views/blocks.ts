/**
 * Document order: the chapters of a document by `order`, with each generated part either right after the
 * chapter that introduces it (`generated:` in the chapter) or, when none does, at its default place.
 */
import type { Doc } from '../../core/link/model.js';
import { byOrderThenId, sortBy } from '../../core/sort.js';

export type Block<P extends string> = { kind: 'chapter'; chapter: Doc<'chapter'>; part: P | undefined } | { kind: 'part'; part: P };

/** The chapters of document `id`, in order. */
export function chaptersOf(chapters: readonly Doc<'chapter'>[], id: string | undefined): Doc<'chapter'>[] {
  return chapters.filter((c) => c.data.document === id).sort(byOrderThenId);
}

/**
 * Blocks in document order. `defaultOrder` places a part no chapter introduces (chapter orders are 10, 20, …;
 * a part without a default goes to 1000); on equal order a chapter comes before a part, then by id or name.
 */
export function documentBlocks<P extends string>(
  chapters: readonly Doc<'chapter'>[],
  parts: readonly P[],
  defaultOrder: Readonly<Record<string, number>>,
): Block<P>[] {
  const isPart = (name: string | undefined): name is P => name !== undefined && (parts as readonly string[]).includes(name);
  const introduced = new Set<string>(chapters.flatMap((c) => (c.data.generated ? [c.data.generated] : [])));
  const blocks: { order: number; key: string; block: Block<P> }[] = [
    ...chapters.map((c) => ({
      order: c.data.order,
      key: `c-${c.data.id}`,
      block: { kind: 'chapter' as const, chapter: c, part: isPart(c.data.generated) ? c.data.generated : undefined },
    })),
    ...parts
      .filter((p) => !introduced.has(p))
      .map((p) => ({ order: defaultOrder[p] ?? 1000, key: `p-${p}`, block: { kind: 'part' as const, part: p } })),
  ];
  return sortBy(
    blocks,
    (b) => b.order,
    (b) => b.key,
  ).map((b) => b.block);
}
