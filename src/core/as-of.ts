/**
 * The model as a document's reader received it. The content holds the whole history (goals added and dropped,
 * contributions that start or end, projects a report added, the organisation's new name); a document shows only
 * what was recorded by its own date, so adding next year's content never changes an earlier document.
 *
 * Recording rules (`through` is the last year whose recorded changes a view includes):
 *
 * - The plan is the view through `period.start − 1`: every field that records a change during the plan
 *   (goal `introduced`/`dropped`/`replacedBy`, contribution `from`/`until`, action `introduced`/`ended`) is later
 *   knowledge, so added things are absent and ended or dropped things stand as the plan wrote them.
 * - A report of year Y, and the consolidated plan through Y, are the view through Y: a goal or action with
 *   `introduced` ≤ Y is present; a goal with `dropped` ≤ Y is marked dropped (kept: the report shows the change);
 *   a contribution with `from` > Y is absent, one with `until` < Y no longer counts and is absent, one with
 *   `until` ≥ Y is present without `until` (not yet known); an action's `ended` shows only when ≤ Y.
 * - The consolidated plan through Y also takes, for each project of the plan, the title and timing the latest report
 *   through Y states in its annex of fixed project data where they differ from the plan's (a report records
 *   timing changes there, not in a change record); a report's own view keeps the plan's.
 * - Year-bound documents (reports, progress, signals, changes, evaluations, partnerships) of later years are
 *   absent, and so are the chapters of later reports. Sub-projects and operational goals whose parent is absent
 *   are absent; contributions to absent goals are absent.
 *
 * Filtered arrays keep their documents' `locate`, whose paths index the original arrays: locate through the full
 * context (`ctx.goalById` etc.) when a diagnostic needs a position.
 */
import { fixedChangesThrough, withFixed } from './as-of-fixed.js';
import { withData } from './document-prints.js';
import { type ActionDoc, allDocuments, buildContext, type GoalDoc, type LinkContext } from './link/model.js';
import type { UnavailableEntry } from './schema/availability.js';

export type DocumentRef =
  | { kind: 'plan' }
  | { kind: 'report'; year: number }
  /** The plan with every change recorded through `year` applied (`plan build --as-of YEAR`). */
  | { kind: 'consolidated'; year: number };

export type AmendmentKind =
  | 'goal-added'
  | 'goal-dropped'
  | 'contribution-added'
  | 'contribution-ended'
  | 'action-added'
  | 'action-ended'
  | 'organisation-renamed'
  /** A report states another title or period for a project of the plan (its annex of fixed project data). */
  | 'action-retitled'
  | 'action-retimed'
  /** A change record whose effect is not one of the above (a rename, a new date, a merge). */
  | 'recorded-change';

/** One change to the plan, as recorded in the content, for marking it in a consolidated plan or a report. */
export interface Amendment {
  /** The report year that records it. */
  year: number;
  kind: AmendmentKind;
  /** What it concerns: a goal or action id, or the plan id for a rename. */
  subject: { kind: 'goal' | 'action' | 'plan'; id: string };
  /** The goal concerned by a contribution, or the goal/action that takes over. */
  goal?: string;
  into?: string;
  /** The change record that explains it, when there is one. */
  change?: string;
  /** The name after a rename; the former title of a retitled action; the change type of a `recorded-change`. */
  detail?: string;
}

export interface AsOf {
  document: DocumentRef;
  /** Last year whose recorded changes are included. */
  through: number;
  /** The date the document stands on (YYYY-MM-DD), when the content gives one. */
  date: string | undefined;
  /** The organisation's name on that date. */
  organisation: string | undefined;
  /** The content as it stood: same shape as the full context, indexes rebuilt. */
  context: LinkContext;
  /** Report years this document may refer or link to, ascending (none for the plan). */
  reportYears: number[];
  /** Changes recorded after the plan and through `through`, in year then subject order. */
  amendments: Amendment[];
  /** What the report of `through` has in its source but this content lost (empty for the plan). */
  unavailable: UnavailableEntry[];
}

const firstDay = (partial: string) => (partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial);

/** The organisation's name on a date: the plan's name, or the latest later name in force by then. */
export function organisationNameOn(ctx: LinkContext, date: string | undefined): string | undefined {
  const org = ctx.plan?.data.organisation;
  if (!org) return undefined;
  if (date === undefined) return org.name;
  const later = [...(org.laterNames ?? [])]
    .map((n) => ({ name: n.name, since: firstDay(n.since) }))
    .filter((n) => n.since <= date)
    .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
  return later.at(-1)?.name ?? org.name;
}

