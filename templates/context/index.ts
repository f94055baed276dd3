/**
 * “Context en bronnen”: what the plan draws from other sources — the welfare regions and municipalities with the
 * 2013 rounds, the area statistics, the 2018 priority note with the actions that answer it. Its own document, so the
 * plan holds only the plan and its annexes. It has no chapters of its own, so its parts carry no heading of the
 * compiler's: each is drawn under the titles its sources give (./parts.ts).
 */
import type { ElementContent } from 'hast';
import type { PlanPart, PlanView } from '../../src/render/views/plan.js';
import type { RenderContext } from '../kit.js';
import { contextPlaces, contextPriorities, contextStatistics } from './parts.js';

export function contextBody(r: RenderContext, v: PlanView): ElementContent[] {
  const part = (name: PlanPart) => {
    switch (name) {
      case 'places':
        return r.fragment('context-part', [name, v.places], () => contextPlaces(r, v.places));
      case 'statistics':
        return r.fragment('context-part', [name, v.statistics], () => contextStatistics(r, v.statistics));
      case 'priorities':
        return r.fragment('context-part', [name, v.priorities], () => contextPriorities(r, v.priorities));
      default:
        return null; // only the parts above go to the context document (CONTEXT_PARTS)
    }
  };
  return v.contextBlocks.flatMap((b) => (b.kind === 'part' ? [part(b.part)] : [])).filter((n): n is ElementContent => n !== null);
}

export const CONTEXT_TITLE: Record<'nl-BE' | 'en', string> = { 'nl-BE': 'Context en bronnen', en: 'Context and sources' };
