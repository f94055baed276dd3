/** Municipalities and regions: which actions work where, each welfare region's meetings and their source. */
import type { Element } from 'hast';
import type { Indicators } from '../../src/core/compute/types.js';
import type { PlacesView } from '../../src/render/views/places.js';
import { anchor, figure, h, joinInline, link, MISSING, type RenderContext, rh, section, table, td, th } from '../kit.js';

export function places(r: RenderContext, v: PlacesView | null, attendance: Indicators['attendance']): Element | null {
  if (!v) return null;
  const { labels } = r;
  const rows = placeRows(r, v);
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
              meetingRows(r, meetings),
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

type Meeting = NonNullable<PlacesView['welfareRegions'][number]['data']['meetings']>[number];
const municipality = (r: RenderContext, id: string) => r.lookup.municipalityName(id) ?? id;

/**
 * Each municipality: its welfare region, its name (and what it merged into), the actions that work there (joined
 * on one line, or one per line with `list`); `mergers: false` leaves the merger out.
 */
export function placeRows(r: RenderContext, v: PlacesView, { list = false, mergers = true } = {}) {
  return v.groups.flatMap((g) =>
    g.municipalities.map((m) => {
      const actions = (v.actionsIn.get(m.id) ?? []).map((a) => link(r, a.data.id, a.data.title));
      return [
        // No region in the sources: an empty cell (the sources name none; nothing is said for them).
        g.region ? td(link(r, g.region.data.id, g.region.data.title)) : td(''),
        rh(h('span', { id: anchor('municipality', m.id) }, [m.name, mergers && m.mergedInto ? ` → ${municipality(r, m.mergedInto)}` : ''])),
        list
          ? td(
              actions.length > 0
                ? h(
                    'ul',
                    actions.map((a) => h('li', [a])),
                  )
                : '',
            )
          : td(joinInline(actions) as never),
      ];
    }),
  );
}

/** A welfare region's meetings: host, date and attendance, "–" where the source gives none. */
export function meetingRows(r: RenderContext, meetings: readonly Meeting[]) {
  const { fmt } = r;
  return meetings.map((m) => [
    rh(m.host ? link(r, m.host, municipality(r, m.host)) : (m.place ?? m.raw ?? '')),
    td(m.date ? fmt.date(m.date) : h('span.not-reported', MISSING)),
    td(m.attendance === null || m.attendance === undefined ? h('span.not-reported', MISSING) : fmt.number(m.attendance, 0), {
      className: ['num'],
    }),
  ]);
}
