/**
 * Where every YAML node of a document is, kept compact: offsets in the YAML text, turned into lines and columns
 * only when a location is asked for (a diagnostic, a reference). Why: a cold check of 10,000 files reads some
 * 150,000 nodes, and a path string, an entry and two position objects for each were much of its garbage
 * collection. Plain data (numbers and strings in arrays), so a document crosses a worker boundary and is cached
 * as JSON.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Location, Position } from './diagnostics/index.js';

export type PathSegment = string | number;

/** The kinds of node, by their number in PositionIndex.nodes. */
const TYPES = ['map', 'seq', 'scalar', 'null'] as const;
export type NodeType = (typeof TYPES)[number];
const MAP = 0;
/** Numbers per node in PositionIndex.nodes. */
const STRIDE = 6;

/**
 * Every node in document order, a node before its children. For node i, `keys[i]` is the map key or list index
 * that names it in its parent (the root, node 0: ''), and `nodes[6i … 6i+5]` are the index after its last
 * descendant, its type (0 map, 1 list, 2 scalar, 3 null), and the offsets its value and the key that names it
 * span in the YAML text (from, to; -1 when there is none).
 */
export interface PositionIndex {
  /** The file line of the YAML text's first line. */
  firstLine: number;
  /** The offsets at which the YAML text's lines start. */
  lines: number[];
  keys: PathSegment[];
  nodes: number[];
}

/** Records the nodes as a reader meets them: `open` when its key is read, `close` after its children. */
export class PositionBuilder {
  private readonly keys: PathSegment[] = [];
  private readonly nodes: number[] = [];

  /** A node named `key` in its parent, with the range of that key (none in a list); its number, for `close`. */
  open(key: PathSegment, keyFrom = -1, keyTo = -1): number {
    this.keys.push(key);
    this.nodes.push(0, 0, -1, -1, keyFrom, keyTo);
    return this.keys.length - 1;
  }

  /** Its type and its value's range (from -1: none), once every node in it is open. */
  close(node: number, type: NodeType, from: number, to: number): void {
    const o = node * STRIDE;
    this.nodes[o] = this.keys.length;
    this.nodes[o + 1] = TYPES.indexOf(type);
    this.nodes[o + 2] = from;
    this.nodes[o + 3] = to;
  }

  index(lines: number[], firstLine: number): PositionIndex {
    return { firstLine, lines, keys: this.keys, nodes: this.nodes };
  }
}

/** An index without nodes (a document whose YAML could not be read). */
export const emptyIndex = (): PositionIndex => ({ firstLine: 1, lines: [0], keys: [], nodes: [] });

/** The nodes of a tree from the yaml package (a null node has its key's range, else none). */
export function indexYamlNodes(root: Node | null, lines: number[], firstLine: number): PositionIndex {
  const b = new PositionBuilder();
  const walk = (node: unknown, key: PathSegment, keyRange: readonly number[] | undefined) => {
    const i = b.open(key, keyRange?.[0], keyRange?.[1]);
    if (node === null || node === undefined) {
      b.close(i, 'null', keyRange?.[0] ?? -1, keyRange?.[1] ?? -1);
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items as Pair<unknown, unknown>[]) {
        if (isScalar(pair.key)) walk(pair.value ?? null, String(pair.key.value), rangeOf(pair.key as Node));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, n) => walk(item ?? null, n, undefined));
    }
    const range = rangeOf(node as Node);
    b.close(i, isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'scalar', range?.[0] ?? -1, range?.[1] ?? -1);
  };
  walk(root, '', undefined);
  return b.index(lines, firstLine);
}

const rangeOf = (node: { range?: [number, number, number] | null | undefined }): readonly number[] | undefined => node.range ?? undefined;

/** The position of the text [from, to) of the YAML (from -1: the YAML's first line, which has no range). */
export function spanOf(index: Pick<PositionIndex, 'firstLine' | 'lines'>, from: number, to: number): Position {
  if (from < 0) return { line: index.firstLine, column: 1 };
  const a = lineOf(index.lines, from);
  const b = lineOf(index.lines, to);
  return {
    line: a + index.firstLine,
    column: from - index.lines[a]! + 1,
    endLine: b + index.firstLine,
    endColumn: to - index.lines[b]! + 1,
  };
}

/** The 0-based line an offset is on: the last line start at or before it. */
export function lineOf(lines: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The child of `node` named `seg` (a list index may come as a string, a key as a number), or -1. */
function child(index: PositionIndex, node: number, seg: PathSegment): number {
  const end = index.nodes[node * STRIDE]!;
  for (let c = node + 1; c < end; c = index.nodes[c * STRIDE]!) {
    const k = index.keys[c]!;
    if (k === seg || (typeof k !== typeof seg && String(k) === String(seg))) return c;
  }
  return -1;
}

/**
 * The file location of the node at a data path. A missing node points at its nearest existing ancestor: a
 * missing key at the key of the map that lacks it, a missing list item at the list.
 */
export function locator(file: string, index: PositionIndex): (path: readonly PathSegment[], part?: 'key' | 'value') => Location {
  const at = (node: number, key: boolean): Location => {
    if (node < 0) return { file, line: index.firstLine, column: 1 };
    const o = node * STRIDE;
    const useKey = key && index.nodes[o + 4]! >= 0;
    const p = useKey ? spanOf(index, index.nodes[o + 4]!, index.nodes[o + 5]!) : spanOf(index, index.nodes[o + 2]!, index.nodes[o + 3]!);
    return { file, ...p };
  };
  return (path, part = 'value') => {
    let node = index.nodes.length > 0 ? 0 : -1;
    for (const seg of path) {
      const next = node < 0 ? -1 : child(index, node, seg);
      if (next < 0) return at(node, node >= 0 && index.nodes[node * STRIDE + 1] === MAP);
      node = next;
    }
    return at(node, part === 'key');
  };
}
