/**
 * assemble: the linked content and its indicators → one self-contained HTML file per document (the multi-year
 * plan and each year's progress report, the context document, the staff quality report). Styles are inlined,
 * charts are SVG, nothing is fetched, no script runs.
 *
 * This module sits above the templates: it fills them with the view models of src/render/views and hands them
 * the helpers of src/render. The import direction is one way, checked by test/unit/architecture.test.ts:
 * src/core → src/render → templates → src/assemble → src/run (src/dev); nothing below imports from above.
 */

import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { CONTEXT_TITLE, contextBody } from '../../templates/context/index.js';
import { anchor, type RenderContext } from '../../templates/kit.js';
import { page } from '../../templates/layout.js';
import { amendments } from '../../templates/plan/amendments.js';
import { planBody } from '../../templates/plan/index.js';
import { QUALITY_TITLE, qualityBody } from '../../templates/quality.js';
import { reportBody } from '../../templates/report/index.js';
import { PLAN_ANCHORS, REPORT_ANCHORS } from '../core/anchors.js';
import { type AsOf, asOf } from '../core/as-of.js';
import { differs } from '../core/compute/figures.js';
import type { Indicators } from '../core/compute/types.js';
import { type Lang, localize, type RawDiagnostic } from '../core/diagnostics/index.js';
import type { Difference } from '../core/differences.js';
import type { LinkContext } from '../core/link/model.js';
import { documentFiles, QUALITY_FILE } from '../core/outputs.js';
import { qualityReport } from '../core/quality.js';
import { sortBy } from '../core/sort.js';
import { type Brand, brandCss, brandedCover, dataUrl, partsFor } from '../render/branding.js';
import { ChartRegistry } from '../render/charts.js';
import { formatter } from '../render/format.js';
import type { OutputFile, RenderBody } from '../render/index.js';
import { LABELS, type Locale } from '../render/labels/index.js';
import { type MarkdownOptions, markdownToHast, SERIALIZE } from '../render/markdown.js';
import { serializeDocument } from '../render/serialize.js';
import { buildLookup, type Lookup } from '../render/views/lookup.js';
import { planView } from '../render/views/plan.js';
import { anchorsIn, qualityView } from '../render/views/quality.js';
import { reportView } from '../render/views/report.js';
import { type FragmentStore, Fragments } from './fragments.js';

export type { OutputFile, RenderBody } from '../render/index.js';

export interface RenderInput {
  context: LinkContext;
  indicators: Indicators;
  differences: Difference[];
  locale: Locale;
  css: string;
  /** ISO date of the build (from SOURCE_DATE_EPOCH), or undefined to print none. */
  buildDate: string | undefined;
  generator: string;
  /**
   * Every diagnostic of the run (any severity), raw. When given, the staff quality report is written beside the
   * documents, phrased in the documents' language (never the terminal's: the bytes must not depend on the
   * machine); the funder's documents never show them.
   */
  diagnostics?: readonly RawDiagnostic[];
  /** `plan build --as-of YEAR`: also write the consolidated plan with every change recorded through YEAR. */
  consolidated?: number;
  /** The organisation's look (the plan's `branding:`, its files, the content style sheet), if it has one. */
  brand?: Brand;
  /** Markdown → hast, e.g. through the cache (render/body-cache.ts); default: markdownToHast. */
  renderBody?: RenderBody;
  /** Where each document's sections are kept between builds (by file name), for reuse; none: all are drawn. */
  fragments?: (file: string) => FragmentStore;
}

/** The tree path: every text rendered and transformed in full, nothing cached. */
const treeBodies: RenderBody = {
  block: markdownToHast,
  inline: (markdown, options) => {
    const nodes = markdownToHast(markdown, options);
    const first = nodes[0];
    return nodes.length === 1 && first?.type === 'element' && first.tagName === 'p' ? first.children : nodes;
  },
};

/** Which document shows an entity, and under which anchor prefix. */
/** Entities the context document shows instead of the plan, when it is written. */
const CONTEXT_KINDS = new Set(['region', 'municipality', 'priority-theme', 'source']);

type Files = ReturnType<typeof documentFiles>;

/**
 * Where each entity lives, for links from one document. Built from that document's as-of context and its file
 * list, so an earlier document holds no link to (nor the file name of) a later one. Indexed once: linear.
 */
