/** The goal tree: each strategic goal with its themes and operational goals, and the actions that serve them. */
import type { Element, ElementContent } from 'hast';
import type { GoalDoc } from '../../src/core/link/model.js';
import type { OperationalGoalView, StrategicGoalView } from '../../src/render/views/goals.js';
import { actionFacts, timingText, validity } from '../common.js';
import { anchor, facts, h, joinInline, link, type RenderContext, section } from '../kit.js';

/**
 * `nested`: the chapter that places the tree is its heading. `level`: the strategic goals' heading level (2 for the
 * internal organisation, which the plan prints as a chapter of its own after the transversal actions).
 */
export function goalTree(r: RenderContext, goals: StrategicGoalView[], nested = false, id = 'doelstellingen', level = 3): Element | null {
  if (goals.length === 0 && id !== 'doelstellingen') return null;
  const { labels } = r;
  const children = goals.map(({ goal: sd, themes, rest }) =>
    h('section', { id: anchor('goal', sd.data.id), className: ['goal', 'strategic'] }, [
      h(`h${level}`, goalHeading(sd)),
      goalStatus(r, sd),
      h('p.statement', sd.data.statement),
      ...r.md(sd.body, anchor('goal', sd.data.id), level + 1, sd.file),
      ...themes.flatMap(({ theme, goals: list }) => [
        // The plan's own heading for the theme (“Recht op wonen”), else its title: no label of the tool's.
        h(`h${level + 1}`, { id: anchor('theme', theme.id), className: ['theme'] }, theme.heading ?? theme.title),
        ...list.map((od) => operationalGoal(r, od, level + 2)),
      ]),
      ...rest.map((od) => operationalGoal(r, od, level + 1)),
    ]),
  );
  return nested || level < 3
    ? h('div', { id, className: ['part', 'goals'] }, children)
    : section(id, 'part goals', [h('h2', labels.goalTree), ...children]);
}

/**
 * A goal's heading as the plan prints it: a numbered code takes a colon (“SD1: Grond- en mensenrechten”), a code
 * that only names the kind of goal reads as a prefix (“OD Sociale bescherming”, “SD Interne organisatie”).
 */
function goalHeading(g: GoalDoc): string {
  const code = g.data.code;
  if (!code) return g.data.title;
  return `${code}${/\d$/.test(code) ? ':' : ''} ${g.data.title}`;
}

function goalStatus(r: RenderContext, g: GoalDoc): Element | null {
  const { labels } = r;
  const notes: ElementContent[] = [];
  if (g.data.introduced !== undefined) notes.push(h('span', `${labels.introduced} ${g.data.introduced}`));
  if (g.data.dropped !== undefined) notes.push(h('span', `${labels.dropped} ${g.data.dropped}`));
  if (g.data.replacedBy !== undefined) {
    const to = r.lookup.goal(g.data.replacedBy);
    notes.push(h('span', [`${labels.replacedBy} `, link(r, g.data.replacedBy, to?.data.title ?? g.data.replacedBy)]));
  }
  return notes.length > 0 ? h('p.goal-status', joinInline(notes, ' · ')) : null;
}

function operationalGoal(r: RenderContext, { goal: od, servedBy, internal }: OperationalGoalView, level: number): Element {
  const { labels } = r;
  return h('section', { id: anchor('goal', od.data.id), className: ['goal', 'operational'] }, [
    h(`h${level}`, goalHeading(od)),
    goalStatus(r, od),
    h('p.statement', od.data.statement),
    ...r.md(od.body, anchor('goal', od.data.id), level + 1, od.file),
    // The actions under each goal, and the sentence when none serves it, only when the content asks (`include:
    // [served-by]`): a source that lists none would read a sentence it never wrote.
    !r.includes('served-by')
      ? null
      : servedBy.length > 0
        ? h('div.served', [
            h('p.label', labels.servedBy),
            h(
              'ul',
              servedBy.map((s) =>
                h('li', [
                  link(r, s.action.data.id, s.action.data.title),
                  h('span.strength', ` — ${labels.strengths[s.strength]}${validity(r, s.from, s.until)}`),
                ]),
              ),
            ),
          ])
        : internal.length === 0
          ? h('p.unserved', labels.noActionServes)
          : null,
    // Internal actions have no chapter of their own: they are shown inside the goal they serve.
    ...internal.map((a) =>
      h('section', { id: anchor('action', a.data.id), className: ['action', 'internal'] }, [
        h(`h${Math.min(6, level + 1)}`, a.data.title),
        actionFacts(r, a, true),
        ...r.md(a.body, anchor('action', a.data.id), Math.min(6, level + 2), a.file),
      ]),
    ),
    // The partners and timing the plan writes once under the goal, for all its actions.
    facts([
      [labels.partners, od.data.partners ?? null],
      [labels.timing, od.data.timing ? timingText(r, od.data.timing) : null],
    ]),
  ]);
}
