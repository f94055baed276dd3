/** Everything a year's progress report shows, ordered and grouped: pure, from the linked content and indicators. */

import { unavailableParts } from '../../core/availability.js';
import type { Indicators, IndicatorTable } from '../../core/compute/types.js';
import type { Difference } from '../../core/differences.js';
import type { ActionDoc, Doc, LinkContext } from '../../core/link/model.js';
import { REPORT_PARTS } from '../../core/schema/kinds.js';
import { byOrderThenId } from '../../core/sort.js';
import { splitAnnex } from '../texts.js';
import { type Block, chaptersOf, documentBlocks } from './blocks.js';
import { type IndicatorView, indicatorView } from './indicator.js';
import { progressSections } from './sections.js';

export type ReportPart = (typeof REPORT_PARTS)[number];

const DEFAULT_ORDER: Record<ReportPart, number> = {
  evaluations: 35,
  partnerships: 55,
  signals: 65,
  changes: 75,
  indicators: 79,
  progress: 1000,
  'fixed-data': 1001,
  legend: 1,
};

type Contribution = NonNullable<ActionDoc['data']['goals']>[number];
type Declared = NonNullable<Doc<'report'>['data']['declared']>;

export interface ProgressEntryView {
  entry: Doc<'progress'>;
  action: ActionDoc | undefined;
  title: string;
  /** The body without the annex's project description (that goes to the annex of fixed data): the entry's body's alone (a kept section is keyed by the entry). */
  main: string;
}

export interface FixedDataView {
  entry: Doc<'progress'>;
  action: ActionDoc | undefined;
  title: string;
  /** The goals as the report states them, else the plan's: split by strength. */
  contributes: Contribution[];
  mayContribute: Contribution[];
  phase: string | null;
  timing: ActionDoc['data']['timing'];
  /** The annex's project description from the entry's body. */
  annex: string;
}

export interface ReportView {
  report: Doc<'report'>;
  year: number;
  blocks: Block<ReportPart>[];
  /** The content's sentence for the mark “–” (the part `legend`): the report's, else the plan's. */
  legend: string | undefined;
  /** The RGI table a chapter carries (same number), by chapter id. */
  chapterTables: ReadonlyMap<string, IndicatorView>;
  /** RGI tables no chapter carries: they appear in a section of their own. */
  otherTables: IndicatorView[];
  evaluations: Doc<'evaluation'>[];
  partnerships: Doc<'partnerships'>[];
  signals: { fromSector: Doc<'signal'>[]; fromOrganisation: Doc<'signal'>[] };
  changes: Doc<'change'>[];
  differences: Difference[];
  /** Progress per theme, in theme order (only themes with entries; transversal last). */
  progress: { number: string | undefined; theme: string; intro: string | undefined; entries: ProgressEntryView[] }[];
  /** The report's chapter numbers of the progress part and of the annexes (“3”, “4”), when its entries are numbered. */
  numbers: { progress: string | undefined; annex: string | undefined };
  /** The annex of fixed project data, grouped as the progress sections, in the annex's order (`fixed.order`). */
  fixedData: { theme: string; entries: FixedDataView[] }[];
  /**
   * The ticked boxes of the rating scales and of the status that the source had but the content lost: the report
   * says so once, and a project's scale then shows no choice rather than “not stated”.
   */
  lostMarks: { ratings: boolean; status: boolean };
  communicationActions: Declared['communicationActions'];
  localFundingShares: Declared['localFundingShares'];
}