function targetsOf(context: LinkContext, files: Files, inPlan: ReadonlySet<string>): Map<string, { file: string; anchor: string }> {
  const targets = new Map<string, { file: string; anchor: string }>();
  for (const [id, defs] of context.definitions) {
    const d = defs[0]!;
    // A goal or action added after the plan is not in the plan: a report names it without a link there.
    if (!PLAN_ANCHORS[d.kind] || !inPlan.has(id)) continue;
    const file = files.context !== undefined && CONTEXT_KINDS.has(d.kind) ? files.context : files.plan;
    targets.set(id, { file, anchor: anchor(PLAN_ANCHORS[d.kind]!, id) });
  }
  // Report-side entities live in their year's report; chapters in their document.
  const yearById = new Map<string, number>();
  for (const list of [context.progress, context.signals, context.changes, context.evaluations, context.partnerships] as {
    data: { id: string; year: number };
  }[][]) {
    for (const doc of list) if (!yearById.has(doc.data.id)) yearById.set(doc.data.id, doc.data.year);
  }
  const chapterById = new Map(context.chapters.map((c) => [c.data.id, c] as const));
  const reportYear = new Map(context.reports.map((r) => [r.data.id, r.data.year] as const));
  for (const [id, defs] of context.definitions) {
    const kind = defs[0]!.kind;
    if (REPORT_ANCHORS[kind]) {
      const file = files.reports.get(yearById.get(id) ?? -1);
      if (file) targets.set(id, { file, anchor: anchor(REPORT_ANCHORS[kind]!, id) });
    } else if (kind === 'chapter') {
      const c = chapterById.get(id);
      if (!c) continue;
      const file = c.data.document === context.plan?.data.id ? files.plan : files.reports.get(reportYear.get(c.data.document) ?? -1);
      if (file) targets.set(id, { file, anchor: anchor('chapter', id) });
    }
  }
  return targets;
}

/** One document of a set: its file, role and title, known before it is rendered. */
export interface PlannedDocument {
  path: string;
  role: OutputFile['role'];
  title: string;
}

/**
 * The documents of the content, each rendered when first asked for and then kept (plan dev renders only the page
 * a browser asks for). A document's bytes do not depend on which others were rendered, nor in which order: the
 * quality report, which links to the anchors of the others, renders them first. Renders run one at a time.
 */
export interface DocumentSet {
  /** In the order a build writes them: the plan, its consolidated version, the context, each report, the quality report. */
  list: PlannedDocument[];
  render(path: string): Promise<OutputFile>;
}

/** Every document, rendered in order (plan build). */
export async function renderDocuments(input: RenderInput): Promise<OutputFile[]> {
  const set = documentSet(input);
  const outputs: OutputFile[] = [];
  for (const d of set.list) outputs.push(await set.render(d.path));
  return outputs;
}

