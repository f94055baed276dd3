/**
 * A progress report, mirroring the funder's structure: general evaluation per theme, signals, changes to the
 * plan (recorded and detected), the RGI indicators 2.1-2.13 as tables and charts, qualitative progress per theme
 * and project with the full rating scales, and the annex of fixed project data. Order and content come from the
 * report's view model (src/render/views/report.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import type { ReportPart, ReportView } from '../../src/render/views/report.js';
import { chapterSection, legend } from '../common.js';
import { type Child, h, type RenderContext, section } from '../kit.js';
import { changes } from './changes.js';
import { evaluations } from './evaluations.js';
import { fixedData } from './fixed-data.js';
import { indicator, indicatorsSection } from './indicator.js';
import { partnerships } from './partnerships.js';
import { progress } from './progress.js';
import { signals } from './signals.js';

export function reportBody(r: RenderContext, v: ReportView): ElementContent[] {
  // `nested`: the part a chapter names in `generated` takes the chapter's heading (progress, fixed data and the
  // indicators drop their own).
  const part = (name: ReportPart, nested = false, chapter?: Doc<'chapter'>): Element | null => {
    switch (name) {
      case 'evaluations':
        return evaluations(r, v.evaluations);
      case 'partnerships':
        return partnerships(r, v.partnerships);
      case 'signals':
        return signals(r, v.signals, chapter?.data.signalGroups);
      case 'changes':
        return changes(r, v.changes);
      case 'indicators':
        return indicatorsSection(r, v, v.otherTables, nested);
      case 'progress':
        return progress(r, v, nested);
      case 'fixed-data':
        return fixedData(r, v, nested);
      case 'legend':
        return legend(v.legend);
    }
  };
  // Parts that stand alone get a section and heading of their own; progress, fixed data and the indicators have theirs.
  const titles: Partial<Record<ReportPart, string>> = {
    evaluations: r.labels.evaluations,
    partnerships: r.labels.partnerships,
    signals: r.labels.signals,
    changes: r.labels.changes,
  };
  const standalone = (name: ReportPart): Element | null => {
    const node = part(name);
    const title = titles[name];
    return title === undefined ? node : node ? section(name, 'part', [h('h2', title), node]) : null;
  };
  // What chapters carry is built first, in chapter order, then the parts on their own: charts are drawn in the
  // order they are requested, and that order keeps the SVG the same from build to build.
  const carried = new Map<string, Child[]>();
  for (const b of v.blocks) {
    if (b.kind !== 'chapter') continue;
    const table = v.chapterTables.get(b.chapter.data.id);
    const generated = b.chapter.data.generated;
    carried.set(b.chapter.data.id, [
      ...b.parts.map((p) => (p === generated ? part(p, true, b.chapter) : standalone(p))),
      ...(table ? [indicator(r, v, table, false)] : []),
    ]);
  }
  // A part on its own is kept as a section (src/assemble/fragments.ts), by what it is drawn from.
  const input = (name: ReportPart): unknown =>
    name === 'evaluations'
      ? v.evaluations
      : name === 'partnerships'
        ? v.partnerships
        : name === 'signals'
          ? v.signals
          : name === 'changes'
            ? v.changes
            : name === 'fixed-data'
              ? [v.fixedData, v.numbers.annex, v.year]
              : undefined;
  // Drawn every time: the indicators (their charts are kept on their own, by request) and the progress part, a
  // list of kept sections (each entry), cheaper to put together again than to keep twice.
  const kept = (name: ReportPart) => {
    const from = input(name);
    return from === undefined ? standalone(name) : r.fragment('report-part', [name, from], () => standalone(name));
  };
  return v.blocks
    .map((b) => (b.kind === 'chapter' ? chapterSection(r, b.chapter, carried.get(b.chapter.data.id)) : kept(b.part)))
    .filter((n): n is ElementContent => n !== null);
}
