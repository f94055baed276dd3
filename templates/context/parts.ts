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
import { meetingRows, placeRows } from '../plan/places.js';
import { priorityTheme } from '../plan/priorities.js';

/** 001's own column headers for the meetings (its table 2.1: Welzijnsregio, Gemeente, Datum, Aantal aanwezigen). */
const MEETING_HEAD = { 'nl-BE': ['Gemeente', 'Datum', 'Aantal aanwezigen'], en: ['Municipality', 'Date', 'Attendance'] } as const;

export function contextPlaces(r: RenderContext, v: PlacesView | null): Element | null {
  if (!v) return null;
  const { labels } = r;
  const rows = placeRows(r, v);

  return section('gemeenten-en-regios', 'part places', [
    // Each source under its own title as the source prints it (the year is in the source's text, not its title), first as 001 opens with it.
    ...v.sources.map((src) =>
      h('section', { id: anchor('source', src.data.id), className: ['source'] }, [
        h('h2', src.data.title),
        ...r.md(src.body, anchor('source', src.data.id), 3, src.file),
      ]),
    ),
    table(null, [[th(labels.region), th(labels.municipality), th(labels.actions)]], rows),
    ...v.welfareRegions.map((w) => {
      const meetings = w.data.meetings ?? [];
      return h('section', { id: anchor('region', w.data.id), className: ['region'] }, [
        h('h2', w.data.title),
        meetings.length > 0 ? table(null, [MEETING_HEAD[r.locale].map((c) => th(c))], meetingRows(r, meetings)) : null,
        ...r.md(w.body, anchor('region', w.data.id), 3, w.file),
      ]);
    }),
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
            ? said(/(^|[\s(])(1|één|een) op\s/i)
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
