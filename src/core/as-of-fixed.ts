/**
 * The title and timing a report states for a plan's project (its annex of fixed project data), as the
 * consolidated plan applies them. A report records such changes there rather than in a change record (004 §1.3:
 * “de oorspronkelijke timing van een aantal projecten [is] licht gewijzigd … terug te vinden onder hoofdstuk 3”),
 * so the latest report through a year that states a different title or period is the project's standing one.
 */

import { withData } from './document-prints.js';
import type { ActionDoc, LinkContext } from './link/model.js';
import { periodOf } from './period.js';

type Timing = NonNullable<ActionDoc['data']['timing']>;

export interface FixedChange {
  /** The report year that states it. */
  year: number;
  /** The project's title then, when it differs from the plan's. */
  title?: string;
  /** The project's timing then, when its period differs from the plan's. */
  timing?: Timing;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[’']/g, "'").trim();
const SECTOR = /\s*\(sector\)\s*$/i;

/** The annex's title without the “(sector)” the documents add themselves to an action run with the sector. */
function ownTitle(a: ActionDoc, title: string): string {
  return a.data.sector ? title.replace(SECTOR, '') : title;
}

/**
 * The new timing: the stated dates, in the annex's own words when it has them; a wording the content corrected
 * (an impossible date) is dropped, so the corrected dates are printed rather than the slip.
 */
function statedTiming(plan: Timing | undefined, stated: Timing): Timing {
  const start = stated.start ?? plan?.start;
  const end = stated.end ?? plan?.end;
  const own = stated.start !== undefined && stated.end !== undefined && stated.correction === undefined;
  const t: Timing = {};
  if (start !== undefined) t.start = start;
  if (end !== undefined) t.end = end;
  if (own && stated.raw !== undefined) t.raw = stated.raw;
  if (stated.correction !== undefined) t.correction = stated.correction;
  return t;
}

/**
 * Per action the plan already had (an action a report adds is described by its own fields), the latest title and
 * timing the reports through `through` state where they differ from the plan's; later years override earlier ones.
 */
export function fixedChangesThrough(ctx: LinkContext, through: number): Map<string, FixedChange[]> {
  const out = new Map<string, FixedChange[]>();
  const progress = [...ctx.progress]
    .filter((p) => p.data.year <= through && p.data.fixed !== undefined)
    .sort((a, b) => a.data.year - b.data.year || (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
  for (const p of progress) {
    const action = ctx.actionById.get(p.data.project);
    const fixed = p.data.fixed;
    if (!action || !fixed || (action.data.introduced !== undefined && action.data.introduced >= p.data.year)) continue;
    const change: FixedChange = { year: p.data.year };
    if (fixed.title !== undefined && norm(ownTitle(action, fixed.title)) !== norm(action.data.title))
      change.title = ownTitle(action, fixed.title);
    if (fixed.timing && (fixed.timing.start !== undefined || fixed.timing.end !== undefined)) {
      const a = periodOf(action.data.timing);
      const b = periodOf(statedTiming(action.data.timing, fixed.timing));
      if (a.start !== b.start || a.end !== b.end) change.timing = statedTiming(action.data.timing, fixed.timing);
    }
    if (change.title !== undefined || change.timing !== undefined) out.set(action.data.id, [...(out.get(action.data.id) ?? []), change]);
  }
  return out;
}

/** The action with the latest stated title and timing applied; its former title kept in `formerTitles`. */
export function withFixed(a: ActionDoc, changes: readonly FixedChange[] | undefined): ActionDoc {
  if (!changes || changes.length === 0) return a;
  const title = changes.findLast((c) => c.title !== undefined)?.title;
  const timing = changes.findLast((c) => c.timing !== undefined)?.timing;
  const data = { ...a.data };
  if (title !== undefined) {
    data.title = title;
    data.formerTitles = [...(a.data.formerTitles ?? []), a.data.title];
  }
  if (timing !== undefined) data.timing = timing;
  return withData(a, data);
}
