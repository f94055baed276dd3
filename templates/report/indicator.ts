/**
 * One RGI table: a table of figures (as stated, else computed; "not reported" where missing), its extras and
 * targets, and its chart; and the section holding the tables no chapter carries.
 */
import type { Element } from 'hast';
import type { IndicatorView } from '../../src/render/views/indicator.js';
import type { ReportView } from '../../src/render/views/report.js';
import { inline } from '../common.js';
import { anchor, type Child, facts, figure, h, MISSING, type RenderContext, rh, section, table, td, th, themeName } from '../kit.js';

export function indicatorsSection(r: RenderContext, v: ReportView, tables: readonly IndicatorView[], nested = false): Element | null {
  if (tables.length === 0) return null;
  return section('indicatoren', 'part indicators', [
    nested ? null : h('h2', r.labels.indicators),
    ...tables.map((t) => indicator(r, v, t, true)),
  ]);
}

export function indicator(r: RenderContext, v: ReportView, view: IndicatorView, withHeading: boolean): Element {
  const { labels } = r;
  const { table: t, columns, unitOf } = view;
  const title = `${t.number} ${labels.rgiTitles[t.number] ?? t.id}`;
  const activity = (id: string) => r.lookup.activityTitle(id) ?? id;
  const rowLabel = (id: string) => (t.rowKind === 'theme' ? themeName(r, id) : t.rowKind === 'activity-type' ? activity(id) : id);
  const colLabel = (id: string) =>
    t.columnKind === 'activity-type' ? activity(id) : t.columnKind === 'theme' ? themeName(r, id) : (labels.measures[id] ?? id);
  const num = { className: ['num'] };
  // A figure the source states only in its text has no label of the source's own: the text carries it.
  const labelled = view.extras.filter((x) => labels.measures[x.label] !== undefined);
  // The source had this table's figures but the content lost them: say so once, leave the cells empty.
  const lost = t.unavailable !== undefined;
  const empty = MISSING;
  const rows: Child[][] = t.rows.map((row) => [
    rh(rowLabel(row)),
    ...columns.map((c) => td(figure(r, t.cells[`${row}|${c}`], unitOf(c), lost), num)),
    ...(view.rowTotals ? [td(figure(r, t.rowTotals![row], t.unit, lost), num)] : []),
  ]);
  const head: Child[][] = [
    [td(''), ...columns.map((c) => th(c === '' ? labels.value : colLabel(c))), ...(view.rowTotals ? [th(labels.total)] : [])],
  ];
  const foot: Child[][] = [];
  if (t.total || t.columnTotals) {
    foot.push([
      rh(labels.total),
      ...columns.map((c) => td(figure(r, columns.length > 1 ? t.columnTotals?.[c] : t.total, unitOf(c), lost), num)),
      ...(view.rowTotals ? [td(figure(r, t.total, t.unit, lost), num)] : []),
    ]);
  }
  // Chart what the document prints: the stated figure, else the computed one.
  const chartData = t.rows
    .flatMap((row) =>
      columns.map((c) => {
        const f = t.cells[`${row}|${c}`];
        return {
          row: rowLabel(row),
          series: c === '' ? labels.value : colLabel(c),
          value: typeof f?.declared === 'number' ? f.declared : (f?.value ?? null),
        };
      }),
    )
    .filter((d) => d.value !== null);
  const chart =
    chartData.length > 0
      ? h('figure.chart-figure', [
          r.chart({
            title,
            description: `${labels.chartOf}: ${title}. ${chartData.map((d) => `${d.row} (${d.series}): ${r.fmt.unit(d.value, view.chartUnit, MISSING)}`).join('; ')}.`,
            spec: {
              $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
              width: 440,
              height: { step: columns.length > 1 ? 10 : 18 },
              data: { values: chartData },
              mark: { type: 'bar' },
              encoding: {
                y: { field: 'row', type: 'nominal', title: null, sort: null, axis: { labelLimit: 200 } },
                x: { field: 'value', type: 'quantitative', title: null },
                ...(new Set(chartData.map((d) => d.series)).size > 1
                  ? {
                      yOffset: { field: 'series', sort: null },
                      color: { field: 'series', type: 'nominal', title: null, sort: null, legend: { orient: 'bottom' } },
                    }
                  : {}),
              },
            },
          }),
          h('figcaption', `${labels.chartOf}: ${title}`),
        ])
      : null;
  return h(withHeading ? 'section' : 'div', { id: anchor('indicator', `${t.id}-${t.year}`), className: ['indicator'] }, [
    withHeading ? h('h3', title) : null,
    rows.length > 0 ? h('div.wide', [table(`${labels.tableOf}: ${title}`, head, rows, { foot })]) : null,
    labelled.length > 0 ? facts(labelled.map((x) => [labels.measures[x.label]!, figure(r, x.figure, x.unit, lost)])) : null,
    view.targets.length > 0
      ? table(
          `${labels.target}: ${title}`,
          [[td(''), th(labels.baseline), th(labels.target), th(labels.value), th(labels.difference)]],
          view.targets.map(({ key, figure: f }) => [
            rh(
              key === 'total'
                ? labels.total
                : key
                    .split('|')
                    .filter(Boolean)
                    .map((k, i) => (i === 0 ? rowLabel(k) : colLabel(k)))
                    .join(' · '),
            ),
            td(r.fmt.unit(f.baseline, t.unit, empty), num),
            td(r.fmt.unit(f.target, t.unit, empty), num),
            td(r.fmt.unit(f.value, t.unit, empty), num),
            td(f.value !== null && f.target !== null && f.target !== undefined ? r.fmt.number(f.value - f.target) : empty, num),
          ]),
        )
      : null,
    chart,
    t.id === 'rgi-2.10' ? communicationActions(r, v) : null,
    // The source states the shares in its text; the list prints only where a chapter asks for it.
    t.id === 'rgi-2.11' && r.includes('funding-shares') ? localFundingShares(r, v) : null,
  ]);
}

/**
 * 2.10: the report's list of communication actions in the source's own columns (Nr, Communicatieactie,
 * Omschrijving/resultaat, Datum); the action links to its web address, as the source's hyperlink does.
 */
function communicationActions(r: RenderContext, v: ReportView): Element | null {
  const list = v.communicationActions;
  if (!list || list.length === 0) return null;
  const { labels, fmt } = r;
  const cols = labels.communicationColumns;
  return h('div.wide', [
    table(
      labels.communicationActions,
      [[th(cols.number), th(cols.action), th(cols.description), th(cols.date)]],
      list.map((a, i) => [
        td(String(i + 1)),
        // Only web addresses become links: a javascript: or data: URL in the content must never be clickable.
        rh(a.url && /^https?:\/\//i.test(a.url) ? h('a', { href: a.url }, a.title) : a.title),
        td(a.description ? inline(r, a.description, anchor('text', `communication-${v.year}-${i + 1}`)) : ''),
        td(a.raw ?? (a.date ? fmt.date(a.date) : h('span.not-reported', MISSING))),
      ]),
    ),
  ]);
}

/** 2.11: the shares of local funding the report states (no amounts survive). */
function localFundingShares(r: RenderContext, v: ReportView): Element | null {
  const list = v.localFundingShares;
  if (!list || list.length === 0) return null;
  // The source's own words (“meer dan de helft”) where it gives them; the value is what the tool computes with.
  return facts(list.map((s) => [s.label, s.raw ?? (s.value === null || s.value === undefined ? MISSING : r.fmt.percent(s.value))]));
}
