/**
 * The multi-year plan: chapters in document order with the generated parts in between — the goal tree, the
 * overview table, the actions, a timeline, the index of municipalities and regions, staffing, the budget and the
 * answers to the priority note. Order and content come from the plan's view model (src/render/views/plan.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import type { PlanPart, PlanView } from '../../src/render/views/plan.js';
import { chapterSection, legend } from '../common.js';
import type { RenderContext } from '../kit.js';
import { actionsSection } from './actions.js';
import { budget } from './budget.js';
import { goalTree } from './goal-tree.js';
import { overviewTable } from './overview.js';
import { places } from './places.js';
import { priorities } from './priorities.js';
import { staffing } from './staffing.js';
import { statistics } from './statistics.js';
import { timeline } from './timeline.js';

/**
 * What each part is drawn from (its key as a kept section, with its name); undefined for a part that is only a
 * list of kept sections (the actions), which is cheaper to put together again than to keep twice.
 */
function partInput(v: PlanView, name: PlanPart): unknown {
  switch (name) {
    case 'goals':
      return v.goalTree;
    case 'internal-goals':
      return v.internalGoals;
    case 'overview':
      return v.overview;
    case 'actions':
    case 'transversal-actions':
      return undefined;
    case 'timeline':
      return v.timeline;
    case 'budget':
      return v.budgets;
    case 'places':
      return [v.places, v.attendance];
    case 'statistics':
      return v.statistics;
    case 'priorities':
      return v.priorities;
    case 'legend':
      return v.legend ?? null;
    case 'staffing':
      return [v.staffing, v.extensionRequests];
  }
}

/** The parts that show no document's text, only their fields: a changed text does not draw them again. */
const NO_BODIES = new Set<PlanPart>(['overview', 'timeline']);

export function planBody(r: RenderContext, v: PlanView): ElementContent[] {
  // A part renders with its own h2 when it stands alone, or without one right after the chapter that
  // introduces it (the chapter's h2 is its heading).
  const part = (name: PlanPart, nested: boolean): Element | null => {
    switch (name) {
      case 'goals':
        return goalTree(r, v.goalTree, nested);
      case 'internal-goals':
        return goalTree(r, v.internalGoals, nested, 'interne-organisatie', 2);
      case 'overview':
        return overviewTable(r, v.overview);
      case 'actions':
        return actionsSection(r, v.actions.strategic, 'acties', r.labels.actions, nested);
      case 'transversal-actions':
        return actionsSection(r, v.actions.transversal, 'transversale-acties', r.labels.transversalActions, nested);
      case 'timeline':
        return timeline(r, v.timeline);
      case 'staffing':
        return staffing(r, v, nested);
      case 'budget':
        return budget(r, v.budgets, nested);
      case 'places':
        return places(r, v.places, v.attendance);
      case 'statistics':
        return statistics(r, v.statistics);
      case 'priorities':
        return priorities(r, v.priorities);
      case 'legend':
        return legend(v.legend);
    }
  };
  // Each block is kept as a section (src/assemble/fragments.ts), and so is the part a chapter carries.
  const kept = (name: PlanPart, nested: boolean) => {
    const from = partInput(v, name);
    return from === undefined
      ? part(name, nested)
      : r.fragment('plan-part', [name, nested, from], () => part(name, nested), NO_BODIES.has(name) ? { bodies: false } : undefined);
  };
  // The part a chapter names in `generated` takes the chapter's heading; the parts its `include` names keep their own.
  const chapter = (c: Doc<'chapter'>, names: PlanPart[]) =>
    chapterSection(
      r,
      c,
      names.map((name) => kept(name, name === c.data.generated)),
    );
  // A chapter is kept with the inputs of its parts; one carrying a list of kept sections (the actions) is put together again.
  return v.blocks
    .map((b) =>
      b.kind === 'part'
        ? kept(b.part, false)
        : b.parts.some((p) => partInput(v, p) === undefined)
          ? chapter(b.chapter, b.parts)
          : r.fragment('plan-chapter', [b.chapter, b.parts, b.parts.map((p) => partInput(v, p))], () => chapter(b.chapter, b.parts)),
    )
    .filter((n): n is ElementContent => n !== null);
}
