/**
 * What every template gets: labels and formatting for the document's locale, names to look up, and helpers
 * that build HTML by construction (hast), so escaping cannot be forgotten. What a document shows arrives as its
 * view model (src/render/views); templates import only types from src/, so the view layer stays one-way.
 */
import type { Element, ElementContent } from 'hast';
import { type Child, h, type Properties } from 'hastscript';
import type { Figure, Unit } from '../src/core/compute/types.js';
import type { ChartRequest } from '../src/render/charts.js';
import type { Formatter } from '../src/render/format.js';
import type { Labels, Locale } from '../src/render/labels/index.js';
import type { Lookup } from '../src/render/views/lookup.js';

export type { Child };
export { h };

export interface RenderContext {
  labels: Labels;
  lookup: Lookup;
  /** Whether a computed figure differs from the declared one (the compiler's tolerance; percentages rounded). */
  differs(f: Figure, percent: boolean): boolean;
  fmt: Formatter;
  locale: Locale;
  /** Output file name of the plan and of each report year (for links across documents). */
  files: { plan: string; reports: Map<number, string>; context?: string };
  /** The file being rendered. */
  file: string;
  /**
   * Markdown body → hast, ids prefixed, headings starting at `topLevel`; a body may come as one raw node of HTML.
   * `from`: the content file the text is written in (its `file`): its image paths start from that file's folder.
   */
  md(body: string, prefix: string, topLevel: number, from: string): ElementContent[];
  /**
   * A node as its HTML, once: for a node repeated many times (the marks of a large table), so it is built and
   * serialized once rather than per use. Only for nodes without ids or headings, which nothing looks into.
   */
  serialized(node: ElementContent): ElementContent;
  /**
   * A short Markdown text (a summary, a planning line) inline: its paragraph's contents when it is one paragraph.
   * Such texts live in YAML fields, whose images are not checked: an image there shows as its alt text.
   */
  inline(text: string, prefix: string): ElementContent[];
  /** Href of an entity by id (same document: `#anchor`, else `file#anchor`), undefined when it has no page. */
  href(id: string): string | undefined;
  chart(request: ChartRequest): Element;
  /**
   * A section drawn by `render` from `input` (what it shows: its view model), kept between builds: the assembler
   * reuses its HTML while the input and the answers to what it asked (`href`, `lookup`, its bodies' links) are
   * the same. `name` tells the kinds of section apart; a section may be nothing (null). Same bytes either way
   * (src/assemble/fragments.ts).
   */
  fragment(name: string, input: unknown, render: () => Element | null, options?: FragmentOptions): ElementContent | null;
  /** Build date (from SOURCE_DATE_EPOCH), ISO, or undefined. */
  buildDate: string | undefined;
  /** Whether a chapter of this document names the piece in its `include` (the pieces the source may not have). */
  includes(piece: 'served-by' | 'contributions' | 'plan-link' | 'answered-by' | 'funding-shares'): boolean;
  generator: string;
}

/** Anchor of an entity in the document that shows it. */
export function anchor(kind: string, id: string): string {
  return `${kind}-${id}`;
}

/** A link to an entity when it has a page, its plain title otherwise. */
export interface FragmentOptions {
  /**
   * false: the section shows no document's body (nor its links), so the documents in its input are keyed by their
   * kind, file and data, and a changed text does not draw it again (the overview of 10,000 actions). A section that
   * does show one must not say so: test/unit/incremental.test.ts edits bodies and compares with a build from scratch.
   */
  bodies?: false;
}

export function link(r: RenderContext, id: string, text: string): ElementContent {
  const href = r.href(id);
  return href ? h('a', { href }, text) : h('span', text);
}

export function joinInline(items: ElementContent[], separator = ', '): ElementContent[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [{ type: 'text', value: separator } as ElementContent, item]));
}

/**
 * What a document prints for a figure or a fact the content lacks: a neutral mark, never a sentence of the tool.
 * The one sentence that explains it is the content's (the `legend` part); why it is missing is for the staff
 * quality report.
 */
export const MISSING = '–';

/**
 * A figure as the document prints it: the number the organisation stated, else the computed one (a lower bound
 * “≥” when some inputs were not reported), else the mark. How stated and computed compare is for the staff
 * quality report, not for the funder's document.
 */
export function figure(r: RenderContext, f: Figure | undefined, unit: Unit, lost = false): ElementContent {
  const { labels, fmt } = r;
  const missing = h(lost ? 'span.unavailable' : 'span.not-reported', MISSING);
  if (!f) return missing;
  if (typeof f.declared === 'number') return h('span.figure', fmt.unit(f.declared, unit, MISSING));
  if (f.value === null) return missing;
  const parts: ElementContent[] = [h('span', fmt.unit(f.value, unit, MISSING))];
  if (f.missing > 0) parts.push(h('span.lower-bound', { title: labels.lowerBound }, ' (≥)'));
  return h('span.figure', parts);
}

/** A definition list of facts, skipping empty ones. */
export function facts(rows: [string, Child][]): Element | null {
  const kept = rows.filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
  if (kept.length === 0) return null;
  return h(
    'dl.facts',
    kept.flatMap(([k, v]) => [h('dt', k), h('dd', v as never)]),
  );
}

export function section(id: string, className: string, children: Child[]): Element {
  return h('section', { id, className: [className] }, children as never);
}

/** A table with a caption, a header row and body rows; `thead` repeats on every printed page. */
export function table(
  caption: string | null,
  head: Child[][],
  rows: Child[][],
  options: { className?: string; foot?: Child[][] } = {},
): Element {
  return h('table', options.className ? { className: [options.className] } : {}, [
    caption ? h('caption', caption) : null,
    h(
      'thead',
      head.map((row) => h('tr', row as never)),
    ),
    h(
      'tbody',
      rows.map((row) => h('tr', row as never)),
    ),
    options.foot && options.foot.length > 0
      ? h(
          'tfoot',
          options.foot.map((row) => h('tr', row as never)),
        )
      : null,
  ]);
}

export const th = (content: Child, props: Properties = {}) => h('th', { scope: 'col', ...props }, content as never);
export const rh = (content: Child, props: Properties = {}) => h('th', { scope: 'row', ...props }, content as never);
export const td = (content: Child, props: Properties = {}) => h('td', props, content as never);

/** A theme's name: its title, “transversal” for work outside every theme, the id when unknown. */
export function themeName(r: RenderContext, id: string | undefined): string {
  const title = r.lookup.themeTitle(id);
  return title === null ? r.labels.transversal : (title ?? id ?? '');
}

/** The text of a hast node. */
export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}
