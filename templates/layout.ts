/** The document shell: head with the inlined style sheet, cover, table of contents, main, footer. */
import type { Element, ElementContent, Root } from 'hast';
import type { CoverArt } from '../src/render/branding.js';
import { h, type RenderContext } from './kit.js';

export interface Cover extends CoverArt {
  organisation: string;
  title: string;
  subtitle?: string;
  period?: string;
  date?: string;
  /** The date as the document itself prints it (“28.04.2022”), shown in place of `date` in the locale's words. */
  dateRaw?: string;
}

/** The generated parts around the body; each is on unless the configuration turns it off. */
export interface Parts {
  cover?: boolean;
  contents?: boolean;
  colophon?: boolean;
}

/** What a document may load and run: its own inline styles, data: images and fonts; nothing else. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

export function page(r: RenderContext, cover: Cover, css: string, body: ElementContent[], parts: Parts = {}): Root {
  const { labels, locale, fmt } = r;
  const title = cover.subtitle ? `${cover.title} — ${cover.subtitle}` : cover.title;
  const main = h('main', { id: 'inhoud' }, body);
  focusableScrollRegions(main);
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: locale }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          // Self-contained by design: styles inline, images and fonts as data: URLs, no script at all, nothing fetched.
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('meta', { name: 'author', content: cover.organisation }),
          h('meta', { name: 'generator', content: r.generator }),
          r.buildDate ? h('meta', { name: 'dcterms.modified', content: r.buildDate }) : null,
          h('style', css),
        ]),
        h('body', [
          parts.cover === false ? h('h1.document-title.sr-only', title) : coverPage(r, cover),
          parts.contents === false ? null : tableOfContents(main, labels.contents),
          main,
          // Placed by the content only, and then the build date alone: the tool's name is in the metadata
          // (<meta name="generator">, the PDF's /Creator), never on a page the funder reads.
          parts.colophon === true && r.buildDate ? h('footer.colophon', [h('p', `${labels.buildDate}: ${fmt.date(r.buildDate)}`)]) : null,
        ]),
      ]),
    ],
  };
}

/**
 * The cover, in reading order and by weight: who (logo, organisation), what (title, subtitle), when (period,
 * date). The organisation is the name the document itself carries; no logo is shown unless the content has one.
 */
function coverPage(r: RenderContext, cover: Cover): Element {
  const { labels, fmt } = r;
  const when = [
    cover.period ? h('p.period', `${labels.period}: ${cover.period}`) : null,
    cover.dateRaw ? h('p.date', cover.dateRaw) : cover.date ? h('p.date', fmt.date(cover.date)) : null,
  ].filter((x) => x !== null);
  return h('header.cover', { id: 'voorblad' }, [
    h('div.cover-who', [
      cover.logo ? h('img.cover-logo', { src: cover.logo.src, alt: cover.logo.alt }) : null,
      h('p.organisation', cover.organisation),
    ]),
    h('div.cover-what', [h('h1.document-title', cover.title), cover.subtitle ? h('p.subtitle', cover.subtitle) : null]),
    cover.image ? h('div.cover-image', [h('img', { src: cover.image.src, alt: cover.image.alt })]) : null,
    when.length > 0 ? h('div.cover-when', when) : null,
  ]);
}

/**
 * The passes page() makes over its main element, for one section drawn on its own (src/assemble/fragments.ts):
 * named scroll regions and (with a table of contents) ids for its headings, applied in place; returns the headings
 * the contents list.
 * Each pass reads only the section it is in, so a section prepared alone is the same bytes as in the page.
 */
export function prepareSection(section: Element, parts: Parts): { level: number; id: string; text: string }[] {
  focusableScrollRegions(section);
  if (parts.contents === false) return [];
  assignHeadingIds(section);
  return headingsOf([section]);
}

/** The h2 and h3 headings with ids, in order, as the contents list them. */
function headingsOf(nodes: ElementContent[]): { level: number; id: string; text: string }[] {
  const entries: { level: number; id: string; text: string }[] = [];
  const walk = (node: ElementContent) => {
    // A body placed as HTML (src/render/placeable.ts) lists its own headings.
    if (node.type === 'raw') {
      for (const h of node.data?.headings ?? []) if ((h.level === 2 || h.level === 3) && h.text.trim() !== '') entries.push(h);
      return;
    }
    if (node.type !== 'element') return;
    if (node.properties.dataFootnotes !== undefined) return; // the hidden “Voetnoten” heading of a body
    const m = /^h([23])$/.exec(node.tagName);
    if (m && typeof node.properties.id === 'string' && text(node).trim() !== '')
      entries.push({ level: Number(m[1]), id: node.properties.id, text: text(node) });
    for (const c of node.children) walk(c);
  };
  for (const c of nodes) walk(c);
  return entries;
}

/** Contents from the headings that were actually rendered: h2 chapters with their h3 sections. */
function tableOfContents(main: Element, label: string): Element {
  // Headings carry no id themselves in generated sections; give each h2/h3 the id of the section it opens.
  assignHeadingIds(main);
  const entries = headingsOf(main.children);
  const items: Element[] = [];
  let current: Element | null = null;
  for (const e of entries) {
    const li = h('li', [h('a', { href: `#${e.id}` }, e.text)]);
    if (e.level === 2 || !current) {
      items.push(li);
      current = li;
    } else {
      let sub = current.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
      if (!sub) current.children.push((sub = h('ol')));
      sub.children.push(li);
    }
  }
  return h('nav.toc', { ariaLabelledby: 'inhoudstafel' }, [h('h2', { id: 'inhoudstafel' }, label), h('ol', items)]);
}

function assignHeadingIds(node: Element): void {
  // A placed body with elements comes first when it does: its first element is never a heading without an id.
  const first = node.children.find((c) => c.type === 'element' || (c.type === 'raw' && c.data?.elements === true));
  if (
    node.tagName === 'section' &&
    typeof node.properties.id === 'string' &&
    first?.type === 'element' &&
    /^h[1-6]$/.test(first.tagName) &&
    first.properties.id === undefined
  ) {
    first.properties.id = `${node.properties.id}--titel`;
  }
  for (const c of node.children) if (c.type === 'element') assignHeadingIds(c);
}

function text(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (Array.isArray(node.properties.className) && node.properties.className.includes('sr-only')) return '';
    return node.children.map(text).join('');
  }
  return '';
}

/**
 * A wide table scrolls sideways on a narrow screen: such a region must be reachable by keyboard and named
 * (WCAG 2.1.1), so each `.wide` wrapper becomes a focusable region labelled by its table's caption.
 */
function focusableScrollRegions(node: Element): void {
  const classes = node.properties.className;
  if (node.tagName === 'div' && Array.isArray(classes) && classes.includes('wide')) {
    const caption = findCaption(node);
    node.properties.tabIndex = 0;
    node.properties.role = 'region';
    if (caption) node.properties.ariaLabel = caption;
  }
  for (const c of node.children) if (c.type === 'element') focusableScrollRegions(c);
}

function findCaption(node: Element): string | undefined {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'caption') return text(c);
    const inner = findCaption(c);
    if (inner) return inner;
  }
  return undefined;
}
