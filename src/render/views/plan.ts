/** Everything the plan's template shows, ordered and grouped: pure, from the linked content and its indicators. */
import type { BudgetFigures, Figure, Indicators, StaffingFigures } from '../../core/compute/types.js';
import type { ActionDoc, Doc, LinkContext } from '../../core/link/model.js';
import { CONTEXT_PARTS } from '../../core/outputs.js';
import { placedParts } from '../../core/parts.js';
import { PLAN_PARTS } from '../../core/schema/kinds.js';
import { byDocId, byOrderThenId } from '../../core/sort.js';
import { type Block, chaptersOf, documentBlocks } from './blocks.js';
import { withoutSeedCitation } from './citations.js';
import { goalTreeView, type OverviewView, overviewView, type StrategicGoalView } from './goals.js';
import { type PlacesView, placesView } from './places.js';
import { type TimelineView, timelineView } from './timeline.js';

export type PlanPart = (typeof PLAN_PARTS)[number];

/** Where each generated part goes when no chapter introduces it (chapter orders are 10, 20, …). */
const DEFAULT_ORDER: Record<PlanPart, number> = {
  goals: 55,
  overview: 56,
  actions: 57,
  'transversal-actions': 58,
  'internal-goals': 58.5,
  timeline: 59,
  staffing: 91,
  budget: 92,
  places: 96,
  statistics: 97,
  priorities: 98,
  legend: 1,
};

export interface PlanView {
  blocks: Block<PlanPart>[];
  /** The content's sentence for the mark “–” (the part `legend`). */
  legend: string | undefined;
  /** The context document's parts, in order (empty when the plan's chapters carry them all). */
  contextBlocks: Block<PlanPart>[];
  goalTree: StrategicGoalView[];
  /** The internal organisation's goals when a part of their own places them (`internal-goals`), else empty (they are in the tree). */
  internalGoals: StrategicGoalView[];
  overview: OverviewView;
  actions: { strategic: ActionDoc[]; transversal: ActionDoc[] };
  timeline: TimelineView | null;
  places: PlacesView | null;
  attendance: Indicators['attendance'];
  statistics: Doc<'statistics'>[];
  /** Staffing tables with their figures (a table without figures is left out). */
  staffing: { doc: Doc<'staffing'>; figures: StaffingFigures }[];
  extensionRequests: { doc: Doc<'extension-request'>; total: Figure | undefined }[];
  budgets: { doc: Doc<'budget'>; figures: BudgetFigures | undefined }[];
  /** The priority note's themes in order, and the source that states it (the first theme's). */
  priorities: { themes: Doc<'priority-theme'>[]; source: Doc<'source'> | undefined };
}

export function planView(content: LinkContext, indicators: Indicators): PlanView {
  const priorityThemes = [...content.priorityThemes].sort(byOrderThenId);
  const chapters = chaptersOf(content.chapters, content.plan?.data.id);
  const introduced = new Set(chapters.flatMap((c) => placedParts(c.data, PLAN_PARTS)));
  const inContext = CONTEXT_PARTS.filter((p) => !introduced.has(p));
  const blocks = documentBlocks(
    chapters,
    PLAN_PARTS.filter((p) => !inContext.includes(p)),
    DEFAULT_ORDER,
  );
  // The internal organisation leaves the goal tree where a part of its own places it (002 prints it after the
  // transversal actions).
  const apart = blocks.some((b) => (b.kind === 'part' ? b.part === 'internal-goals' : b.parts.includes('internal-goals')));
  const tree = goalTreeView(content);
  const internal = (g: StrategicGoalView) => g.goal.data.scope === 'internal';
  return {
    blocks,
    contextBlocks: documentBlocks([], inContext, DEFAULT_ORDER),
    legend: content.plan?.data.legend,
    goalTree: apart ? tree.filter((g) => !internal(g)) : tree,
    internalGoals: apart ? tree.filter(internal) : [],
    overview: overviewView(content),
    actions: {
      strategic: content.actions.filter((a) => a.kind === 'strategic-action'),
      transversal: content.actions.filter((a) => a.kind === 'transversal-action'),
    },
    timeline: timelineView(content),
    places: placesView(content),
    attendance: indicators.attendance,
    // Statistics name their source as the plan does, without the transcription's seed citation.
    statistics: [...content.statistics].sort(byDocId).map((st) => ({
      ...st,
      data: { ...st.data, items: st.data.items.map((i) => (i.source === undefined ? i : { ...i, source: withoutSeedCitation(i.source) })) },
    })),
    staffing: content.staffing.flatMap((doc) => {
      const figures = indicators.staffing.find((x) => x.id === doc.data.id);
      return figures ? [{ doc, figures }] : [];
    }),
    extensionRequests: content.extensionRequests.map((doc) => ({
      doc,
      total: indicators.extensionRequests.find((x) => x.id === doc.data.id)?.total,
    })),
    budgets: content.budgets.map((doc) => ({ doc, figures: indicators.budgets.find((x) => x.id === doc.data.id) })),
    priorities: { themes: priorityThemes, source: content.sources.find((s) => s.data.id === priorityThemes[0]?.data.source) },
  };
}
