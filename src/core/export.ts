/**
 * The resolved model as one JSON document (see docs/export.md). Versioned; every element has id and file;
 * goals and actions are linked both ways; every array is sorted so the output is byte-stable.
 */
import type { Indicators } from './compute/types.js';
import type { Diagnostic } from './diagnostics/index.js';
import type { Difference } from './differences.js';
import { effectiveGoals } from './goals.js';
import type { LinkContext } from './link/model.js';
import { periodOf } from './period.js';
import { byOrderThenId, compareBy, sortBy } from './sort.js';

export const EXPORT_VERSION = 1;

const byId = compareBy<{ id: string }>((x) => x.id);
const bodyOf = (d: { body: string }) => d.body.trim();

export interface ExportOptions {
  generator: string;
  indicators: Indicators;
  differences: Difference[];
}

export function exportModel(ctx: LinkContext, diagnostics: readonly Diagnostic[], options: ExportOptions) {
  const plan = ctx.plan;
  const goals = [...ctx.goals].sort(byOrderThenId).map((g) => ({
    id: g.data.id,
    file: g.file,
    level: g.data.level,
    code: g.data.code ?? null,
    title: g.data.title,
    parent: g.data.parent ?? null,
    theme: g.data.theme ?? null,
    scope: g.data.scope ?? 'external',
    statement: g.data.statement,
    explanation: bodyOf(g),
    introduced: g.data.introduced ?? null,
    dropped: g.data.dropped ?? null,
    replacedBy: g.data.replacedBy ?? null,
    children: ctx.goals
      .filter((c) => c.data.parent === g.data.id)
      .sort(byOrderThenId)
      .map((c) => c.data.id),
    actions: (ctx.servedBy.get(g.data.id) ?? [])
      .map(({ action, index }) => ({ id: action.data.id, strength: action.data.goals![index]!.strength }))
      .sort(byId),
  }));
  const actions = [...ctx.actions].sort(byOrderThenId).map((a) => {
    const p = periodOf(a.data.timing);
    const eff = effectiveGoals(a, ctx.actionById);
    return {
      id: a.data.id,
      file: a.file,
      kind: a.kind,
      title: a.data.title,
      parent: a.data.parent ?? null,
      children: (ctx.childrenOf.get(a.data.id) ?? []).map((c) => c.data.id),
      sector: a.data.sector ?? false,
      municipalities: a.data.municipalities ?? [],
      partners: a.data.partners ?? [],
      start: a.data.timing?.start ?? null,
      end: a.data.timing?.end ?? null,
      startDay: p.start ?? null,
      endDay: p.end ?? null,
      timing: a.data.timing ?? null,
      goals: eff.goals.map((g) => ({ id: g.id, strength: g.strength })),
      goalsInherited: eff.inherited,
      phase: a.data.phase ?? null,
      introduced: a.data.introduced ?? null,
      ended: a.data.ended ?? null,
      continues: a.data.continues ?? [],
      formerTitles: a.data.formerTitles ?? [],
      order: a.data.order ?? null,
      body: bodyOf(a),
    };
  });
  const municipalities = ctx.municipalityLists.flatMap((l) => l.data.items.map((m) => ({ ...m, file: l.file }))).sort(byId);
  const regions = [...ctx.regions].sort(byOrderThenId).map((r) => ({
    id: r.data.id,
    file: r.file,
    type: r.data.type,
    title: r.data.title,
    parent: r.data.parent ?? null,
    source: r.data.source ?? null,
    meetings: r.data.meetings ?? [],
    municipalities: municipalities.filter((m) => m.region === r.data.id).map((m) => m.id),
    body: bodyOf(r),
  }));
  const progress = sortBy(
    ctx.progress,
    (p) => p.data.year,
    (p) => p.data.order,
    (p) => p.data.id,
  ).map((p) => ({ ...p.data, file: p.file, body: bodyOf(p) }));
  const docs = <T extends { data: { id: string }; file: string; body: string }>(list: T[]) =>
    sortBy(list, (d) => d.data.id).map((d) => ({ ...d.data, file: d.file, ...(d.body.trim() ? { body: bodyOf(d) } : {}) }));

  return {
    version: EXPORT_VERSION,
    generator: options.generator,
    plan: plan ? { ...plan.data, file: plan.file, body: bodyOf(plan) } : null,
    reports: docs(ctx.reports),
    chapters: sortBy(
      ctx.chapters,
      (c) => c.data.document,
      (c) => c.data.order,
      (c) => c.data.id,
    ).map((c) => ({ ...c.data, file: c.file, body: bodyOf(c) })),
    goals,
    actions,
    regions,
    municipalities,
    progress,
    signals: docs(ctx.signals),
    changes: docs(ctx.changes),
    evaluations: docs(ctx.evaluations),
    partnerships: docs(ctx.partnerships),
    staffing: docs(ctx.staffing),
    extensionRequests: docs(ctx.extensionRequests),
    budgets: docs(ctx.budgets),
    sources: docs(ctx.sources),
    priorityThemes: docs(ctx.priorityThemes),
    statistics: docs(ctx.statistics),
    targets: docs(ctx.targets),
    indicators: indicatorList(ctx, options.indicators),
    differences: options.differences.map((d) => ({
      id: `${d.progress}:${d.kind}`,
      file: ctx.progress.find((p) => p.data.id === d.progress)?.file ?? null,
      ...d,
    })),
    // A diagnostic's id names what and where, so a tool can follow one across runs.
    diagnostics: diagnostics.map((d) => ({ id: `${d.code}@${d.file ?? ''}:${d.line ?? 0}:${d.column ?? 0}`, file: d.file ?? null, ...d })),
  };
}

/** The computed indicators as one list: every element has an id, a kind and the file whose figures it uses. */
function indicatorList(ctx: LinkContext, indicators: Indicators) {
  const reportFile = (year: number) => ctx.reports.find((r) => r.data.year === year)?.file ?? null;
  const fileOf = (list: { data: { id: string }; file: string }[], id: string) => list.find((d) => d.data.id === id)?.file ?? null;
  return [
    ...indicators.tables.map((t) => ({ ...t, id: `${t.id}-${t.year}`, indicator: t.id, kind: 'rgi', file: reportFile(t.year) })),
    ...indicators.staffing.map((s) => ({ ...s, kind: 'staffing', file: fileOf(ctx.staffing, s.id) })),
    ...indicators.extensionRequests.map((e) => ({ ...e, kind: 'extension-request', file: fileOf(ctx.extensionRequests, e.id) })),
    ...indicators.budgets.map((b) => ({ ...b, kind: 'budget', file: fileOf(ctx.budgets, b.id) })),
    ...indicators.attendance.map((a) => ({ ...a, id: `attendance-${a.source}`, kind: 'attendance', file: fileOf(ctx.sources, a.source) })),
  ];
}
