/** Municipalities and regions: which actions work where, each welfare region's meetings and their source. */
import type { Element } from 'hast';
import type { Indicators } from '../../src/core/compute/types.js';
import type { PlacesView } from '../../src/render/views/places.js';
import { anchor, figure, h, joinInline, link, MISSING, type RenderContext, rh, section, table, td, th } from '../kit.js';

export function places(r: RenderContext, v: PlacesView | null, attendance: Indicators['attendance']): Element | null {
  if (!v) return null;
  const { labels, fmt } = r;
  const name = (id: string) => r.lookup.municipalityName(id) ?? id;
  const rows = v.groups.flatMap((g) =>
    g.municipalities.map((m) => [
      // No region in the sources: an empty cell (the sources name none; nothing is said for them).
      g.region ? td(link(r, g.region.data.id, g.region.data.title)) : td(''),
      rh(h('span', { id: anchor('municipality', m.id) }, [m.name, m.mergedInto ? ` → ${name(m.mergedInto)}` : ''])),
      td(joinInline((v.actionsIn.get(m.id) ?? []).map((a) => link(r, a.data.id, a.data.title))) as never),
    ]),
  );
  return section('gemeenten-en-regios', 'part places', [
    h('h2', labels.places),
    h('p', labels.placesIntro),
    table(labels.places, [[th(labels.region), th(labels.municipality), th(labels.actions)]], rows),
    ...v.welfareRegions.map((w) => {
      const meetings = w.data.meetings ?? [];
      return h('section', { id: anchor('region', w.data.id), className: ['region'] }, [
        h('h3', w.data.title),
        meetings.length > 0
          ? table(
              `${labels.meetings} ${w.data.title}`,
              [[th(labels.host), th(labels.date), th(labels.attendance)]],
              meetings.map((m) => [
                rh(m.host ? link(r, m.host, name(m.host)) : (m.place ?? m.raw ?? '')),
                td(m.date ? fmt.date(m.date) : h('span.not-reported', MISSING)),
                td(m.attendance === null || m.attendance === undefined ? h('span.not-reported', MISSING) : fmt.number(m.attendance, 0), {
                  className: ['num'],
                }),
              ]),
            )
          : null,
        ...r.md(w.body, anchor('region', w.data.id), 4, w.file),
      ]);
    }),
    ...attendance.map((a) => h('p.total', [`${labels.attendance} (${labels.total}): `, figure(r, a.total, 'count')])),
    ...v.sources.map((src) =>
      h('section', { id: anchor('source', src.data.id), className: ['source'] }, [
        h('h3', `${src.data.title}${src.data.year ? ` (${src.data.year})` : ''}`),
        ...r.md(src.body, anchor('source', src.data.id), 4, src.file),
      ]),
    ),
  ]);
}
