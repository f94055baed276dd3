/**
 * The alignment: the children of a head element against those of its base counterpart, as sequences of blocks
 * (src/redline/tree.ts) compared by structural hash with jsdiff's diffArrays. Between equal blocks lie runs of
 * removed and added blocks; in a run, blocks of the same kind (tag, id, class) and enough words in common are
 * pairs: a leaf pair has its words marked, a pair of containers is aligned the same way one level down, a pair of
 * charts shows the old one deleted and the new one inserted. What is left is a deleted or an inserted block.
 * The head tree is changed in place; deleted blocks are put where they stood, before the next head block.
 */

import { diffArrays } from 'diff';
import type { Element, ElementContent } from 'hast';
import type { Marks } from './marks.js';
import { hasClass, isAtomic, isBlock, type TreeInfo, textOf } from './tree.js';
import { markWords } from './words.js';

/** One block among an element's children: an element, or a run of text and inline elements. */
interface Unit {
  /** Where it is in the parent's children, end exclusive. */
  start: number;
  end: number;
  nodes: ElementContent[];
  el: Element | undefined;
  key: string;
  /** What a counterpart must share: tag, id and class (or `#text` for a run of inline content). */
  kind: string;
  /** Tag and id alone: a leaf whose class changed (the chosen step of a rating) still pairs on equal words. */
  tagId: string;
  /** A block element without blocks inside, or a run of inline content: compared by its words. */
  leaf: boolean;
}

/** Lists and tables: neighbouring changes in one of them are one entry of the list of changes. */
const GROUPS = new Set(['table', 'ul', 'ol', 'dl']);
/** Cells, rows and terms pair by position alone: their words may all change (a figure) without a new row. */
const BY_POSITION = new Set(['td', 'th', 'tr', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'thead', 'tbody', 'tfoot']);
/** Paired blocks with fewer words in common than this are a deletion and an insertion. */
const SIMILAR = 0.3;

export interface Trees {
  head: TreeInfo;
  base: TreeInfo;
  marks: Marks;
}

/** The table of contents is the head's: its entries change with the headings, which are compared themselves. */
const skipped = (el: Element) => el.tagName === 'nav' && hasClass(el, 'toc');

export function alignChildren(head: Element, base: Element, t: Trees, group: Element | undefined): void {
  const hu = units(head.children, t.head);
  const bu = units(base.children, t.base);
  const before = new Map<number, ElementContent[]>();
  const replace = new Map<number, ElementContent[]>();
  let hi = 0;
  let bi = 0;
  let removed: Unit[] = [];
  let added: number[] = [];
  const flush = () => {
    if (removed.length > 0 || added.length > 0) run(removed, added, hi);
    removed = [];
    added = [];
  };
  const run = (rem: Unit[], add: number[], next: number) => {
    for (const op of pairRun(
      rem,
      add.map((i) => hu[i]!),
    )) {
      if (op.base && op.head) pair(head, hu[add[op.head.index]!]!, add[op.head.index]!, op.base, t, group, replace);
      else if (op.base) {
        const at = op.nextHead === undefined ? next : add[op.nextHead]!;
        const nodes = deleted(op.base, head.tagName, t.marks, group);
        before.set(at, [...(before.get(at) ?? []), ...nodes]);
      } else if (op.head) inserted(hu[add[op.head.index]!]!, add[op.head.index]!, head.tagName, t.marks, group, replace);
    }
  };
  for (const part of diffArrays(
    bu.map((u) => u.key),
    hu.map((u) => u.key),
  )) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...bu.slice(bi, bi + n));
      bi += n;
    } else if (part.added) {
      for (let k = 0; k < n; k++) added.push(hi + k);
      hi += n;
    } else {
      flush();
      hi += n;
      bi += n;
    }
  }
  flush();
  if (before.size === 0 && replace.size === 0) return;
  const out: ElementContent[] = [];
  let j = 0;
  for (const [i, u] of hu.entries()) {
    while (j < u.start) out.push(head.children[j++]!);
    out.push(...(before.get(i) ?? []), ...(replace.get(i) ?? u.nodes));
    j = u.end;
  }
  while (j < head.children.length) out.push(head.children[j++]!);
  out.push(...(before.get(hu.length) ?? []));
  head.children = out;
}

function pair(
  parent: Element,
  h: Unit,
  index: number,
  b: Unit,
  t: Trees,
  group: Element | undefined,
  replace: Map<number, ElementContent[]>,
): void {
  const { marks } = t;
  if (!h.el || !b.el) {
    const r = markWords(h.nodes, b.nodes, marks);
    if (r.changed) {
      replace.set(index, r.nodes);
      marks.record(r.first?.type === 'element' ? r.first : parent, 'changed', group);
    }
    return;
  }
  if (skipped(h.el)) return;
  if (isAtomic(h.el)) {
    const old = marks.whole(b.el, 'deleted', parent.tagName);
    const now = marks.wrap('inserted', [h.el]);
    replace.set(index, [...old.nodes, now]);
    marks.record(old.anchor, 'changed', group);
    return;
  }
  const leaves = Number(t.head.leaf(h.el)) + Number(t.base.leaf(b.el));
  if (leaves === 2) {
    const r = markWords(h.el.children, b.el.children, marks);
    if (r.changed) h.el.children = r.nodes;
    else marks.modified(h.el);
    marks.record(h.el, 'changed', group);
    return;
  }
  if (leaves === 1) {
    // Text that gained or lost a block around it (a list item and its paragraph, as a loose list has them): the
    // words are compared; the same words in another shape are no change to mark.
    const r = markWords(h.el.children, b.el.children, marks);
    if (r.changed) {
      h.el.children = r.nodes;
      marks.record(h.el, 'changed', group);
    }
    return;
  }
  alignChildren(h.el, b.el, t, GROUPS.has(h.el.tagName) ? h.el : group);
}

