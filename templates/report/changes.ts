/** Changes to the plan: the ones the report records, then the ones the compiler detects and nothing explains. */
import type { Element } from 'hast';
import type { Difference } from '../../src/core/differences.js';
import type { Doc } from '../../src/core/link/model.js';
import { anchor, facts, h, link, rh, table, td, th, type RenderContext } from '../kit.js';

export function changes(r: RenderContext, records: readonly Doc<'change'>[], differences: readonly Difference[]): Element {
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
        ...r.md(c.body, anchor('change', c.data.id), 5),
      ]),
    ),
    h('h3', labels.detectedChanges),
    differences.length === 0
      ? h('p', labels.noDetectedChanges)
      : h('div.wide', [
          table(
            labels.detectedChanges,
            [[th(labels.action), th(labels.changeType), th(labels.inPlan), th(labels.inReport)]],
            differences.map((d) => [rh(to(d.project)), td(labels.differenceKinds[d.kind] ?? d.kind), td(d.plan), td(d.report)]),
          ),
        ]),
  ]);
}
