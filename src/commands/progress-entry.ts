/**
 * A progress entry for one project and year, as `plan new report` and `plan new progress` write it: what stays
 * is carried forward (project, title, theme, fixed data), what must be new each year is not stated yet.
 */
import type { ActionDoc, Doc, LinkContext } from '../core/link/model.js';

type Progress = Doc<'progress'>['data'];
type Contribution = NonNullable<NonNullable<Progress['fixed']>['goals']>[number];

/** Contributions that count in `year`: within from/until, to a goal not dropped by then. */
export function goalsIn(ctx: LinkContext, goals: readonly Contribution[] | undefined, year: number): Contribution[] | undefined {
  if (goals === undefined) return undefined;
  return (
    goals
      .filter((g) => (g.from === undefined || g.from <= year) && (g.until === undefined || g.until >= year))
      .filter((g) => {
        const dropped = ctx.goalById.get(g.id)?.data.dropped;
        return dropped === undefined || dropped > year;
      })
      // `source` says where an earlier document stated it; this year's report has not said anything yet.
      .map((g) => ({ id: g.id, strength: g.strength }))
  );
}

/** The theme a project is listed under: the first theme of a goal it serves (its parent's goals for a sub-project). */
export function themeOf(ctx: LinkContext, action: ActionDoc, year: number): string | undefined {
  if (action.kind === 'transversal-action') return undefined;
  const own = action.data.goals && action.data.goals.length > 0 ? action.data.goals : undefined;
  const goals = own ?? (action.data.parent ? ctx.actionById.get(action.data.parent)?.data.goals : undefined);
  for (const g of goalsIn(ctx, goals, year) ?? []) {
    const theme = ctx.goalById.get(g.id)?.data.theme;
    if (theme !== undefined) return theme;
  }
  return undefined;
}

/** The progress entry of the previous report year that has one for this project. */
export function previousEntry(ctx: LinkContext, project: string, year: number): Doc<'progress'> | undefined {
  let best: Doc<'progress'> | undefined;
  for (const p of ctx.progress) {
    if (p.data.project === project && p.data.year < year && (!best || p.data.year > best.data.year)) best = p;
  }
  return best;
}

export function progressEntry(ctx: LinkContext, action: ActionDoc, year: number, id: string): Record<string, unknown> {
  const prev = previousEntry(ctx, action.data.id, year)?.data;
  const a = action.data;
  const fixedSource = prev?.fixed ?? {
    title: a.title,
    ...(a.timing && (a.timing.start !== undefined || a.timing.end !== undefined)
      ? { timing: { start: a.timing.start, end: a.timing.end } }
      : {}),
    goals: a.goals && a.goals.length > 0 ? a.goals : undefined,
    phase: a.phase,
  };
  const fixed = {
    title: fixedSource.title,
    timing: fixedSource.timing,
    goals: goalsIn(ctx, fixedSource.goals, year),
    phase: fixedSource.phase,
  };
  return {
    kind: 'progress',
    id,
    project: a.id,
    year,
    theme: prev ? prev.theme : themeOf(ctx, action, year),
    number: prev?.number,
    title: prev?.title ?? a.title,
    order: prev?.order,
    // Ratings and status are this year's judgement: explicitly not stated until someone writes them.
    ratings: { cooperation: 'not-stated', politicalResults: 'not-stated', participation: 'not-stated' },
    status: 'not-stated',
    fixed: Object.values(fixed).some((v) => v !== undefined) ? fixed : undefined,
  };
}
