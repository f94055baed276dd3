/** The strategic and the transversal actions, each with its facts, its text and its sub-projects. */
import type { Element, ElementContent } from 'hast';
import type { ActionDoc } from '../../src/core/link/model.js';
import { actionFacts } from '../common.js';
import { anchor, h, type RenderContext, section } from '../kit.js';

export function actionsSection(r: RenderContext, list: readonly ActionDoc[], id: string, title: string, nested: boolean): Element | null {
  if (list.length === 0) return null;
  const children = list.map((a) => actionBlock(r, a, 3));
  return nested ? h('div', { id, className: ['part', 'actions'] }, children) : section(id, 'part actions', [h('h2', title), ...children]);
}

function actionBlock(r: RenderContext, a: ActionDoc, level: number): ElementContent | null {
  return r.fragment('action', [a, level], () => drawAction(r, a, level));
}

function drawAction(r: RenderContext, a: ActionDoc, level: number): Element {
  const children = r.lookup.childrenOf(a.data.id);
  return h('section', { id: anchor('action', a.data.id), className: ['action', a.kind] }, [
    // 002 prints “(sector)” in the overview table only, not in an action's heading (“DE STEK”, “Week van verbondenheid”).
    // The heading as the plan prints it where it differs from the title (`heading`: the source's own typo).
    h(`h${level}`, a.data.heading ?? a.data.title),
    a.data.introduced !== undefined ? h('p.goal-status', `${r.labels.introduced} ${a.data.introduced}`) : null,
    actionFacts(r, a),
    ...r.md(a.body, anchor('action', a.data.id), level + 1, a.file),
    children.length > 0 ? h(`p.subprojects-label`, r.labels.subProjects) : null,
    ...children.map((c) => actionBlock(r, c, Math.min(6, level + 1))),
  ]);
}
