/**
 * Markdown bodies → hast, with one frozen unified processor: GFM, raw HTML parsed and then sanitized
 * (rehype-sanitize, GitHub's schema), so neither raw HTML nor a javascript: URL survives. Afterwards each body
 * fragment gets its own id prefix (headings, footnotes), its heading levels shifted to where it is embedded,
 * and `[text](@id)` links resolved to the entity's anchor.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { ENTITY_LINK } from '../core/body-links.js';
import { eachElement } from './walk.js';

/**
 * Frozen processors per language (the footnote labels differ) and per input: re-parsing the tree for raw HTML
 * (rehype-raw) is the costliest step, and a body without a `<` has no raw HTML to parse. Both sanitize.
 */
const processors = new Map<string, ReturnType<typeof makeProcessor>>();
function makeProcessor(footnoteLabel: string, footnoteBackLabel: string, raw: boolean) {
  const base = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: raw, footnoteLabel, footnoteBackLabel });
  return (raw ? base.use(rehypeRaw) : base).use(rehypeSanitize).use(withoutBackLinks).use(sourceNumbers).freeze();
}

/**
 * The footnote numbers the source prints: in a body whose footnotes are all numbered (`[^6]`), each marker and
 * each note shows its own number, as the source numbers them through its pages, not its place in this body
 * (remark counts from 1 in every body). A body with other labels keeps that count.
 */