/** The year through which the plan stands: the year before its period (any change is recorded by a report). */
export function planThrough(ctx: LinkContext): number {
  const start = ctx.plan?.data.period.start ?? Math.min(...ctx.reports.map((r) => r.data.year));
  return Number.isFinite(start) ? start - 1 : 0;
}

/** Drop the keys whose value is undefined, so a stripped field is absent rather than `undefined`. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function goalAsOf(g: GoalDoc, through: number): GoalDoc | undefined {
  if (g.data.introduced !== undefined && g.data.introduced > through) return undefined;
  if (g.data.dropped === undefined || g.data.dropped <= through) return g;
  return withData(g, clean({ ...g.data, dropped: undefined, replacedBy: undefined }));
}

function actionAsOf(a: ActionDoc, through: number, laterGoals: ReadonlySet<string>): ActionDoc | undefined {
  if (a.data.introduced !== undefined && a.data.introduced > through) return undefined;
  const contributions = a.data.goals
    ?.filter((c) => !laterGoals.has(c.id))
    .filter((c) => c.from === undefined || c.from <= through)
    .filter((c) => c.until === undefined || c.until >= through)
    .map((c) => (c.until === undefined ? c : clean({ ...c, until: undefined })));
  const ended = a.data.ended !== undefined && a.data.ended > through ? undefined : a.data.ended;
  // Nothing recorded later: the action itself, as goalAsOf does (its kept sections are keyed by it, unhashed).
  const same =
    ended === a.data.ended &&
    (contributions ?? []).length === (a.data.goals ?? []).length &&
    (contributions ?? []).every((c, i) => c === a.data.goals![i]) &&
    Object.values(a.data).every((v) => v !== undefined);
  return same ? a : withData(a, clean({ ...a.data, goals: contributions, ended }));
}

/**
 * Keep the members whose parent is kept, until nothing changes (a parent may be listed after its children). A
 * parent no document of the full list defines does not remove its child: the link rules report it.
 */
function keepWithParents<T extends { data: { id: string; parent?: string | undefined } }>(all: readonly T[], kept: T[]): T[] {
  const defined = new Set(all.map((x) => x.data.id));
  for (;;) {
    const ids = new Set(kept.map((x) => x.data.id));
    const next = kept.filter((x) => x.data.parent === undefined || ids.has(x.data.parent) || !defined.has(x.data.parent));
    if (next.length === kept.length) return next;
    kept = next;
  }
}

/**
 * The context through a year: see the rules at the top of this file. `consolidated`: the plan's projects take the
 * title and timing the reports through the year state for them (src/core/as-of-fixed.ts).
 */
export function contextThrough(ctx: LinkContext, through: number, date?: string, consolidated = false): LinkContext {
  const fixed = consolidated ? fixedChangesThrough(ctx, through) : new Map();
  const goals = keepWithParents(
    ctx.goals,
    ctx.goals.flatMap((g) => goalAsOf(g, through) ?? []),
  );
  const goalIds = new Set(goals.map((g) => g.data.id));
  const laterGoals = new Set(ctx.goals.map((g) => g.data.id).filter((id) => !goalIds.has(id)));
  const actions = keepWithParents(
    ctx.actions,
    ctx.actions.flatMap((a) => actionAsOf(withFixed(a, fixed.get(a.data.id)), through, laterGoals) ?? []),
  );
  const inYear = <T extends { data: { year: number } }>(xs: T[]) => xs.filter((x) => x.data.year <= through);
  const reports = inYear(ctx.reports);
  const laterReports = new Set(ctx.reports.filter((r) => r.data.year > through).map((r) => r.data.id));
  const plans = ctx.plans.map((p) => {
    const inForce = p.data.organisation.laterNames?.filter((n) => date !== undefined && firstDay(n.since) <= date);
    const laterNames = inForce && inForce.length > 0 ? inForce : undefined;
    return withData(p, { ...p.data, organisation: clean({ ...p.data.organisation, laterNames }) });
  });
  const documents = allDocuments({
    ...ctx,
    plans,
    reports,
    goals,
    actions,
    chapters: ctx.chapters.filter((c) => !laterReports.has(c.data.document)),
    progress: inYear(ctx.progress),
    signals: inYear(ctx.signals),
    changes: inYear(ctx.changes),
    evaluations: inYear(ctx.evaluations),
    partnerships: inYear(ctx.partnerships),
  });
  const rebuilt = buildContext(documents, [...ctx.placeholders.values()]);
  return { ...rebuilt, incomplete: ctx.incomplete };
}