/** `drawn`: told of each document as it is rendered (plan dev's tests count them). */
export function documentSet(input: RenderInput, drawn?: (path: string) => void): DocumentSet {
  const { context, locale } = input;
  const allFiles = documentFiles(context);
  const labels = LABELS[locale];
  const fmt = formatter(locale);
  const planAsOf = asOf(context, { kind: 'plan' });
  const inPlan = new Set(planAsOf.context.definitions.keys());
  let planShown: ReturnType<typeof planView> | undefined;
  const thePlan = () => (planShown ??= planView(planAsOf.context, input.indicators));
  // Material from other sources gets a document of its own, of the plan's date (when the plan leaves it any part).
  const contextFile = context.plan ? allFiles.context : undefined;

  // The texts are in the content's language; when the document's labels are in another, mark the texts so
  // screen readers and hyphenation use the right language (WCAG 3.1.2).
  const contentLang = context.plan?.data.locale ?? 'nl-BE';
  const inContentLanguage = (nodes: ElementContent[]): ElementContent[] =>
    contentLang === locale || nodes.length === 0
      ? nodes
      : [{ type: 'element', tagName: 'div', properties: { lang: contentLang }, children: nodes }];

  const bodies = input.renderBody ?? treeBodies;
  /** Renders one document from the content as it stood on the document's date (src/core/as-of.ts). */
  const make = async (
    file: string,
    view: Pick<AsOf, 'context' | 'reportYears'>,
    cover: Parameters<typeof page>[1],
    body: (r: RenderContext) => ReturnType<typeof planBody>,
    role: OutputFile['role'] = 'document',
    document: string | undefined = undefined,
  ) => {
    const pieces = new Set(view.context.chapters.filter((c) => c.data.document === document).flatMap((c) => c.data.include ?? []));
    // A document knows only the documents of its own date and before.
    const files: Files = {
      plan: allFiles.plan,
      reports: new Map([...allFiles.reports].filter(([y]) => view.reportYears.includes(y))),
      ...(contextFile ? { context: contextFile } : {}),
    };
    const targets = targetsOf(view.context, files, inPlan);
    const href = (id: string): string | undefined => {
      const t = targets.get(id);
      if (!t) return undefined;
      return t.file === file ? `#${t.anchor}` : `${t.file}#${t.anchor}`;
    };
    const image = (src: string, from: string) => (input.brand ? dataUrl(input.brand, src, from) : undefined);
    const lookup = buildLookup(view.context);
    const parts = partsFor(input.brand, file === files.plan ? 'plan' : 'report');
    // What a section may ask of its document, traced so that a kept section is reused only while the answers hold.
    const ask = (q: string, args: readonly unknown[]): unknown =>
      q === 'href'
        ? href(args[0] as string)
        : q === 'image'
          ? image(args[0] as string, args[1] as string)
          : (lookup[q as keyof Lookup] as (...a: unknown[]) => unknown)(...args);
    const constants = JSON.stringify([
      file,
      files.plan,
      [...files.reports],
      files.context ?? null,
      locale,
      contentLang,
      input.buildDate ?? null,
      input.generator,
      parts,
      // The generated pieces the document's chapters place (include:): a kept section may print one or not.
      [...pieces].sort(),
    ]);
    const fragments = new Fragments(input.fragments && (() => input.fragments!(file)), constants, ask, parts);
    const charts = new ChartRegistry(locale, fragments.charts);
    const hrefFrom = (id: string) => fragments.traced('href', [id], () => href(id));
    const tracedLookup = Object.fromEntries(
      Object.keys(lookup).map((q) => [q, (...args: unknown[]) => fragments.traced(q, args, () => ask(q, args))]),
    ) as unknown as Lookup;
    // An image path starts from the folder of the file the text is written in (`from`), as in any Markdown preview.
    const markdownOptions = (prefix: string, topLevel: number, from: string | undefined): MarkdownOptions => ({
      prefix,
      topLevel,
      footnotesLabel: labels.footnotes,
      footnoteBackLabel: labels.footnoteBack,
      resolve: hrefFrom,
      image: (src) => (input.brand && from !== undefined ? fragments.traced('image', [src, from], () => image(src, from)) : undefined),
    });
    const r: RenderContext = {
      labels,
      lookup: tracedLookup,
      differs,
      fmt,
      locale,
      files,
      file,
      buildDate: input.buildDate,
      generator: input.generator,
      includes: (piece) => pieces.has(piece),
      md: (markdown, prefix, topLevel, from): ElementContent[] =>
        inContentLanguage(bodies.block(markdown, markdownOptions(prefix, topLevel, from))),
      // A text in another language than the labels keeps its wrapper, and so its paragraph.
      inline: (markdown, prefix): ElementContent[] =>
        contentLang === locale
          ? bodies.inline(markdown, markdownOptions(prefix, 6, undefined))
          : inContentLanguage(bodies.block(markdown, markdownOptions(prefix, 6, undefined))),
      serialized: (node) => ({ type: 'raw', value: toHtml(node, SERIALIZE) }),
      href: hrefFrom,
      chart: (request) => {
        fragments.chart();
        return charts.placeholder(request);
      },
      fragment: (name, input, render, options) => fragments.draw(name, input, render, options?.bodies !== false),
    };
    // Branding: its CSS after the built-in sheets, its logo and choices on the cover, its parts per document.
    const tree = page(r, brandedCover(input.brand, cover, role), input.css + brandCss(input.brand), body(r), parts);
    await charts.fill();
    return { path: file, contents: `${serializeDocument(tree)}\n`, role, title: cover.title };
  };

  type Entry = PlannedDocument & { draw: () => Promise<OutputFile> };
  const entries: Entry[] = [];
  const add = (path: string, role: OutputFile['role'], title: string, draw: () => Promise<OutputFile>) =>
    entries.push({ path, role, title, draw });
  const plan = context.plan;
  if (plan) {
    const view = planAsOf;
    const cover = {
      organisation: view.organisation ?? plan.data.organisation.name,
      title: plan.data.title,
      ...(plan.data.subtitle ? { subtitle: plan.data.subtitle } : {}),
      period: `${plan.data.period.start}-${plan.data.period.end}`,
      ...(plan.data.date ? { date: plan.data.date } : {}),
    };
    add(allFiles.plan, 'document', cover.title, () =>
      make(allFiles.plan, view, cover, (r) => planBody(r, thePlan()), 'document', plan.data.id),
    );
    if (input.consolidated !== undefined) {
      // The plan as amended through the year: its own file, of that year; earlier documents are untouched.
      const year = input.consolidated;
      const subtitle = locale === 'en' ? `Consolidated version ${year}` : `Geconsolideerde versie ${year}`;
      add(`${plan.data.id}-geconsolideerd-${year}.html`, 'document', cover.title, () => {
        const c = asOf(context, { kind: 'consolidated', year });
        return make(
          `${plan.data.id}-geconsolideerd-${year}.html`,
          c,
          { ...cover, organisation: c.organisation ?? cover.organisation, subtitle, ...(c.date ? { date: c.date } : {}) },
          (r) =>
            [amendments(r, year, c.amendments), ...planBody(r, planView(c.context, input.indicators))].filter(
              (n): n is NonNullable<typeof n> => n !== null,
            ),
          'document',
          plan.data.id,
        );
      });
    }
    if (contextFile) {
      const contextCover = { ...cover, title: CONTEXT_TITLE[locale], subtitle: plan.data.title };
      add(contextFile, 'document', contextCover.title, () =>
        make(contextFile, view, contextCover, (r) => contextBody(r, thePlan()), 'document', plan.data.id),
      );
    }
  }
  for (const report of sortBy(context.reports, (r) => r.data.year)) {
    const file = allFiles.reports.get(report.data.year)!;
    // The report's as-of context is made when the report is drawn, not before.
    add(file, 'document', report.data.title, () => {
      const view = asOf(context, { kind: 'report', year: report.data.year });
      return make(
        file,
        view,
        {
          organisation: view.organisation ?? report.data.organisation,
          title: report.data.title,
          ...(plan ? { subtitle: plan.data.title } : {}),
          period: String(report.data.year),
          ...(report.data.date ? { date: report.data.date } : {}),
          ...(report.data.dateRaw ? { dateRaw: report.data.dateRaw } : {}),
        },
        (r) => reportBody(r, reportView(view.context, input.indicators, input.differences, report)),
        'document',
        report.data.id,
      );
    });
  }
  const made = new Map<string, Promise<OutputFile>>();
  const draw = (e: Entry): Promise<OutputFile> => {
    let done = made.get(e.path);
    if (!done) {
      drawn?.(e.path);
      made.set(e.path, (done = e.draw()));
    }
    return done;
  };
  const documents = [...entries];
  if (input.diagnostics) {
    const diagnosticsIn = input.diagnostics;
    const q = QUALITY_TITLE[locale];
    add(QUALITY_FILE[locale], 'staff', q.title, async () => {
      // Drawn after the others, from the whole content: it links into them, where they hold the anchor.
      const others: OutputFile[] = [];
      for (const d of documents) others.push(await draw(d));
      const anchors = new Map(others.map((o) => [o.path, anchorsIn(o.contents)] as const));
      const lang: Lang = locale === 'en' ? 'en' : 'nl';
      const diagnostics = diagnosticsIn.map((d) => localize(d, lang));
      const model = qualityReport({ context, diagnostics, differences: input.differences, indicators: input.indicators });
      const latest = sortBy(context.reports, (r) => r.data.year).at(-1);
      return make(
        QUALITY_FILE[locale],
        { context, reportYears: [...allFiles.reports.keys()] },
        {
          organisation: latest?.data.organisation ?? plan?.data.organisation.name ?? '',
          title: q.title,
          ...(plan ? { subtitle: plan.data.title } : {}),
        },
        (r) => qualityBody(r, qualityView(model, { ...allFiles, ...(contextFile ? { context: contextFile } : {}) }, anchors)),
        'staff',
      );
    });
  }
  // One render at a time: a document's sections are kept per file (input.fragments) while it is drawn.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    list: entries.map(({ path, role, title }) => ({ path, role, title })),
    render(path) {
      const entry = entries.find((e) => e.path === path);
      if (!entry) return Promise.reject(new Error(`bug: no document ${path}`));
      const next = queue.then(() => draw(entry));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
