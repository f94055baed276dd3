/**
 * Names and relations a template needs while it draws any part: titles of goals, actions, themes and places,
 * sub-projects, progress entries per project. Built once per content (linear), read-only for templates.
 */
import { pushTo } from '../../core/group.js';
import type { ActionDoc, Doc, GoalDoc, LinkContext } from '../../core/link/model.js';
import { sortBy } from '../../core/sort.js';
import { TRANSVERSAL } from '../../core/themes.js';

export interface Lookup {
  goal(id: string): GoalDoc | undefined;
  action(id: string): ActionDoc | undefined;
  /** Sub-projects of an action, in document order. */
  childrenOf(id: string): readonly ActionDoc[];
  /** Progress entries about a project, by year. */
  progressOf(project: string): readonly Doc<'progress'>[];
  municipalityName(id: string): string | undefined;
  /** Name of a municipality or a region (areas of statistics). */
  placeName(id: string): string | undefined;
  /** Title of a plan theme; null for work outside every theme (no theme, `transversal`), undefined for an unknown id. */
  themeTitle(id: string | undefined): string | null | undefined;
  activityTitle(id: string): string | undefined;
  /** Title of a goal or else an action (what a change record or a detected difference is about). */
  entityTitle(id: string): string | undefined;
}

export function buildLookup(content: LinkContext): Lookup {
  const municipalities = new Map(content.municipalityLists.flatMap((l) => l.data.items.map((m) => [m.id, m.name] as const)));
  const places = new Map<string, string>([...municipalities, ...content.regions.map((x) => [x.data.id, x.data.title] as const)]);
  const themes = new Map((content.plan?.data.themes ?? []).map((t) => [t.id, t.title] as const).reverse());
  const activities = new Map((content.plan?.data.activityTypes ?? []).map((a) => [a.id, a.title] as const).reverse());
  const progress = new Map<string, Doc<'progress'>[]>();
  for (const p of sortBy(content.progress, (x) => x.data.year)) pushTo(progress, p.data.project, p);
  return {
    goal: (id) => content.goalById.get(id),
    action: (id) => content.actionById.get(id),
    childrenOf: (id) => content.childrenOf.get(id) ?? [],
    progressOf: (project) => progress.get(project) ?? [],
    municipalityName: (id) => municipalities.get(id),
    placeName: (id) => places.get(id),
    themeTitle: (id) => (id === undefined || id === TRANSVERSAL ? null : themes.get(id)),
    activityTitle: (id) => activities.get(id),
    entityTitle: (id) => content.goalById.get(id)?.data.title ?? content.actionById.get(id)?.data.title,
  };
}