/** Every change recorded after the plan and through `through`, from the full context. */
export function amendmentsThrough(ctx: LinkContext, through: number): Amendment[] {
  const after = planThrough(ctx);
  const inRange = (y: number | undefined): y is number => y !== undefined && y > after && y <= through;
  const recordOf = (year: number, ids: (string | undefined)[]) =>
    ctx.changes.find(
      (c) =>
        c.data.year === year && ids.some((id) => id !== undefined && (c.data.goal === id || c.data.action === id || c.data.into === id)),
    )?.data.id;
  const out: Amendment[] = [];
  const explained = new Set<string>();
  const push = (a: Amendment) => {
    if (a.change !== undefined) explained.add(a.change);
    out.push(clean(a));
  };
  for (const g of ctx.goals) {
    const d = g.data;
    if (inRange(d.introduced))
      push({ year: d.introduced, kind: 'goal-added', subject: { kind: 'goal', id: d.id }, change: recordOf(d.introduced, [d.id]) });
    if (inRange(d.dropped)) {
      push({
        year: d.dropped,
        kind: 'goal-dropped',
        subject: { kind: 'goal', id: d.id },
        into: d.replacedBy,
        change: recordOf(d.dropped, [d.id]),
      });
    }
  }
  for (const a of ctx.actions) {
    const d = a.data;
    if (inRange(d.introduced))
      push({
        year: d.introduced,
        kind: 'action-added',
        subject: { kind: 'action', id: d.id },
        change: recordOf(d.introduced, [d.id, ...(d.continues ?? [])]),
      });
    if (inRange(d.ended))
      push({ year: d.ended, kind: 'action-ended', subject: { kind: 'action', id: d.id }, change: recordOf(d.ended, [d.id]) });
    for (const c of d.goals ?? []) {
      if (inRange(c.from))
        push({
          year: c.from,
          kind: 'contribution-added',
          subject: { kind: 'action', id: d.id },
          goal: c.id,
          change: recordOf(c.from, [d.id, c.id]),
        });
      const stop = c.until === undefined ? undefined : c.until + 1;
      if (inRange(stop))
        push({
          year: stop,
          kind: 'contribution-ended',
          subject: { kind: 'action', id: d.id },
          goal: c.id,
          change: recordOf(stop, [d.id, c.id]),
        });
    }
  }
  for (const [id, changes] of fixedChangesThrough(ctx, through)) {
    const former = ctx.actionById.get(id)?.data.title;
    for (const c of changes) {
      const subject = { kind: 'action' as const, id };
      if (c.title !== undefined) push({ year: c.year, kind: 'action-retitled', subject, change: recordOf(c.year, [id]), detail: former });
      if (c.timing !== undefined) push({ year: c.year, kind: 'action-retimed', subject, change: recordOf(c.year, [id]) });
    }
  }
  const plan = ctx.plan;
  for (const n of plan?.data.organisation.laterNames ?? []) {
    const year = Number(n.since.slice(0, 4));
    if (plan && inRange(year)) push({ year, kind: 'organisation-renamed', subject: { kind: 'plan', id: plan.data.id }, detail: n.name });
  }
  for (const c of ctx.changes) {
    const d = c.data;
    if (!inRange(d.year) || explained.has(d.id)) continue;
    const subject =
      d.action !== undefined ? { kind: 'action' as const, id: d.action } : { kind: 'goal' as const, id: d.goal ?? d.into ?? d.id };
    push({ year: d.year, kind: 'recorded-change', subject, into: d.into, change: d.id, detail: d.type });
  }
  const key = (a: Amendment) => `${a.year}|${a.subject.kind}|${a.subject.id}|${a.kind}|${a.goal ?? ''}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The model as a document stood: the plan, a report year, or the consolidated plan through a year. */
export function asOf(ctx: LinkContext, document: DocumentRef): AsOf {
  if (document.kind === 'plan') {
    const through = planThrough(ctx);
    const date = ctx.plan?.data.date;
    return {
      document,
      through,
      date,
      organisation: organisationNameOn(ctx, date ?? `${through}-12-31`),
      context: contextThrough(ctx, through, date ?? `${through}-12-31`),
      reportYears: [],
      amendments: [],
      unavailable: [],
    };
  }
  const through = document.year;
  const report = ctx.reports.find((r) => r.data.year === through);
  const date = document.kind === 'report' ? report?.data.date : (report?.data.date ?? `${through}-12-31`);
  const organisation =
    document.kind === 'report' && report ? report.data.organisation : organisationNameOn(ctx, date ?? `${through}-12-31`);
  return {
    document,
    through,
    date,
    organisation,
    context: contextThrough(ctx, through, date ?? `${through}-12-31`, document.kind === 'consolidated'),
    reportYears: [...new Set(ctx.reports.map((r) => r.data.year).filter((y) => y <= through))].sort((a, b) => a - b),
    amendments: amendmentsThrough(ctx, through),
    unavailable: document.kind === 'report' ? (report?.data.unavailable ?? []) : [],
  };
}
