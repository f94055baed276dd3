/**
 * The one definition of goal inheritance (docs/content-model.md, “Sub-projects and their parent's goals”): an
 * action with a parent and no contributions of its own — `goals` absent or an empty list — serves its parent's
 * goals; listed goals replace the parent's rather than add to them.
 */
import type { ActionDoc } from './link/model.js';

export type Contribution = NonNullable<ActionDoc['data']['goals']>[number];

export function effectiveGoals(
  action: ActionDoc,
  actionById: ReadonlyMap<string, ActionDoc>,
): { goals: readonly Contribution[]; inherited: boolean } {
  const own = action.data.goals ?? [];
  if (own.length > 0 || action.data.parent === undefined) return { goals: own, inherited: false };
  const inherited = actionById.get(action.data.parent)?.data.goals ?? [];
  return { goals: inherited, inherited: inherited.length > 0 };
}
