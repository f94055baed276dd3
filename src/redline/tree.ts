/**
 * What the redline compares: a document's elements seen as blocks. A block element (p, li, a heading, a table
 * cell, a section …) is compared with its counterpart; an atomic one (an SVG chart) only as a whole; a run of text
 * and inline elements between blocks is a block of its own.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { eachElement } from '../render/walk.js';

export { eachElement } from '../render/walk.js';

/** Elements that make a block (flow content that is not phrasing, and the parts of lists and tables). */
const BLOCK = new Set(
  (
    'address article aside blockquote body caption col colgroup dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 head header hgroup hr html li main menu nav ol p pre search section summary table tbody td tfoot th ' +
    'thead tr ul legend'
  ).split(' '),
);
/** Elements compared as a whole, never inside (a chart's drawing has no words to redline). */
const ATOMIC = new Set(['svg', 'math', 'iframe', 'object', 'video', 'audio', 'canvas']);
export const HEADING = /^h[1-6]$/;

export const isBlock = (n: RootContent | Root): boolean => n.type === 'element' && BLOCK.has(n.tagName);
export const isAtomic = (n: RootContent | Root): boolean => n.type === 'element' && ATOMIC.has(n.tagName);

/**
 * Keys and leaf flags of one tree, by node, computed when first asked (the alignment asks only about the parts
 * that differ). A node's key is its source text, which the parser gives by offsets: equal source, equal subtree
 * (both documents are parsed the same way). A node without offsets falls back to a structural hash.
 */
export class TreeInfo {
  private readonly keys = new WeakMap<object, string>();
  private readonly blocks = new WeakMap<object, boolean>();

  constructor(private readonly source: string) {}

  key(node: RootContent): string {
    let k = this.keys.get(node);
    if (k !== undefined) return k;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && end >= start) k = `${node.type}:${this.source.slice(start, end)}`;
    else if (node.type === 'text' || node.type === 'comment') k = `${node.type}:${node.value}`;
    else if (node.type !== 'element') k = node.type;
    else k = hash(`${node.tagName}|${JSON.stringify(node.properties)}|${node.children.map((c) => this.key(c)).join(',')}`);
    this.keys.set(node, k);
    return k;
  }

  /** A block element with no block or atomic element inside: its words are compared. */
  leaf(node: RootContent): boolean {
    return node.type === 'element' && isBlock(node) && !this.hasBlock(node);
  }

  /** Contains a block or atomic element at any depth. */
  private hasBlock(node: Element): boolean {
    let v = this.blocks.get(node);
    if (v === undefined) {
      v = node.children.some((c) => c.type === 'element' && (isBlock(c) || isAtomic(c) || this.hasBlock(c)));
      this.blocks.set(node, v);
    }
    return v;
  }
}

/** Two independent 32-bit string hashes (FNV-1a and a multiplicative one), for nodes without source offsets. */
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `#${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${s.length.toString(36)}`;
}

/** An element's classes as the parser gives them. */
export function classes(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

export function hasClass(el: Element, name: string): boolean {
  return classes(el).includes(name);
}

export function addClass(el: Element, name: string): void {
  const c = classes(el);
  if (!c.includes(name)) el.properties.className = [...c, name];
}

/** The text of nodes, as a reader sees it: no SVG drawing, no comments. */
export function textOf(nodes: readonly (RootContent | ElementContent)[], skip?: (el: Element) => boolean): string {
  let out = '';
  const walk = (n: RootContent | ElementContent) => {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element' && !ATOMIC.has(n.tagName) && !skip?.(n)) for (const c of n.children) walk(c);
  };
  for (const n of nodes) walk(n);
  return out;
}

export function findElement(nodes: readonly (RootContent | ElementContent)[], test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  eachElement(nodes, (el) => {
    if (found) return false;
    if (test(el)) found = el;
    return found === undefined;
  });
  return found;
}
