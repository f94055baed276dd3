/**
 * Charts as SVG, drawn at build time by Vega-Lite (compiled to Vega, rendered headless in Node): the same SVG
 * serves the HTML and the PDF, and needs no script to read. Templates ask for a chart and get a placeholder;
 * the renderer draws all charts of a document afterwards (Vega renders asynchronously) and fills them in.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type * as vega from 'vega';

import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from './labels/index.js';
import { SERIALIZE } from './markdown.js';

export interface ChartRequest {
  spec: TopLevelSpec;
  /** Short title shown above the chart and used as its accessible name. */
  title: string;
  /** Text alternative: what the chart shows. */
  description: string;
}

const NUMBER_LOCALE: Record<Locale, object> = {
  'nl-BE': { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] },
};
const TIME_LOCALE: Record<Locale, object> = {
  'nl-BE': {
    dateTime: '%a %e %B %Y %X',
    date: '%d-%m-%Y',
    time: '%H:%M:%S',
    periods: ['', ''],
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
  en: {
    dateTime: '%a %e %B %Y %X',
    date: '%Y-%m-%d',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

/** House style shared by every chart: readable on paper, no interactivity. */
const CONFIG = {
  font: 'Liberation Sans, DejaVu Sans, Arial, sans-serif',
  // The root <svg> carries role="img" and the text alternative; Vega's own (English) ARIA labels would only repeat it.
  aria: false,
  mark: { aria: false },
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelColor: '#222', titleColor: '#222', gridColor: '#ddd' },
  legend: { labelFontSize: 11, titleFontSize: 11 },
  range: { category: ['#1f5f8b', '#e07b39', '#4c9a2a', '#8e5ea2', '#c9a227', '#5b8c85', '#b5485d'] },
};

export async function renderChart(request: ChartRequest, locale: Locale): Promise<string> {
  const spec = { ...request.spec, description: request.description, config: { ...CONFIG, ...(request.spec.config ?? {}) } } as TopLevelSpec;
  // Vega and Vega-Lite load on the first chart, not at start-up: validate, lsp and chartless documents skip them.
  const [vg, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  /** vega re-exports vega-format's `locale`, which its typings omit. */
  const makeLocale = (vg as unknown as { locale(number: object, time: object): vega.LocaleFormatters }).locale;
  const compiled = compile(spec).spec;
  // Clip and gradient ids count from one again for each chart (vega re-exports vega-scenegraph's reset): a
  // chart's SVG then depends on its request alone, not on the charts drawn before it, so it can be kept.
  (vg as unknown as { resetSVGDefIds?: () => void }).resetSVGDefIds?.();
  const view = new vg.View(vg.parse(compiled), { renderer: 'none', locale: makeLocale(NUMBER_LOCALE[locale], TIME_LOCALE[locale]) });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** Charts drawn by earlier builds, as their HTML, by request (src/assemble keeps them with a document's sections). */
export interface ChartMemo {
  get(request: ChartRequest): string | undefined;
  set(request: ChartRequest, html: string): void;
}

/** Collects chart requests while a template runs; `fill` draws them and swaps them into the tree. */
export class ChartRegistry {
  private readonly requests: { request: ChartRequest; node: Element }[] = [];

  constructor(
    private readonly locale: Locale,
    private readonly memo?: ChartMemo,
  ) {}

  /** A placeholder element the real SVG replaces. */
  placeholder(request: ChartRequest): Element {
    const node: Element = { type: 'element', tagName: 'div', properties: { className: ['chart'] }, children: [] };
    this.requests.push({ request, node });
    return node;
  }

  async fill(): Promise<void> {
    // In order, one at a time: Vega's internal id counters then give the same SVG on every build.
    // Placed as the labelled element's HTML, drawn or kept alike: the same bytes as serializing it in the page.
    for (const { request, node } of this.requests) {
      let html = this.memo?.get(request);
      if (html === undefined) {
        html = toHtml(svgElement(await renderChart(request, this.locale), `${request.title}. ${request.description}`), SERIALIZE);
        this.memo?.set(request, html);
      }
      node.children = [{ type: 'raw', value: html }];
    }
  }
}

/**
 * Vega's SVG as a hast element (parsed, never spliced in as a string), named for assistive technology: the
 * serializer escapes it like every other node, so the document needs no raw HTML.
 */
export function svgElement(svg: string, label: string): Element {
  const root = fromHtml(svg, { fragment: true });
  const element = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg');
  if (!element) throw new Error('Vega rendered no <svg> element');
  // role and label first, where they stood when the label was written into the markup.
  element.properties = { role: 'img', ariaLabel: label, ...element.properties };
  return element;
}
