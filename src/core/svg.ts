/**
 * SVG from the content, made safe to embed as an image: parsed to hast, then only drawing elements survive
 * (rehype-sanitize with an SVG allow-list), no event handler, no reference to another file. Shown as an `<img>`
 * it could not run script anyway; this keeps the document's own bytes free of it too.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { cssReferences } from './stylesheet.js';

const TAGS = [
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'defs',
  'use',
  'symbol',
  'title',
  'desc',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'style',
  'filter',
  'feGaussianBlur',
  'feOffset',
  'feBlend',
  'feColorMatrix',
  'feFlood',
  'feComposite',
  'feMerge',
  'feMergeNode',
  'switch',
];
const LINKS = new Set(['href', 'xLinkHref', 'src']);

export type SanitizeSvg = (text: string) => { svg: string; changed: boolean };

export const sanitizeSvg: SanitizeSvg = (text) => {
  const tree = fromHtml(text, { fragment: true }) as Root;
  let changed = false;
  const names = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    for (const [key, value] of Object.entries(node.properties)) {
      const local = LINKS.has(key) && !String(value).startsWith('#');
      const styled = key === 'style' && cssReferences(String(value), 'declarationList').length > 0;
      if (/^on/i.test(key) || local || styled) {
        delete node.properties[key];
        changed = true;
      } else names.add(key);
    }
    if (node.tagName === 'style' && cssReferences(node.children.map((c) => (c.type === 'text' ? c.value : '')).join('')).length > 0) {
      node.children = [];
      changed = true;
    }
    if (!TAGS.includes(node.tagName)) changed = true;
  });
  const clean = unified()
    .use(rehypeSanitize, {
      tagNames: TAGS,
      attributes: { '*': [...names].sort() },
      clobber: [],
      clobberPrefix: '',
      strip: ['script', 'foreignObject'],
      protocols: {},
      ancestors: {},
      required: {},
    })
    .runSync(tree) as Root;
  const svg = clean.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg');
  if (!svg) return { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', changed: true };
  // A standalone SVG (a data: URL) needs its namespace declared.
  svg.properties.xmlns = 'http://www.w3.org/2000/svg';
  if (names.has('xLinkHref')) svg.properties.xmlnsXLink = 'http://www.w3.org/1999/xlink';
  return { svg: toHtml(svg, { space: 'svg' }), changed };
};
