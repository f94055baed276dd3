/** The cross-document rules, in the order they run. Each is small, named and pure. */
import { actionTree } from './action-tree.js';
import { bodyLinks } from './body-links.js';
import { contributions } from './contributions.js';
import { divergences } from './divergences.js';
import { droppedGoals } from './dropped-goals.js';
import { goalTree } from './goal-tree.js';
import { nothingStated } from './nothing-stated.js';
import { outputNames } from './output-names.js';
import { parentCycles } from './parent-cycles.js';
import { placeholders } from './placeholders.js';
import { placements } from './placements.js';
import { progress } from './progress.js';
import { resolveReferences } from './resolve-references.js';
import { singlePlan } from './single-plan.js';
import { timing } from './timing.js';
import type { Rule } from './types.js';
import { uniqueIds } from './unique-ids.js';

export type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  singlePlan,
  uniqueIds,
  resolveReferences,
  parentCycles,
  goalTree,
  actionTree,
  contributions,
  droppedGoals,
  timing,
  progress,
  bodyLinks,
  placeholders,
  placements,
  outputNames,
  nothingStated,
  divergences,
];
