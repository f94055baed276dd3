/**
 * The content as typed collections plus the indexes every cross-document rule needs, built once in linear time.
 */
import type { Location } from '../diagnostics/index.js';
import type { PathSegment } from '../parse.js';
import { ACTION_KINDS, type ActionKind, type DocOf, type Kind } from '../schema/kinds.js';
import { byOrderThenId } from '../sort.js';
import type { AnyValidDocument, Placeholder, ValidDocument } from '../validate.js';

export type Doc<K extends Kind> = ValidDocument<K>;
export type ActionDoc = Extract<AnyValidDocument, { kind: ActionKind }>;
export type GoalDoc = Doc<'goal'>;

/** Kinds of things that have an id: documents plus the items some documents list. */
export type EntityKind = Kind | 'theme' | 'activity-type' | 'municipality' | 'statistic';

export interface Definition {
  id: string;
  kind: EntityKind;
  file: string;
  at: Location;
}

export interface Collections {
  plans: Doc<'plan'>[];
  reports: Doc<'report'>[];
  chapters: Doc<'chapter'>[];
  sources: Doc<'source'>[];
  goals: GoalDoc[];
  actions: ActionDoc[];
  regions: Doc<'region'>[];
  municipalityLists: Doc<'municipalities'>[];
  progress: Doc<'progress'>[];
  signals: Doc<'signal'>[];
  changes: Doc<'change'>[];
  evaluations: Doc<'evaluation'>[];
  partnerships: Doc<'partnerships'>[];
  staffing: Doc<'staffing'>[];
  extensionRequests: Doc<'extension-request'>[];
  budgets: Doc<'budget'>[];
  priorityThemes: Doc<'priority-theme'>[];
  statistics: Doc<'statistics'>[];
  /** Baselines and targets of indicators (kind `targets`). */
  targets: Doc<'targets'>[];
  /** Where the built documents depart from their sources (kind `divergences`). */
  divergences: Doc<'divergences'>[];
}

export interface LinkContext extends Collections {
  plan: Doc<'plan'> | undefined;
  /** Every definition of every id, in file order (more than one means a duplicate). */
  definitions: Map<string, Definition[]>;
  /** Ids of documents that failed to parse or validate: references to them are not reported again. */
  placeholders: Map<string, Placeholder>;
  /**
   * Kinds with at least one document that could not be read ('unknown' when even the kind is unknown).
   * Rules about completeness (“no action serves this goal”) stay silent for them rather than guess.
   */
  incomplete: Set<string>;
  goalById: Map<string, GoalDoc>;
  actionById: Map<string, ActionDoc>;
  /** Sub-projects per parent action id, in document order. */
  childrenOf: Map<string, ActionDoc[]>;
  /** Contributions per goal id: which actions serve it. */
  servedBy: Map<string, { action: ActionDoc; index: number }[]>;
}

const isAction = (d: AnyValidDocument): d is ActionDoc => (ACTION_KINDS as readonly string[]).includes(d.kind);

// The one document order lives with the sort helper; re-exported here for the modules that import it from the model.
export { byOrderThenId };

