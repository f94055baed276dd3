/**
 * render: the linked content and its indicators → one self-contained HTML file per document (the multi-year
 * plan and each year's progress report). Styles are inlined, charts are SVG, nothing is fetched, no script runs.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Indicators } from '../core/compute/types.js';
import type { Difference } from '../core/differences.js';
import type { LinkContext } from '../core/link/model.js';
import { differs } from '../core/compute/figures.js';
import { page } from '../../templates/layout.js';
import { anchor, type RenderContext } from '../../templates/kit.js';
import { planBody } from '../../templates/plan/index.js';
import { reportBody } from '../../templates/report/index.js';
import { ChartRegistry } from './charts.js';
import { formatter } from './format.js';
import { LABELS, type Locale } from './labels/index.js';
import { markdownToHast, type MarkdownOptions } from './markdown.js';
import { sortBy } from '../core/sort.js';
import { buildLookup } from './views/lookup.js';
import { planView } from './views/plan.js';
import { reportView } from './views/report.js';

/**
 * Chart SVG is written as Vega writes it: an empty SVG element self-closes without a space (`<rect …/>`).
 * These options touch foreign (SVG) elements only; raw HTML is not allowed anywhere.
 */
const SERIALIZE = { closeEmptyElements: true, tightSelfClosing: true } as const;

export interface RenderInput {
  context: LinkContext;
  indicators: Indicators;
  differences: Difference[];
  locale: Locale;
  css: string;
  /** ISO date of the build (from SOURCE_DATE_EPOCH), or undefined to print none. */
  buildDate: string | undefined;
  generator: string;
  /** Markdown → hast, e.g. through the cache (render/body-cache.ts); default: markdownToHast. */
  renderBody?: RenderBody;
}

export type RenderBody = (markdown: string, options: MarkdownOptions) => ElementContent[];

export interface OutputFile {
  path: string;
  contents: string;
  /** What the file is: a document to print as PDF, or data. */
  role: 'document' | 'data';
  title?: string;
}

/** Which document shows an entity, and under which anchor prefix. */
const PLAN_KINDS: Record<string, string> = {
  goal: 'goal',
  'strategic-action': 'action',
  'transversal-action': 'action',
  'internal-action': 'action',
  'sub-project': 'action',
  region: 'region',
  municipality: 'municipality',
  theme: 'theme',
  'priority-theme': 'priority',
  source: 'source',
};
const REPORT_KINDS: Record<string, string> = { progress: 'progress', signal: 'signal', change: 'change', evaluation: 'evaluation', partnerships: 'partnerships' };

export function documentFiles(context: LinkContext): { plan: string; reports: Map<number, string> } {
  return {
    plan: `${context.plan?.data.id ?? 'plan'}.html`,
    reports: new Map(context.reports.map((r) => [r.data.year, `${r.data.id}.html`])),
  };
}

export async function renderDocuments(input: RenderInput): Promise<OutputFile[]> {
  const { context, locale } = input;
  const files = documentFiles(context);
  const labels = LABELS[locale];
  const fmt = formatter(locale);

  // Where each entity lives: built once, used by every link.
  const targets = new Map<string, { file: string; anchor: string }>();
  for (const [id, defs] of context.definitions) {
    const d = defs[0]!;
    if (PLAN_KINDS[d.kind]) targets.set(id, { file: files.plan, anchor: anchor(PLAN_KINDS[d.kind]!, id) });
  }
  // Report-side entities live in their year's report; chapters in their document. Indexed once: linear.
  const yearById = new Map<string, number>();
  for (const list of [context.progress, context.signals, context.changes, context.evaluations, context.partnerships] as { data: { id: string; year: number } }[][]) {
    for (const doc of list) if (!yearById.has(doc.data.id)) yearById.set(doc.data.id, doc.data.year);
  }
  const chapterById = new Map(context.chapters.map((c) => [c.data.id, c] as const));
  const reportYear = new Map(context.reports.map((r) => [r.data.id, r.data.year] as const));
  for (const [id, defs] of context.definitions) {
    const kind = defs[0]!.kind;
    if (REPORT_KINDS[kind]) {
      const file = files.reports.get(yearById.get(id) ?? -1);
      if (file) targets.set(id, { file, anchor: anchor(REPORT_KINDS[kind]!, id) });
    } else if (kind === 'chapter') {
      const c = chapterById.get(id);
      if (!c) continue;
      const file = c.data.document === context.plan?.data.id ? files.plan : files.reports.get(reportYear.get(c.data.document) ?? -1);
      if (file) targets.set(id, { file, anchor: anchor('chapter', id) });
    }
  }

  // The texts are in the content's language; when the document's labels are in another, mark the texts so
  // screen readers and hyphenation use the right language (WCAG 3.1.2).
  const contentLang = context.plan?.data.locale ?? 'nl-BE';
  const inContentLanguage = (nodes: ElementContent[]): ElementContent[] =>
    contentLang === locale || nodes.length === 0 ? nodes : [{ type: 'element', tagName: 'div', properties: { lang: contentLang }, children: nodes }];

  const outputs: OutputFile[] = [];
  const lookup = buildLookup(context);
  const make = async (file: string, cover: Parameters<typeof page>[1], body: (r: RenderContext) => ReturnType<typeof planBody>) => {
    const charts = new ChartRegistry(locale);
    const r: RenderContext = {
      labels,
      lookup,
      differs,
      fmt,
      locale,
      files,
      file,
      buildDate: input.buildDate,
      generator: input.generator,
      md: (markdown, prefix, topLevel): ElementContent[] =>
        inContentLanguage((input.renderBody ?? markdownToHast)(markdown, {
          prefix,
          topLevel,
          footnotesLabel: labels.footnotes,
          footnoteBackLabel: labels.footnoteBack,
          resolve: (id) => hrefFrom(file, id),
        })),
      href: (id) => hrefFrom(file, id),
      chart: (request) => charts.placeholder(request),
    };
    const tree = page(r, cover, input.css, body(r));
    await charts.fill();
    outputs.push({ path: file, contents: toHtml(tree, SERIALIZE) + '\n', role: 'document', title: cover.title });
  };
  const hrefFrom = (from: string, id: string): string | undefined => {
    const t = targets.get(id);
    if (!t) return undefined;
    return t.file === from ? `#${t.anchor}` : `${t.file}#${t.anchor}`;
  };

  const plan = context.plan;
  if (plan) {
    await make(
      files.plan,
      {
        organisation: plan.data.organisation.name,
        title: plan.data.title,
        ...(plan.data.subtitle ? { subtitle: plan.data.subtitle } : {}),
        period: `${plan.data.period.start}-${plan.data.period.end}`,
        ...(plan.data.date ? { date: plan.data.date } : {}),
      },
      (r) => planBody(r, planView(context, input.indicators)),
    );
  }
  for (const report of sortBy(context.reports, (r) => r.data.year)) {
    await make(
      files.reports.get(report.data.year)!,
      {
        organisation: report.data.organisation,
        title: report.data.title,
        ...(plan ? { subtitle: plan.data.title } : {}),
        period: String(report.data.year),
        ...(report.data.date ? { date: report.data.date } : {}),
      },
      (r) => reportBody(r, reportView(context, input.indicators, input.differences, report)),
    );
  }
  return outputs;
}
