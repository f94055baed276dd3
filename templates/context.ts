/**
 * “Context en bronnen”: what the plan draws from other sources — the welfare regions and municipalities with the
 * 2013 rounds, the area statistics, the 2018 priority note with the actions that answer it. Its own document, so the
 * plan holds only the plan and its annexes; drawn by the plan's part templates.
 */
import type { ElementContent } from 'hast';
import type { PlanView } from '../src/render/views/plan.js';
import type { RenderContext } from './kit.js';
import { planBody } from './plan/index.js';

export function contextBody(r: RenderContext, v: PlanView): ElementContent[] {
  return planBody(r, { ...v, blocks: v.contextBlocks });
}

export const CONTEXT_TITLE: Record<'nl-BE' | 'en', string> = { 'nl-BE': 'Context en bronnen', en: 'Context and sources' };
