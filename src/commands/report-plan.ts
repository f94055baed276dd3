/**
 * What `plan new report <year>` writes, decided without touching the disk: the report and one progress entry per
 * project that runs in that year, and the projects it leaves out with the reason.
 */
import { texts } from '../cli-text/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { ActionDoc, LinkContext } from '../core/link/model.js';
import { periodOf } from '../core/period.js';
import { progressEntry } from './progress-entry.js';
import { markdownFile } from './yaml-text.js';

export interface PlannedFile {
  /** Path inside the content folder, POSIX. */
  path: string;
  text: string;
}

export interface ReportPlan {
  files: PlannedFile[];
  entries: { project: string; path: string }[];
  skipped: { project: string; reason: string }[];
}

export type ReportPlanResult = { ok: true; plan: ReportPlan } | { ok: false; message: string };

/** Why a project has no progress entry in `year`, or undefined when it gets one. */
export function whySkipped(ctx: LinkContext, a: ActionDoc, year: number, lang: Lang = 'en'): string | undefined {
  const t = texts(lang).new;
  const d = a.data;
  if (a.kind === 'internal-action') return t.skipInternal;
  if (d.introduced !== undefined && d.introduced > year) return t.skipAdded(d.introduced);
  if (d.ended !== undefined && d.ended < year) return t.skipEnded(d.ended);
  for (const c of ctx.changes) {
    if (c.data.action !== d.id || c.data.year >= year) continue;
    if (c.data.type === 'action-stopped') return t.skipStopped(c.data.year, c.data.id);
    if (c.data.type === 'action-merged') return t.skipMerged(c.data.into, c.data.year, c.data.id);
  }
  const successor = ctx.actions.find((b) => b.data.continues?.includes(d.id) && (b.data.introduced ?? -Infinity) <= year);
  if (successor) return t.skipContinued(successor.data.id);
  // Without timing the source gives none: the project is not known to have stopped, so it is reported on.
  const p = periodOf(d.timing);
  if (p.end !== undefined && p.end < `${year}-01-01`) return t.skipTimingEnds(String(d.timing?.end));
  if (p.start !== undefined && p.start > `${year}-12-31`) return t.skipTimingStarts(String(d.timing?.start));
  return undefined;
}

/** The organisation's name in `year`: a later name by then, else the last report's, else the plan's. */
function organisationIn(ctx: LinkContext, year: number, previous: string | undefined): string {
  const org = ctx.plan!.data.organisation;
  const later = (org.laterNames ?? []).filter((n) => Number(n.since.slice(0, 4)) <= year).sort((x, y) => (x.since < y.since ? -1 : 1));
  return later.at(-1)?.name ?? previous ?? org.name;
}

export function planReport(ctx: LinkContext, year: number, lang: Lang = 'en'): ReportPlanResult {
  const t = texts(lang).new;
  const plan = ctx.plan;
  if (!plan) return { ok: false, message: t.noPlan };
  const { start, end } = plan.data.period;
  if (year < start || year > end) return { ok: false, message: t.outsidePeriod(year, start, end) };
  const existing = ctx.reports.find((r) => r.data.year === year);
  if (existing) return { ok: false, message: t.reportExists(year, existing.file) };

  const previous = ctx.reports.filter((r) => r.data.year < year).sort((a, b) => b.data.year - a.data.year)[0]?.data;
  const swap = (s: string) => (previous ? s.split(String(previous.year)).join(String(year)) : s);
  const en = plan.data.locale === 'en';
  const id = previous?.id.includes(String(previous.year)) ? swap(previous.id) : `${en ? 'report' : 'vr'}-${year}`;
  const title = previous?.title.includes(String(previous.year))
    ? swap(previous.title)
    : `${en ? 'Progress report' : 'Voortgangsrapport'} ${year}`;
  const taken = (x: string) => ctx.definitions.get(x)?.[0]?.file ?? ctx.placeholders.get(x)?.file;
  const holder = taken(id);
  if (holder) return { ok: false, message: t.reportIdTaken(id, year, holder) };

  const report = { kind: 'report', id, year, title, organisation: organisationIn(ctx, year, previous?.organisation) };
  const files: PlannedFile[] = [{ path: `reports/${year}/report.md`, text: markdownFile(report, '') }];
  const entries: ReportPlan['entries'] = [];
  const skipped: ReportPlan['skipped'] = [];
  // By id, so the list reads like the folder it is written to.
  for (const a of [...ctx.actions].sort((x, y) => (x.data.id < y.data.id ? -1 : 1))) {
    const reason = whySkipped(ctx, a, year, lang);
    if (reason !== undefined) {
      skipped.push({ project: a.data.id, reason });
      continue;
    }
    const entryId = `${id}-${a.data.id}`;
    const entryHolder = taken(entryId);
    if (entryHolder) return { ok: false, message: t.entryIdTaken(entryId, a.data.id, entryHolder) };
    const path = `reports/${year}/progress/${a.data.id}.md`;
    files.push({ path, text: markdownFile(progressEntry(ctx, a, year, entryId), '') });
    entries.push({ project: a.data.id, path });
  }
  return { ok: true, plan: { files, entries, skipped } };
}
