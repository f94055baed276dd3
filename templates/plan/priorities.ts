/** The answers to the funder's priority note: per priority theme its recommendations and the actions answering them. */
import type { Element } from 'hast';
import type { PlanView } from '../../src/render/views/plan.js';
import { anchor, facts, h, joinInline, link, type RenderContext, section } from '../kit.js';

export function priorities(r: RenderContext, { themes, source }: PlanView['priorities']): Element | null {
  const { labels } = r;
  if (themes.length === 0) return null;
  return section('prioriteiten', 'part priorities', [
    h('h2', `${labels.priorities}${source ? ` — ${source.data.title}` : ''}`),
    ...(source ? r.md(source.body, anchor('source', source.data.id), 3, source.file) : []),
    ...themes.map((t) => priorityTheme(r, t)),
  ]);
}

/** One theme of the priority note: its concern and solution, its recommendations and (when placed) who answers them. */
export function priorityTheme(r: RenderContext, t: PlanView['priorities']['themes'][number]): Element {
  const { labels } = r;
  return h('section', { id: anchor('priority', t.data.id), className: ['priority-theme'] }, [
    h('h3', `${t.data.number ? `${t.data.number}. ` : ''}${t.data.title}`),
    facts([
      [labels.concern, t.data.concern ?? null],
      [labels.solution, t.data.solution ?? null],
    ]),
    h(
      'ul.recommendations',
      t.data.recommendations.map((rec) =>
        h('li', [
          h('p', [rec.number ? h('strong', `${rec.number} `) : '', rec.text]),
          !r.includes('answered-by')
            ? null
            : rec.answeredBy && rec.answeredBy.length > 0
              ? h('p.answered', [
                  `${labels.answeredBy}: `,
                  ...joinInline(rec.answeredBy.map((id) => link(r, id, r.lookup.action(id)?.data.title ?? id))),
                ])
              : h('p.unanswered', labels.unanswered),
        ]),
      ),
    ),
  ]);
}