function deleted(b: Unit, parentTag: string, marks: Marks, group: Element | undefined): ElementContent[] {
  if (b.el) {
    const r = marks.whole(b.el, 'deleted', parentTag);
    marks.record(r.anchor, 'deleted', group);
    return r.nodes;
  }
  const w = marks.wrap('deleted', b.nodes);
  marks.renameIds(w);
  marks.record(w, 'deleted', group);
  return [w];
}

function inserted(
  h: Unit,
  index: number,
  parentTag: string,
  marks: Marks,
  group: Element | undefined,
  replace: Map<number, ElementContent[]>,
): void {
  if (h.el) {
    const r = marks.whole(h.el, 'inserted', parentTag);
    replace.set(index, r.nodes);
    marks.record(r.anchor, 'inserted', group);
    return;
  }
  const w = marks.wrap('inserted', h.nodes);
  replace.set(index, [w]);
  marks.record(w, 'inserted', group);
}

interface Op {
  base?: Unit;
  head?: { index: number };
  /** For a deleted block: the index (in the run's added list) of the first head block after it, if any. */
  nextHead?: number;
}

/** A run of removed and added blocks as pairs, deletions and insertions, in document order. */
function pairRun(removed: Unit[], added: Unit[]): Op[] {
  const ops: Op[] = [];
  if (removed.length === added.length && removed.every((r, i) => r.kind === added[i]!.kind)) {
    for (const [i, r] of removed.entries()) ops.push({ base: r, head: { index: i } });
    return ops;
  }
  const texts = new Map<Unit, string[]>();
  const wordsOf = (u: Unit) => {
    let w = texts.get(u);
    if (!w) texts.set(u, (w = textOf(u.nodes).split(/\s+/).filter(Boolean)));
    return w;
  };
  // Cells, charts, elements with an id and containers pair by kind; a paragraph or an item by its words too.
  const byKind = (u: Unit) =>
    u.el !== undefined && (BY_POSITION.has(u.el.tagName) || isAtomic(u.el) || u.el.properties.id !== undefined || !u.leaf);
  const matches = (r: Unit, a: Unit) =>
    r.kind === a.kind
      ? byKind(r) || byKind(a) || dice(wordsOf(r), wordsOf(a)) >= SIMILAR
      : r.tagId === a.tagId && r.leaf && a.leaf && textOf(r.nodes) === textOf(a.nodes);
  let ri = 0;
  let ai = 0;
  for (const part of diffArrays(removed, added, { comparator: matches })) {
    const n = part.count ?? part.value.length;
    if (part.removed) for (let k = 0; k < n; k++) ops.push({ base: removed[ri++]!, nextHead: ai < added.length ? ai : undefined });
    else if (part.added) for (let k = 0; k < n; k++) ops.push({ head: { index: ai++ } });
    else for (let k = 0; k < n; k++) ops.push({ base: removed[ri++]!, head: { index: ai++ } });
  }
  return ops;
}

/** Dice's coefficient of two word lists (as multisets). */
function dice(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** An element's children as blocks; runs of spaces alone between blocks are no block. */
function units(children: ElementContent[], info: TreeInfo): Unit[] {
  const out: Unit[] = [];
  let runStart = -1;
  const closeRun = (end: number) => {
    if (runStart < 0) return;
    const nodes = children.slice(runStart, end);
    if (nodes.some((n) => n.type === 'element' || (n.type === 'text' && n.value.trim() !== ''))) {
      out.push({
        start: runStart,
        end,
        nodes,
        el: undefined,
        key: `#text:${nodes.map((n) => info.key(n)).join('')}`,
        kind: '#text',
        tagId: '#text',
        leaf: true,
      });
    }
    runStart = -1;
  };
  for (const [i, c] of children.entries()) {
    if (c.type === 'element' && (isBlock(c) || isAtomic(c))) {
      closeRun(i);
      const id = typeof c.properties.id === 'string' ? c.properties.id : '';
      const cls = Array.isArray(c.properties.className) ? c.properties.className.join(' ') : '';
      const leaf = info.leaf(c);
      out.push({
        start: i,
        end: i + 1,
        nodes: [c],
        el: c,
        key: info.key(c),
        kind: `${c.tagName}#${id}.${cls}`,
        tagId: `${c.tagName}#${id}`,
        leaf,
      });
    } else if (runStart < 0) runStart = i;
  }
  closeRun(children.length);
  return out;
}