export function reportView(
  content: LinkContext,
  indicators: Indicators,
  differences: readonly Difference[],
  report: Doc<'report'>,
): ReportView {
  const year = report.data.year;
  const ofYear = <T extends { data: { year: number; order?: number | undefined; id: string } }>(list: readonly T[]) =>
    list.filter((x) => x.data.year === year).sort(byOrderThenId);
  const chapters = chaptersOf(content.chapters, report.data.id);
  const tables: IndicatorTable[] = indicators.tables.filter((t) => t.year === year);
  const chapterTables = new Map<string, IndicatorView>();
  for (const c of chapters) {
    const t = tables.find((x) => x.number === c.data.number);
    if (t) chapterTables.set(c.data.id, indicatorView(t));
  }
  const signals = ofYear(content.signals);
  const entries = content.progress.filter((p) => p.data.year === year);
  const progressEntry = (p: Doc<'progress'>): ProgressEntryView => {
    const action = content.actionById.get(p.data.project);
    return { entry: p, action, title: p.data.title ?? action?.data.title ?? p.data.project, main: splitAnnex(p.body).main };
  };
  const fixedEntry = (p: Doc<'progress'>): FixedDataView => {
    const action = content.actionById.get(p.data.project);
    const fixed = p.data.fixed;
    const goals = fixed?.goals ?? action?.data.goals ?? [];
    return {
      entry: p,
      action,
      title: fixed?.title ?? p.data.title ?? action?.data.title ?? p.data.project,
      contributes: goals.filter((g) => g.strength === 'contributes'),
      mayContribute: goals.filter((g) => g.strength === 'may-contribute'),
      phase: fixed?.phase ?? action?.data.phase ?? null,
      timing: fixed?.timing ?? action?.data.timing,
      annex: splitAnnex(p.body).annex,
    };
  };
  const sections = progressSections(entries, content.plan?.data.themes ?? []);
  // The progress part is chapter “3” when its sections are “3.1”, “3.2”, …; the annexes follow it.
  const chapterNumber = sections[0]?.number?.split('.')[0];
  const lost = unavailableParts(content, year);
  const declared = content.reports.find((x) => x.data.year === year)?.data.declared;
  return {
    report,
    year,
    blocks: documentBlocks(chapters, REPORT_PARTS, DEFAULT_ORDER),
    legend: content.reports.find((x) => x.data.year === year)?.data.legend ?? content.plan?.data.legend,
    chapterTables,
    otherTables: tables.filter((t) => !chapters.some((c) => c.data.number === t.number)).map(indicatorView),
    evaluations: ofYear(content.evaluations),
    partnerships: ofYear(content.partnerships),
    signals: {
      fromSector: signals.filter((s) => s.data.from === 'sector'),
      fromOrganisation: signals.filter((s) => s.data.from === 'organisation'),
    },
    changes: ofYear(content.changes),
    differences: differences.filter((d) => d.year === year),
    progress: sections.map((s) => ({
      number: s.number,
      theme: s.theme,
      intro: report?.data.sectionIntros?.find((i) => i.number === s.number)?.text,
      entries: s.entries.map(progressEntry),
    })),
    numbers: { progress: chapterNumber, annex: chapterNumber === undefined ? undefined : String(Number(chapterNumber) + 1) },
    // The annex lists the projects whose fixed data the report states (`fixed`); a project without is no row of it.
    fixedData: sections
      .map((s) => ({ theme: s.theme, entries: annexOrder(s.entries.filter((p) => p.data.fixed !== undefined)).map(fixedEntry) }))
      .filter((g) => g.entries.length > 0),
    lostMarks: { ratings: lost.has('progress-ratings'), status: lost.has('progress-status') },
    communicationActions: declared?.communicationActions,
    localFundingShares: declared?.localFundingShares,
  };
}

/**
 * The annex's sequence within a theme: the entries with `fixed.order` first, in that order, then the others in the
 * progress part's (the 2021 report's annex lists a project the progress part does not describe among the others).
 */
function annexOrder(entries: readonly Doc<'progress'>[]): Doc<'progress'>[] {
  const at = (p: Doc<'progress'>) => p.data.fixed?.order ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable: equal places keep the progress part's order.
  return [...entries].sort((a, b) => (at(a) === at(b) ? 0 : at(a) < at(b) ? -1 : 1));
}
