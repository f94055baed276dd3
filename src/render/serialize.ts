/**
 * A whole document to HTML, with hast-util-to-html, in pieces. Serializing a tree in one call builds every
 * element's string from its children's, so each byte is copied once per level above it: for a plan of 10,000
 * entities (some 30 MB of HTML, a dozen levels deep) that is gigabytes of intermediate strings, which the garbage
 * collector lets pile up. Here the large elements are opened and closed by hand and everything small is
 * serialized by the library, into one list joined at the end: the same bytes, each copied a few times at most.
 */
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SERIALIZE } from './markdown.js';

/** Subtrees with fewer descendants than this are serialized whole. */
const SMALL = 64;

/** Elements whose text the serializer writes as it is (raw text): never split, a lone text would be escaped. */
const RAW_TEXT = new Set(['script', 'style']);

export function serializeDocument(tree: Root): string {
  const out: string[] = [];
  for (const child of tree.children) write(child, out);
  return out.join('');
}

/** One element as the document would hold it (the same bytes as its part of serializeDocument's). */
export function serializeNode(node: Element): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

function write(node: RootContent, out: string[]): void {
  if (node.type !== 'element' || !splittable(node)) {
    out.push(toHtml(node, SERIALIZE));
    return;
  }
  // The element without its children: its open tag followed by its close tag.
  const close = `</${node.tagName}>`;
  const shell = toHtml({ ...node, children: [] }, SERIALIZE);
  if (!shell.endsWith(close)) throw new Error(`bug: <${node.tagName}> does not serialize as open and close tags`);
  out.push(shell.slice(0, shell.length - close.length));
  for (const child of node.children) write(child, out);
  out.push(close);
}

/** An HTML element large enough to be worth opening by hand (SVG and raw-text elements never are). */
function splittable(node: Element): boolean {
  if (node.tagName === 'svg' || RAW_TEXT.has(node.tagName) || node.children.length === 0) return false;
  return countUpTo(node, SMALL) >= SMALL;
}

function countUpTo(node: Element, limit: number): number {
  let n = 0;
  const stack: RootContent[] = [...node.children];
  while (stack.length > 0 && n < limit) {
    const c = stack.pop()!;
    n++;
    if (c.type === 'element') stack.push(...c.children);
  }
  return n;
}
