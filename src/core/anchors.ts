/**
 * The prefix of each kind's anchor in the documents (`goal-x`, `action-x`): one table for the renderer's links and
 * the quality report's links into the documents, so the two cannot drift apart.
 */

/** Entities the plan (or the context document) shows. */
export const PLAN_ANCHORS: Readonly<Record<string, string>> = {
  goal: 'goal',
  'strategic-action': 'action',
  'transversal-action': 'action',
  'internal-action': 'action',
  'sub-project': 'action',
  region: 'region',
  municipality: 'municipality',
  theme: 'theme',
  'priority-theme': 'priority',
  source: 'source',
};

/** Entities a year's report shows. */
export const REPORT_ANCHORS: Readonly<Record<string, string>> = {
  progress: 'progress',
  signal: 'signal',
  change: 'change',
  evaluation: 'evaluation',
  partnerships: 'partnerships',
};

/** Every kind with an anchor of its own, chapters included. */
export const ANCHORS: Readonly<Record<string, string>> = { ...PLAN_ANCHORS, ...REPORT_ANCHORS, chapter: 'chapter' };
