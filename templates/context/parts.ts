/**
 * The context document's parts: the welfare regions with the 2013 meetings, the area statistics, the 2018 priority
 * note. Unlike the plan's parts they print no heading, caption or intro of the compiler's own: every label is the
 * source's word (the content's titles, 001's column headers) or is left out, as the funder reads the sources.
 */
import type { Element } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import type { PlacesView } from '../../src/render/views/places.js';
import type { PlanView } from '../../src/render/views/plan.js';
import { anchor, h, type RenderContext, rh, section, table, td, th } from '../kit.js';
import { placeRows } from '../plan/places.js';
import { priorityTheme } from '../plan/priorities.js';

export function contextPlaces(r: RenderContext, v: PlacesView | null): Element | null {
  if (!v) return null;
  const { labels } = r;
  // A welfare region's accents stand where its source prints them: in the source's own section, under the number
  // the source gives them (001's “3.2.1 Midden-Limburg”), one level below the section that number belongs to.
  const region = (w: PlacesView['welfareRegions'][number]) => {
    const depth = w.data.number ? w.data.number.split('.').length : 0;
    return h('section', { id: anchor('region', w.data.id), className: ['region'] }, [
      h(`h${Math.min(6, 2 + Math.max(1, depth))}`, w.data.number ? `${w.data.number} ${w.data.title}` : w.data.title),
      ...r.md(w.body, anchor('region', w.data.id), Math.min(6, 3 + Math.max(1, depth)), w.file),
    ]);
  };
  const named = new Set(v.sources.map((s) => s.data.id));
  return section('gemeenten-en-regios', 'part places', [
    // Each source under its own title as the source prints it (the year is in the source's text, not its title),
    // first as 001 opens with it; its regions' accents at its end, where 001 prints them (its 3.2).
    ...v.sources.map((src) =>
      h('section', { id: anchor('source', src.data.id), className: ['source'] }, [
        h('h2', src.data.title),
        ...r.md(src.body, anchor('source', src.data.id), 3, src.file),
        ...v.welfareRegions.filter((w) => w.data.source === src.data.id).map(region),
      ]),
    ),
    ...v.welfareRegions.filter((w) => !w.data.source || !named.has(w.data.source)).map(region),
    // The municipalities, the anchors the plan's actions link to: the actions that work there one per line (each
    // its own title), the name as the sources print it (a later merger is the model's, not theirs).
    table(null, [[th(labels.region), th(labels.municipality), th(labels.actions)]], placeRows(r, v, { list: true, mergers: false })),
  ]);
}

type Statistic = Doc<'statistics'>['data']['items'][number];

/** One table per statistics document under the content's title; the unit goes with the value, as the sources print it. */
export function contextStatistics(r: RenderContext, list: readonly Doc<'statistics'>[]): Element | null {
  if (list.length === 0) return null;
  const { labels, fmt } = r;
  // The content's unit goes with the figure where its label does not already say it (“4 keer”, “12 jaar”); a
  // count needs none, its label says what is counted.
  const value = (s: Statistic) => {
    const n = fmt.number(s.value, 2);
    const said = (words: RegExp) => words.test(s.label);
    const shown =
      s.unit === '%'
        ? `${n} %`
        : s.unit === 'EUR'
          ? `${n} €`
          : s.unit === '1 op N'
            ? said(/(^|[\s(])(1|één|eén|een) op\s/i)
              ? n
              : `1 op ${n}`
            : s.unit === undefined || s.unit === '' || /^aantal\b/.test(s.unit) || s.label.toLowerCase().includes(s.unit.toLowerCase())
              ? n
              : `${n} ${s.unit}`;
    return `${s.qualifier ? `${s.qualifier} ` : ''}${shown}`;
  };
  return section('cijfers', 'part statistics', [
    ...list.map((st) =>
      h('div.wide', { id: anchor('statistics', st.data.id) }, [
        table(
          st.data.title,
          [[th(labels.statistic), th(labels.value), th(labels.year), th(labels.area), th(labels.source)]],
          st.data.items.map((s) => [
            rh(s.label),
            td(value(s), { className: ['num'] }),
            td(s.year !== undefined ? String(s.year) : (s.period ?? '')),
            td(r.lookup.placeName(s.area) ?? s.area),
            td(s.source ?? ''),
          ]),
        ),
      ]),
    ),
  ]);
}

/** The priority note under its own title, its themes with their recommendations (and the answering actions when placed). */
export function contextPriorities(r: RenderContext, { themes, source }: PlanView['priorities']): Element | null {
  if (themes.length === 0) return null;
  return section('prioriteiten', 'part priorities', [
    source ? h('h2', source.data.title) : null,
    ...(source ? r.md(source.body, anchor('source', source.data.id), 3, source.file) : []),
    ...themes.map((t) => priorityTheme(r, t)),
  ]);
}
