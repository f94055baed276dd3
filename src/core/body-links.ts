/**
 * Links from a Markdown body to other entities, written `[text](@id)`. Found per document (pure, cacheable);
 * the link stage checks that each id exists, the renderer turns them into real links.
 */
import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface BodyLink {
  id: string;
  /** File position of the link. */
  line: number;
  column: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Markdown → mdast with positions, as remark-parse with GFM gives it. A caller that renders the same text may
 * pass its own, which keeps the tree, so a body is parsed once for its checks and its rendering.
 */
export type ParseMarkdown = (text: string) => Root;
export const parseMarkdown: ParseMarkdown = (text) => parser.parse(text) as Root;

export const ENTITY_LINK = /^@([a-z0-9]+(?:[-.][a-z0-9]+)*)$/;

export function bodyLinks(body: string, bodyLine: number, parse: ParseMarkdown = parseMarkdown): BodyLink[] {
  if (!body.includes('](@')) return []; // most bodies have none: skip the parse
  const tree = parse(body);
  const links: BodyLink[] = [];
  visit(tree, 'link', (node: Link) => {
    const m = ENTITY_LINK.exec(node.url);
    if (m && node.position) links.push({ id: m[1]!, line: node.position.start.line + bodyLine - 1, column: node.position.start.column });
  });
  return links;
}