export function buildContext(documents: readonly AnyValidDocument[], placeholders: readonly Placeholder[]): LinkContext {
  const c: Collections = {
    plans: [],
    reports: [],
    chapters: [],
    sources: [],
    goals: [],
    actions: [],
    regions: [],
    municipalityLists: [],
    progress: [],
    signals: [],
    changes: [],
    evaluations: [],
    partnerships: [],
    staffing: [],
    extensionRequests: [],
    budgets: [],
    priorityThemes: [],
    statistics: [],
    targets: [],
    divergences: [],
  };
  const definitions = new Map<string, Definition[]>();
  const define = (id: string, kind: EntityKind, doc: AnyValidDocument, path: PathSegment[]) => {
    const list = definitions.get(id) ?? [];
    list.push({ id, kind, file: doc.file, at: doc.locate(path) });
    definitions.set(id, list);
  };

  for (const d of documents) {
    define(d.data.id, d.kind, d, ['id']);
    if (isAction(d)) {
      c.actions.push(d);
      continue;
    }
    switch (d.kind) {
      case 'plan':
        c.plans.push(d);
        d.data.themes.forEach((t, i) => define(t.id, 'theme', d, ['themes', i, 'id']));
        d.data.activityTypes?.forEach((t, i) => define(t.id, 'activity-type', d, ['activityTypes', i, 'id']));
        break;
      case 'municipalities':
        c.municipalityLists.push(d);
        d.data.items.forEach((m, i) => define(m.id, 'municipality', d, ['items', i, 'id']));
        break;
      case 'statistics':
        c.statistics.push(d);
        d.data.items.forEach((s, i) => define(s.id, 'statistic', d, ['items', i, 'id']));
        break;
      case 'report':
        c.reports.push(d);
        break;
      case 'chapter':
        c.chapters.push(d);
        break;
      case 'source':
        c.sources.push(d);
        break;
      case 'goal':
        c.goals.push(d);
        break;
      case 'region':
        c.regions.push(d);
        break;
      case 'progress':
        c.progress.push(d);
        break;
      case 'signal':
        c.signals.push(d);
        break;
      case 'change':
        c.changes.push(d);
        break;
      case 'evaluation':
        c.evaluations.push(d);
        break;
      case 'partnerships':
        c.partnerships.push(d);
        break;
      case 'staffing':
        c.staffing.push(d);
        break;
      case 'extension-request':
        c.extensionRequests.push(d);
        break;
      case 'budget':
        c.budgets.push(d);
        break;
      case 'priority-theme':
        c.priorityThemes.push(d);
        break;
      case 'targets':
        c.targets.push(d);
        break;
      case 'divergences':
        c.divergences.push(d);
        break;
    }
  }

  const first = <T extends { data: { id: string } }>(docs: T[]) => {
    const m = new Map<string, T>();
    for (const d of docs) if (!m.has(d.data.id)) m.set(d.data.id, d);
    return m;
  };
  c.goals.sort(byOrderThenId);
  c.actions.sort(byOrderThenId);
  const goalById = first(c.goals);
  const actionById = first(c.actions);

  const childrenOf = new Map<string, ActionDoc[]>();
  const servedBy = new Map<string, { action: ActionDoc; index: number }[]>();
  for (const a of c.actions) {
    if (a.data.parent !== undefined) {
      const list = childrenOf.get(a.data.parent) ?? [];
      list.push(a);
      childrenOf.set(a.data.parent, list);
    }
    a.data.goals?.forEach((g, index) => {
      const list = servedBy.get(g.id) ?? [];
      list.push({ action: a, index });
      servedBy.set(g.id, list);
    });
  }

  const placeholderMap = new Map<string, Placeholder>();
  for (const p of placeholders) if (p.id !== undefined && !definitions.has(p.id)) placeholderMap.set(p.id, p);

  const incomplete = new Set(placeholders.map((p) => p.kind ?? 'unknown'));

  return {
    ...c,
    plan: c.plans[0],
    definitions,
    placeholders: placeholderMap,
    incomplete,
    goalById,
    actionById,
    childrenOf,
    servedBy,
  };
}

export type { DocOf };

/** Every document of every collection, for rules that look at all of them. */
export function allDocuments(ctx: Collections): AnyValidDocument[] {
  return [
    ...ctx.plans,
    ...ctx.reports,
    ...ctx.chapters,
    ...ctx.sources,
    ...ctx.goals,
    ...ctx.actions,
    ...ctx.regions,
    ...ctx.municipalityLists,
    ...ctx.progress,
    ...ctx.signals,
    ...ctx.changes,
    ...ctx.evaluations,
    ...ctx.partnerships,
    ...ctx.staffing,
    ...ctx.extensionRequests,
    ...ctx.budgets,
    ...ctx.priorityThemes,
    ...ctx.statistics,
    ...ctx.targets,
    ...ctx.divergences,
  ];
}
