/**
 * Changes to the plan as the report records them. Differences the compiler detects and no record explains are
 * for the staff quality report, not for the funder's document.
 */
import type { Element } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import { anchor, facts, h, link, type RenderContext } from '../kit.js';

export function changes(r: RenderContext, records: readonly Doc<'change'>[]): Element {
  const { labels } = r;
  const to = (id: string) => link(r, id, r.lookup.entityTitle(id) ?? id);
  return h('div.changes', [
    h('h3', labels.recordedChanges),
    ...records.map((c) =>
      h('section', { id: anchor('change', c.data.id), className: ['change'] }, [
        h('h4', c.data.title),
        facts([
          [labels.changeType, labels.changeTypes[c.data.type] ?? c.data.type],
          [labels.goals, c.data.goal ? to(c.data.goal) : null],
          [labels.action, c.data.action ? to(c.data.action) : null],
          [labels.replacedBy, c.data.into ? to(c.data.into) : null],
        ]),
        ...r.md(c.body, anchor('change', c.data.id), 5, c.file),
      ]),
    ),
  ]);
}
