/**
 * A Markdown body rendered once to HTML, with holes for what depends on where it is placed: its id prefix, its
 * heading levels, its `[text](@id)` links and its images. Made on a worker thread or read from the cache, it is
 * placed by filling the holes in a string, so a build neither copies nor walks nor serializes the body's tree
 * again: the tree of a large document stays small, and most of its HTML is written once and reused.
 *
 * Placing gives the same bytes as transforming the tree and serializing it whole (markdownToHast + toHtml);
 * the holes are NUL characters, which no content text can hold (a file with a NUL byte is refused when read,
 * and Markdown and HTML turn `&#0;` into U+FFFD). In attribute values the serializer writes NUL as `&#x0;`,
 * which content cannot produce either: its own `&` is always escaped.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { ENTITY_LINK } from '../core/body-links.js';
import { CLOBBERED, embedImage, type MarkdownOptions, minHeadingDepth, SERIALIZE, textOf } from './markdown.js';

/** Part of a body: a top-level heading alone (a template may put something right after it), or a run of other nodes. */
export interface Segment {
  /** The HTML, with holes. */
  html: string;
  /** Whether it holds an element at all (a body of only whitespace or removed markup does not). */
  elements: boolean;
  /** When it is a top-level heading: its text (with holes), for templates that place things after one. */
  heading?: string;
  /** Headings outside the footnotes, in order, as a table of contents lists them; level relative to the body's top. */
  headings: { level: number; id: string; text: string }[];
}

export interface PlaceableBody {
  segments: Segment[];
  /** When the body is one paragraph and nothing else: its contents' HTML (with holes), for inline use. */
  inline?: string;
  /** The images, for their holes in order (`\0G<k>\0`). */
  images: Element[];
}

/** A heading of a placed body, for the table of contents (templates/layout.ts). */
export interface PlacedHeading {
  level: number;
  id: string;
  text: string;
}

declare module 'hast' {
  interface Data {
    /** On a raw node holding (part of) a placed body: its headings. */
    headings?: PlacedHeading[];
    /** On a raw node holding (part of) a placed body: whether it holds an element. */
    elements?: boolean;
    /** On a raw node holding a top-level heading of a placed body: its text. */
    heading?: string;
  }
}

const HOLE = '\u0000';
const PREFIX = `${HOLE}P`;
/** The footnote labels a body is rendered with: the document's own language fills them in. */
export const FOOTNOTES_HOLE = `${HOLE}F`;
export const FOOTNOTE_BACK_HOLE = `${HOLE}B`;

/** The holed form of what markdownToHast does per use (same order, same rules). */
export function toPlaceable(tree: Root): PlaceableBody {
  const slugger = new GithubSlugger();
  const minDepth = minHeadingDepth(tree);
  const local = (id: string) => `${PREFIX}--${id.replace(CLOBBERED, '')}`;
  const images: Element[] = [];
  let headings: Segment['headings'] = [];
  const walk = (nodes: (RootContent | ElementContent)[], inFootnotes: boolean): void => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.type !== 'element') continue;
      const depth = /^h([1-6])$/.exec(node.tagName);
      const id = node.properties.id;
      if (typeof id === 'string' && CLOBBERED.test(id)) node.properties.id = local(id);
      if (node.tagName === 'img') {
        images.push(node);
        nodes[i] = { type: 'text', value: `${HOLE}G${images.length - 1}${HOLE}` };
        continue;
      }
      if (depth) {
        if (node.properties.id === undefined) node.properties.id = `${PREFIX}--${slugger.slug(textOf(node))}`;
        node.tagName = `h${HOLE}L${Number(depth[1]) - minDepth}${HOLE}`;
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        const href = node.properties.href;
        const entity = ENTITY_LINK.exec(href);
        if (entity) node.properties.href = `${HOLE}E${entity[1]}${HOLE}`;
        else if (href.startsWith('#')) node.properties.href = `#${local(href.slice(1))}`;
      }
      if (node.tagName === 'source') delete node.properties.srcSet;
      for (const key of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
        const v = node.properties[key];
        if (Array.isArray(v)) node.properties[key] = v.map((x) => local(String(x)));
      }
      const footnotes = inFootnotes || node.properties.dataFootnotes !== undefined;
      walk(node.children, footnotes);
      // After its contents, so that its text has their final form (headings do not nest: the order holds).
      if (depth && !footnotes)
        headings.push({ level: Number(depth[1]) - minDepth, id: String(node.properties.id), text: contentsText(node) });
    }
  };
  const segments: Segment[] = [];
  let current: { nodes: RootContent[]; heading?: string } = { nodes: [] };
  const close = () => {
    if (current.nodes.length === 0) return;
    const html = current.nodes.map((n) => toHtml(n, SERIALIZE)).join('');
    const elements = current.nodes.some((n) => n.type === 'element');
    segments.push({ html, elements, ...(current.heading !== undefined ? { heading: current.heading } : {}), headings });
    headings = [];
  };
  // Top level one node at a time, so that each segment knows its own headings; the serialization of a root is
  // that of its children, one after the other.
  for (let i = 0; i < tree.children.length; i++) {
    const top = tree.children[i]!;
    const isHeading = top.type === 'element' && /^h[1-6]$/.test(top.tagName);
    if (isHeading) close();
    const holder = [top];
    walk(holder, false);
    if (isHeading) {
      current = { nodes: [holder[0] as RootContent], heading: textOf(holder[0] as ElementContent) };
      close();
      current = { nodes: [] };
    } else current.nodes.push(holder[0] as RootContent);
  }
  close();
  const only = tree.children.length === 1 ? tree.children[0] : undefined;
  const inline = only?.type === 'element' && only.tagName === 'p' ? only.children.map((c) => toHtml(c, SERIALIZE)).join('') : undefined;
  return { segments, images, ...(inline !== undefined ? { inline } : {}) };
}

