/** The annex of fixed project data: per project its goals, phase and timing as the report states them. */
import type { Element } from 'hast';
import type { FixedDataView } from '../../src/render/views/report.js';
import { contributionList, timingText } from '../common.js';
import { anchor, facts, h, link, section, type RenderContext } from '../kit.js';

export function fixedData(r: RenderContext, list: readonly FixedDataView[]): Element | null {
  if (list.length === 0) return null;
  const { labels } = r;
  return section('vaste-gegevens', 'part fixed-data', [
    h('h2', labels.fixedData),
    ...list.map((f) =>
      h('section', { id: anchor('fixed', f.entry.data.id), className: ['fixed'] }, [
        h('h3', f.title),
        facts([
          [labels.servesGoals, contributionList(r, f.contributes)],
          [labels.mayContribute, contributionList(r, f.mayContribute)],
          [labels.phase, f.phase],
          [labels.timing, timingText(r, f.timing)],
          [labels.planAction, f.action ? link(r, f.action.data.id, f.action.data.title) : null],
        ]),
        ...r.md(f.annex, anchor('fixed', f.entry.data.id), 4),
      ]),
    ),
  ]);
}