function sourceNumbers() {
  return (tree: Root) => {
    const refs: [Element, string | undefined][] = [];
    const notes: [Element, string | undefined][] = [];
    if (!hasSection(tree)) return;
    eachElement(tree.children, (node) => {
      if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined)
        refs.push([node, /(?:^#|-)fn-(\d+)$/.exec(String(node.properties.href ?? ''))?.[1]]);
      if (node.tagName === 'li' && /(?:^|-)fn-[^-]+$/.test(String(node.properties.id ?? '')))
        notes.push([node, /(?:^|-)fn-(\d+)$/.exec(String(node.properties.id))?.[1]]);
    });
    if ([...refs, ...notes].some(([, n]) => n === undefined)) return;
    if (notes.every(([, n], i) => Number(n) === i + 1)) return; // already the count: nothing to change
    for (const [a, n] of refs) a.children = [{ type: 'text', value: String(Number(n)) }];
    for (const [li, n] of notes) li.properties.value = Number(n);
  };
}

/**
 * The footnotes as the source prints them: marker and text, without the “↩” link back to the text that
 * remark-rehype adds (a glyph the organisation never wrote; the marker in the text still links to its note).
 */
function withoutBackLinks() {
  return (tree: Root) => {
    if (!hasSection(tree)) return;
    eachElement(tree.children, (node) => {
      if (!node.children.some(isBackLink)) return;
      node.children = node.children.filter((c) => !isBackLink(c));
      const last = node.children.at(-1);
      if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
    });
  };
}
/**
 * Whether the tree has a section at its top, where remark-rehype puts the footnotes: a body without one has no
 * footnote, so the footnote steps need not walk it (most bodies).
 */
const hasSection = (tree: Root): boolean => tree.children.some((c) => c.type === 'element' && c.tagName === 'section');

const isBackLink = (n: ElementContent | Root['children'][number]): boolean =>
  n.type === 'element' && n.tagName === 'a' && n.properties.dataFootnoteBackref !== undefined;
function processorFor(label: string, back: string, raw: boolean) {
  const key = `${label}\u0000${back}\u0000${raw}`;
  let p = processors.get(key);
  if (!p) processors.set(key, (p = makeProcessor(label, back, raw)));
  return p;
}

export const CLOBBERED = /^(?:user-content-)+/;

/**
 * How every document is serialized. Raw nodes are bodies placed as HTML (src/render/placeable.ts): sanitized
 * trees serialized with these same options, so they are written as they are.
 */
export const SERIALIZE = { closeEmptyElements: true, tightSelfClosing: true, allowDangerousHtml: true } as const;

export interface MarkdownOptions {
  /** Unique per body in the document: ids inside become `${prefix}--…`. */
  prefix: string;
  /** The heading level a `#` in the body becomes (a body embedded under an h2 starts at 3). */
  topLevel: number;
  /** Resolve an entity id to an href (same document `#anchor` or `other.html#anchor`). */
  resolve(id: string): string | undefined;
  /** Footnote section label and the back-link label. */
  footnotesLabel: string;
  footnoteBackLabel: string;
  /** A content image path → its data: URL; an image without one is shown as its alt text (the output fetches nothing). */
  image?(src: string): string | undefined;
}

/** The costly half: Markdown → sanitized hast, before placing (prefix, levels, links). Cacheable by text and labels. */
export function markdownTree(markdown: string, footnotesLabel: string, footnoteBackLabel: string, parsed?: MdastRoot): Root {
  const processor = processorFor(footnotesLabel, footnoteBackLabel, markdown.includes('<'));
  // `parsed`: this text's mdast from the same parser (remark-parse with GFM), made for the document's checks.
  return processor.runSync(parsed ?? processor.parse(markdown)) as Root;
}

/** `parsed`: markdownTree's result for this text and these labels, when already made (a worker, the cache). */
export function markdownToHast(markdown: string, options: MarkdownOptions, parsed?: Root): ElementContent[] {
  if (markdown.trim() === '') return [];
  const tree = parsed ?? markdownTree(markdown, options.footnotesLabel, options.footnoteBackLabel);
  const slugger = new GithubSlugger();
  const minDepth = minHeadingDepth(tree);
  // remark-rehype prefixes footnote ids with `user-content-` and the sanitizer prefixes every id again:
  // replace any run of that prefix with this body's own prefix, in ids and in the links that point to them.
  const local = (id: string) => `${options.prefix}--${id.replace(CLOBBERED, '')}`;
  eachElement(tree.children, (node) => {
    const depth = /^h([1-6])$/.exec(node.tagName);
    const id = node.properties.id;
    if (typeof id === 'string' && CLOBBERED.test(id)) node.properties.id = local(id);
    if (depth) {
      if (node.properties.id === undefined) node.properties.id = `${options.prefix}--${slugger.slug(textOf(node))}`;
      node.tagName = `h${Math.min(6, Number(depth[1]) - minDepth + options.topLevel)}`;
    }
    if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      const href = node.properties.href;
      const entity = ENTITY_LINK.exec(href);
      if (entity) node.properties.href = options.resolve(entity[1]!) ?? '#';
      else if (href.startsWith('#')) node.properties.href = `#${local(href.slice(1))}`;
    }
    // The page loads nothing but itself: an image is embedded from the content (a data: URL) or shown as its alt
    // text; GitHub's schema would keep web and relative addresses, each a request when the page opens.
    if (node.tagName === 'img') embedImage(node, options);
    if (node.tagName === 'source') delete node.properties.srcSet;
    for (const key of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
      const v = node.properties[key];
      if (Array.isArray(v)) node.properties[key] = v.map((x) => local(String(x)));
    }
  });
  return tree.children as ElementContent[];
}

/** An image, in place: embedded from the content (its data: URL), else shown as its alt text. */
export function embedImage(node: Element, options: Pick<MarkdownOptions, 'image'>): void {
  const src = typeof node.properties.src === 'string' && options.image ? options.image(node.properties.src) : undefined;
  if (src) node.properties.src = src;
  else {
    node.children = [{ type: 'text', value: typeof node.properties.alt === 'string' ? node.properties.alt : '' }];
    node.tagName = 'span';
    node.properties = { className: ['missing-image'] };
  }
}

export function minHeadingDepth(tree: Root): number {
  let min = 6;
  eachElement(tree.children, (node) => {
    const m = /^h([1-6])$/.exec(node.tagName);
    if (m) min = Math.min(min, Number(m[1]));
  });
  return min;
}

export function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}