/** A heading's text as the table of contents shows it: without `.sr-only` parts. */
function contentsText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const c = node.properties.className;
  if (Array.isArray(c) && c.includes('sr-only')) return '';
  return node.children.map(contentsText).join('');
}

const HOLES = /&#x0;[PB]|\0F|&#x0;E([a-z0-9.-]*)&#x0;|\0L(\d)\0|\0G(\d+)\0/g;
const TEXT_HOLES = /\0P|\0G(\d+)\0/g;
const attribute = (s: string) => s.replaceAll('&', '&#x26;').replaceAll('"', '&#x22;');

/**
 * The body where it goes: raw nodes of HTML, one per segment (none for an empty body); and for inline use, the
 * contents of its paragraph when it is one paragraph, else the same nodes.
 */
export function place(body: PlaceableBody, options: MarkdownOptions): { nodes: ElementContent[]; inline: ElementContent[] } {
  const images = body.images.map((img) => placeImage(img, options));
  const level = (rel: number) => Math.min(6, rel + options.topLevel);
  const text = (s: string) =>
    s.replace(TEXT_HOLES, (_hole, image?: string) => {
      if (image === undefined) return options.prefix;
      const img = images[Number(image)]!;
      return img.tagName === 'span' ? textOf(img) : '';
    });
  const labels = escapedLabels(options);
  const fill = (html: string) =>
    html.replace(HOLES, (hole, entity?: string, rel?: string, image?: string) => {
      if (entity !== undefined) return attribute(options.resolve(entity) ?? '#');
      if (rel !== undefined) return String(level(Number(rel)));
      if (image !== undefined) return toHtml(images[Number(image)]!, SERIALIZE);
      if (hole === '\0F') return labels.footnotes;
      return hole === '&#x0;B' ? labels.back : attribute(options.prefix);
    });
  const nodes: ElementContent[] = [];
  for (const segment of body.segments) {
    const headings = segment.headings.map((h) => ({ level: level(h.level), id: text(h.id), text: text(h.text) }));
    const heading = segment.heading !== undefined ? { heading: text(segment.heading) } : {};
    nodes.push({ type: 'raw', value: fill(segment.html), data: { headings, elements: segment.elements, ...heading } });
  }
  return { nodes, inline: body.inline !== undefined ? [{ type: 'raw', value: fill(body.inline) }] : nodes };
}

/**
 * The footnote labels escaped as the serializer escapes a text and an attribute value (the same bytes as a tree
 * rendered with them); once per language, not per body.
 */
const labelCache = new Map<string, { footnotes: string; back: string }>();
function escapedLabels(options: MarkdownOptions): { footnotes: string; back: string } {
  const id = `${options.footnotesLabel}\u0000${options.footnoteBackLabel}`;
  let labels = labelCache.get(id);
  if (!labels) {
    const back = toHtml({ type: 'element', tagName: 'a', properties: { title: options.footnoteBackLabel }, children: [] }, SERIALIZE);
    labels = { footnotes: toHtml({ type: 'text', value: options.footnotesLabel }, SERIALIZE), back: /"(.*)"/s.exec(back)?.[1] ?? '' };
    labelCache.set(id, labels);
  }
  return labels;
}

/** An image where it goes: embedded from the content (a data: URL), or its alt text; the page fetches nothing. */
function placeImage(stored: Element, options: MarkdownOptions): Element {
  const node = structuredClone(stored);
  const id = node.properties.id;
  if (typeof id === 'string') node.properties.id = id.replaceAll(PREFIX, options.prefix);
  for (const key of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
    const v = node.properties[key];
    if (Array.isArray(v)) node.properties[key] = v.map((x) => String(x).replaceAll(PREFIX, options.prefix));
  }
  embedImage(node, options);
  return node;
}
