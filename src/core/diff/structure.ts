/**
 * Each document's structure: its chapters (by `document`, in `order`) at the base and the head. A chapter is added,
 * removed, or moved when it is not in the longest sequence of chapters both versions keep in the same order — so
 * one chapter moved is one change, not every chapter after it.
 */
import { byOrderThenId, sortBy } from '../sort.js';
import type { ValidDocument } from '../validate.js';
import type { StructureChange } from './types.js';

type Chapter = ValidDocument<'chapter'>;

/** The ids of the longest common subsequence of a and b. */
function kept(a: readonly string[], b: readonly string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const out = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      out.add(a[i]!);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

export function structureChanges(base: readonly Chapter[], head: readonly Chapter[]): StructureChange[] {
  const documents = new Set([...base, ...head].map((c) => c.data.document));
  const out: StructureChange[] = [];
  for (const document of sortBy(documents, (d) => d)) {
    const before = [...base].filter((c) => c.data.document === document).sort(byOrderThenId);
    const after = [...head].filter((c) => c.data.document === document).sort(byOrderThenId);
    const beforeIds = before.map((c) => c.data.id);
    const afterIds = after.map((c) => c.data.id);
    const common = new Set(afterIds.filter((id) => beforeIds.includes(id)));
    const stay = kept(
      beforeIds.filter((id) => common.has(id)),
      afterIds.filter((id) => common.has(id)),
    );
    after.forEach((c, i) => {
      const id = c.data.id;
      const at = c.locate([]);
      const entry = { document, chapter: id, title: c.data.title, at };
      if (!common.has(id)) out.push({ ...entry, change: 'added', to: i + 1 });
      else if (!stay.has(id)) out.push({ ...entry, change: 'moved', from: beforeIds.indexOf(id) + 1, to: i + 1 });
    });
    before.forEach((c, i) => {
      if (!common.has(c.data.id))
        out.push({ document, chapter: c.data.id, title: c.data.title, at: c.locate([]), change: 'removed', from: i + 1 });
    });
  }
  return out;
}
