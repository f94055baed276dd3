/**
 * The overview table: actions against goals, derived from the contributions (never typed by hand), marked as the
 * source marks them (x, (x)) and without a legend, as the source prints none.
 */
import type { Element } from 'hast';
import type { OverviewView } from '../../src/render/views/goals.js';
import { type Child, h, link, type RenderContext, rh, section, table, td, th } from '../kit.js';

export function overviewTable(r: RenderContext, v: OverviewView): Element {
  const { labels } = r;
  const mark = (strength: string | undefined) =>
    strength === undefined
      ? ''
      : // The source's marks, x and (x), with no legend (it prints none); a screen reader hears what they mean.
        [h('span', { ariaHidden: 'true' }, strength === 'contributes' ? 'x' : '(x)'), h('span.sr-only', labels.strengths[strength])];
  const head: Child[][] = [
    [th(labels.action, { rowSpan: 3 }), ...v.goalGroups.map((g) => th(g.sd.data.title, { colSpan: g.span, scope: 'colgroup' }))],
    [
      ...v.themeGroups.map((g) =>
        g.kind === 'whole'
          ? th('SD', { colSpan: g.span, scope: 'colgroup' })
          : g.kind === 'theme'
            ? th(g.title, { colSpan: g.span, scope: 'colgroup' })
            : td('', { colSpan: g.span }),
      ),
    ],
    v.columns.map((c) =>
      th(link(r, c.goal.data.id, c.whole ? (c.sd.data.code ?? c.sd.data.title) : c.goal.data.title), { className: ['od'] }),
    ),
  ];
  // Actions × goals can be a million cells, of three kinds: each kind is made once.
  const cells = new Map<string | undefined, Child>();
  const cell = (m: string | undefined): Child => {
    let c = cells.get(m);
    if (!c) cells.set(m, (c = r.serialized(td(mark(m), { className: ['mark'] }))));
    return c;
  };
  const rows = v.rows.map(({ action: a, marks }) => [
    rh([link(r, a.data.id, a.data.overviewTitle ?? a.data.title), a.data.sector ? ' (sector)' : '']),
    ...marks.map(cell),
  ]);
  return section('overzichtsschema', 'part overview', [
    h('h2', labels.overview),
    h('div.wide', [table(labels.overview, head, rows, { className: 'overview' })]),
  ]);
}
