/** The timeline chart: when each action and sub-project runs, on one time axis. */
import type { Element } from 'hast';
import type { TimelineView } from '../../src/render/views/timeline.js';
import { h, joinInline, link, type RenderContext, section } from '../kit.js';

export function timeline(r: RenderContext, v: TimelineView | null): Element | null {
  if (!v) return null;
  const { labels } = r;
  const rows = v.rows.map((x) => ({ title: x.title, start: x.start, end: x.end, kind: labels[x.kind], open: x.open, order: x.order }));
  const chart = r.chart({
    title: labels.timeline,
    description: labels.timelineAlt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 460,
      height: { step: 13 },
      data: { values: rows },
      layer: [
        {
          mark: { type: 'rule', color: '#999', strokeDash: [3, 3] },
          data: { values: [{ d: v.start }, { d: v.end }] },
          encoding: { x: { field: 'd', type: 'temporal', scale: { type: 'utc' } } },
        },
        {
          mark: { type: 'bar', height: 9 },
          encoding: {
            y: { field: 'title', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelLimit: 260, labelFontSize: 9 } },
            // Days are calendar days, not instants: a UTC scale places and labels them the same in every time zone.
            x: { field: 'start', type: 'temporal', title: null, scale: { type: 'utc' }, axis: { format: '%Y', tickCount: 'year' } },
            x2: { field: 'end' },
            color: { field: 'kind', type: 'nominal', title: null, legend: { orient: 'top' } },
          },
        },
      ],
    },
  });
  return section('tijdlijn', 'part timeline', [
    h('h2', labels.timeline),
    h('figure.chart-figure', [chart, h('figcaption', labels.timelineAlt)]),
    v.missing.length > 0
      ? h('p', [`${labels.timing} ${labels.notStated}: `, ...joinInline(v.missing.map((a) => link(r, a.data.id, a.data.title)))])
      : null,
  ]);
}
