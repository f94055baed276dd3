/**
 * The words of a changed block, marked in place: the head's nodes are kept (links, emphasis, figures) and the
 * inserted words wrapped in `<ins>`, the deleted ones put back as `<del>` where they stood. Words are runs of
 * non-space characters, so a figure such as 1.234,5 or a word with its comma changes as a whole. A change of
 * spacing alone is no change; a block rewritten beyond recognition is shown as old text, then new.
 */

import { diffArrays } from 'diff';
import type { ElementContent, Text } from 'hast';
import type { Marks } from './marks.js';
import { isAtomic, textOf } from './tree.js';

interface Part {
  kind: 'same' | 'added' | 'removed';
  value: string;
}

/** Below this share of common words the old and new text are shown whole, one after the other. */
const REWRITTEN = 0.25;

export interface Marked {
  nodes: ElementContent[];
  /** False when the words are the same (the markup may still differ). */
  changed: boolean;
  /** The first mark, for a link to the change. */
  first: ElementContent | undefined;
}

export function markWords(head: ElementContent[], base: ElementContent[], marks: Marks): Marked {
  const before = textOf(base);
  const after = textOf(head);
  if (before === after) return { nodes: head, changed: false, first: undefined };
  const parts = regions(wordDiff(before, after));
  if (!parts.some((p) => p.kind !== 'same')) return { nodes: head, changed: false, first: undefined };
  if (similarity(parts) < REWRITTEN && before.trim() !== '' && after.trim() !== '') {
    const del = marks.wrap('deleted', [text(before.trim())]);
    return { nodes: [del, text(' '), marks.wrap('inserted', head)], changed: true, first: del };
  }
  let first: ElementContent | undefined;
  let index = 0;
  let offset = 0;
  const note = <T extends ElementContent>(el: T): T => {
    first ??= el;
    return el;
  };
  const flushRemoved = (out: ElementContent[]) => {
    while (index < parts.length && parts[index]!.kind === 'removed') {
      out.push(note(marks.wrap('deleted', [text(parts[index]!.value)])));
      index++;
      offset = 0;
    }
  };
  const rebuild = (nodes: ElementContent[]): ElementContent[] => {
    const out: ElementContent[] = [];
    for (const n of nodes) {
      if (n.type === 'text') {
        let rest = n.value;
        while (rest.length > 0) {
          flushRemoved(out);
          const p = parts[index];
          if (!p) throw new Error('bug: the word diff does not cover the new text');
          const take = Math.min(rest.length, p.value.length - offset);
          const piece = text(rest.slice(0, take));
          out.push(p.kind === 'added' ? note(marks.wrap('inserted', [piece])) : piece);
          rest = rest.slice(take);
          offset += take;
          if (offset === p.value.length) {
            index++;
            offset = 0;
          }
        }
      } else if (n.type === 'element' && !isAtomic(n)) out.push({ ...n, children: rebuild(n.children) });
      else out.push(n);
    }
    return out;
  };
  const nodes = rebuild(head);
  flushRemoved(nodes);
  return { nodes, changed: true, first };
}

/** The share of words (not spaces) the two texts have in common, 0 to 1. */
function similarity(parts: Part[]): number {
  let same = 0;
  let total = 0;
  for (const p of parts) {
    const n = words(p.value).length;
    total += p.kind === 'same' ? 2 * n : n;
    if (p.kind === 'same') same += 2 * n;
  }
  return total === 0 ? 1 : same / total;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const tokens = (s: string) => s.match(/\s+|\S+/g) ?? [];
const text = (value: string): Text => ({ type: 'text', value });

function wordDiff(before: string, after: string): Part[] {
  return diffArrays(tokens(before), tokens(after)).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    value: c.value.join(''),
  }));
}

/**
 * Changes as a reader takes them in: spacing alone is no change, and changes separated only by spaces are one
 * region, its deleted words first, then its inserted ones ("<del>a b</del><ins>x y</ins>", not four marks).
 */
function regions(parts: Part[]): Part[] {
  const plain = parts
    .filter((p) => !(p.kind === 'removed' && p.value.trim() === ''))
    .map((p) => (p.kind === 'added' && p.value.trim() === '' ? { kind: 'same' as const, value: p.value } : p));
  const out: Part[] = [];
  let i = 0;
  while (i < plain.length) {
    if (plain[i]!.kind === 'same') {
      pushSame(out, plain[i]!.value);
      i++;
      continue;
    }
    let removed = '';
    let added = '';
    let j = i;
    // A region: changed parts, and spaces between them when a change follows.
    while (j < plain.length) {
      const p = plain[j]!;
      if (p.kind === 'same') {
        const next = plain[j + 1];
        if (p.value.trim() !== '' || !next || next.kind === 'same') break;
        removed += p.value;
        added += p.value;
      } else if (p.kind === 'removed') removed += p.value;
      else added += p.value;
      j++;
    }
    if (removed.trim() !== '') out.push({ kind: 'removed', value: removed });
    if (added !== '') out.push({ kind: added.trim() === '' ? 'same' : 'added', value: added });
    i = j;
  }
  return out.filter((p) => p.value !== '');
}

function pushSame(out: Part[], value: string): void {
  const last = out[out.length - 1];
  if (last?.kind === 'same') last.value += value;
  else out.push({ kind: 'same', value });
}
