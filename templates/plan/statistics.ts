/** Statistics about the area the plan serves, one table per statistics document. */
import type { Element } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import { anchor, h, type RenderContext, rh, section, table, td, th } from '../kit.js';

type Statistic = Doc<'statistics'>['data']['items'][number];

export function statistics(r: RenderContext, list: readonly Doc<'statistics'>[]): Element | null {
  if (list.length === 0) return null;
  const { labels, fmt } = r;
  const value = (s: Statistic) =>
    `${s.qualifier ? `${s.qualifier} ` : ''}${fmt.number(s.value, 2)}${s.unit === '%' ? ' %' : s.unit === 'EUR' ? ' €' : ''}`;
  return section('cijfers', 'part statistics', [
    h('h2', labels.statistics),
    ...list.map((st) =>
      h('div.wide', { id: anchor('statistics', st.data.id) }, [
        table(
          st.data.title,
          [[th(labels.statistic), th(labels.value), th(labels.unit), th(labels.year), th(labels.area), th(labels.source)]],
          st.data.items.map((s) => [
            rh(s.label),
            td(value(s), { className: ['num'] }),
            td(s.unit),
            td(s.year !== undefined ? String(s.year) : (s.period ?? '')),
            td(r.lookup.placeName(s.area) ?? s.area),
            td(s.source),
          ]),
        ),
      ]),
    ),
  ]);
}
