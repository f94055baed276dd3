/**
 * A progress report, mirroring the funder's structure: general evaluation per theme, signals, changes to the
 * plan (recorded and detected), the RGI indicators 2.1-2.13 as tables and charts, qualitative progress per
 * theme and project with the full rating scales, and the annex of fixed project data.
 */
import type { Element, ElementContent } from 'hast';
import type { IndicatorTable, Unit } from '../src/core/compute/types.js';
import type { Difference } from '../src/core/differences.js';
import type { Doc } from '../src/core/link/model.js';
import { byOrderThenId } from '../src/core/link/model.js';
import { sortBy } from '../src/core/sort.js';
import { themeSequence } from '../src/core/themes.js';
import { textOf } from '../src/render/markdown.js';
import { chapterSection, contributionList, timingText } from './common.js';
import { anchor, facts, figure, h, joinInline, link, rh, section, table, td, th, type Child, type RenderContext } from './kit.js';

const DEFAULT_ORDER: Record<string, number> = { evaluations: 35, partnerships: 55, signals: 65, changes: 75, indicators: 79, progress: 1000, 'fixed-data': 1001 };
const RATINGS = ['not-applicable', 'in-development', 'partial-results', 'goals-achieved', 'above-expectations'] as const;
const STATUSES = ['not-started', 'on-schedule', 'adjusted', 'completed', 'stopped', 'new'] as const;

export function reportBody(r: RenderContext, report: Doc<'report'>, differences: Difference[]): Element[] {
  const { content } = r;
  const year = report.data.year;
  const chapters = content.chapters.filter((c) => c.data.document === report.data.id).sort(byOrderThenId);
  const tables = r.indicators.tables.filter((t) => t.year === year);
  const standalone = (id: string, title: string, make: () => Element | null) => () => {
    const node = make();
    return node ? section(id, 'part', [h('h2', title), node]) : null;
  };
  const parts: Record<string, () => Element | null> = {
    evaluations: () => evaluations(r, year),
    partnerships: () => partnerships(r, year),
    signals: () => signals(r, year),
    changes: () => changes(r, year, differences.filter((d) => d.year === year)),
    // Tables whose number no chapter carries still appear, in a section of their own.
    indicators: () => indicatorsSection(r, tables.filter((t) => !chapters.some((c) => c.data.number === t.number))),
    progress: () => progress(r, year),
    'fixed-data': () => fixedData(r, year),
  };
  const introduced = new Set<string>(chapters.flatMap((c) => (c.data.generated ? [c.data.generated] : [])));
  const blocks: { order: number; key: string; node: () => Element | null }[] = [];
  for (const c of chapters) {
    const extra: Child[] = [];
    if (c.data.generated && parts[c.data.generated]) extra.push(parts[c.data.generated]!());
    const t = tables.find((x) => x.number === c.data.number);
    if (t) extra.push(indicator(r, t, false));
    blocks.push({ order: c.data.order, key: `c-${c.data.id}`, node: () => chapterSection(r, c, extra) });
  }
  const titles: Record<string, string> = { evaluations: r.labels.evaluations, partnerships: r.labels.partnerships, signals: r.labels.signals, changes: r.labels.changes };
  for (const [name, make] of Object.entries(parts)) {
    if (introduced.has(name)) continue;
    const node = titles[name] ? standalone(name, titles[name]!, make) : make;
    blocks.push({ order: DEFAULT_ORDER[name] ?? 1000, key: `p-${name}`, node });
  }
  blocks.sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : 1));
  return blocks.map((b) => b.node()).filter((n): n is Element => n !== null);
}

const themeTitle = (r: RenderContext, id: string | undefined) =>
  id === undefined || id === 'transversal' ? r.labels.transversal : (r.content.plan?.data.themes.find((t) => t.id === id)?.title ?? id);

function evaluations(r: RenderContext, year: number): Element | null {
  const list = r.content.evaluations.filter((e) => e.data.year === year).sort(byOrderThenId);
  if (list.length === 0) return null;
  return h('div.evaluations', list.map((e) =>
    h('section', { id: anchor('evaluation', e.data.id), className: ['evaluation'] }, [
      h('h3', `${e.data.number ? `${e.data.number} ` : ''}${e.data.title ?? themeTitle(r, e.data.theme)}`),
      ...r.md(e.body, anchor('evaluation', e.data.id), 4),
    ]),
  ));
}

function partnerships(r: RenderContext, year: number): Element | null {
  const list = r.content.partnerships.filter((p) => p.data.year === year).sort(byOrderThenId);
  if (list.length === 0) return null;
  const { labels } = r;
  return h('div.partnerships', list.map((p) =>
    h('div.wide', { id: anchor('partnerships', p.data.id) }, [
      table(p.data.title, [[th(labels.partner), th(labels.purpose), th(labels.themes)]], p.data.rows.map((row) => {
        const themes = row.themes ?? (row.theme ? [row.theme] : []);
        return [rh(row.partner), td(row.purpose ?? ''), td(themes.length > 0 ? themes.map((t) => themeTitle(r, t)).join(', ') : (row.raw ?? ''))];
      })),
    ]),
  ));
}

function signals(r: RenderContext, year: number): Element | null {
  const list = r.content.signals.filter((s) => s.data.year === year).sort(byOrderThenId);
  if (list.length === 0) return null;
  const groups: [string, Doc<'signal'>[]][] = [
    [r.labels.fromSector, list.filter((s) => s.data.from === 'sector')],
    [r.labels.fromOrganisation, list.filter((s) => s.data.from === 'organisation')],
  ];
  return h('div.signals', groups.filter(([, l]) => l.length > 0).flatMap(([label, l]) => [
    h('h3', label),
    ...l.map((s) => h('section', { id: anchor('signal', s.data.id), className: ['signal'] }, [h('h4', s.data.title), ...r.md(s.body, anchor('signal', s.data.id), 5)])),
  ]));
}

function changes(r: RenderContext, year: number, differences: Difference[]): Element {
  const { labels, content } = r;
  const records = content.changes.filter((c) => c.data.year === year).sort(byOrderThenId);
  const title = (id: string) => content.goalById.get(id)?.data.title ?? content.actionById.get(id)?.data.title ?? id;
  return h('div.changes', [
    h('h3', labels.recordedChanges),
    ...records.map((c) =>
      h('section', { id: anchor('change', c.data.id), className: ['change'] }, [
        h('h4', c.data.title),
        facts([
          [labels.changeType, labels.changeTypes[c.data.type] ?? c.data.type],
          [labels.goals, c.data.goal ? link(r, c.data.goal, title(c.data.goal)) : null],
          [labels.action, c.data.action ? link(r, c.data.action, title(c.data.action)) : null],
          [labels.replacedBy, c.data.into ? link(r, c.data.into, title(c.data.into)) : null],
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
            differences.map((d) => [rh(link(r, d.project, title(d.project))), td(labels.differenceKinds[d.kind] ?? d.kind), td(d.plan), td(d.report)]),
          ),
        ]),
  ]);
}

function indicatorsSection(r: RenderContext, tables: IndicatorTable[]): Element | null {
  if (tables.length === 0) return null;
  return section('indicatoren', 'part indicators', [h('h2', r.labels.indicators), ...tables.map((t) => indicator(r, t, true))]);
}

/** One RGI table: a table of figures (computed beside declared, "not reported" where missing) and its chart. */
function indicator(r: RenderContext, t: IndicatorTable, withHeading: boolean): Element {
  const { labels } = r;
  const title = `${t.number} ${labels.rgiTitles[t.number] ?? t.id}`;
  const rowLabel = (id: string) =>
    t.rowKind === 'theme' ? themeTitle(r, id) : t.rowKind === 'activity-type' ? activityTitle(r, id) : id;
  const colLabel = (id: string) =>
    t.columnKind === 'activity-type' ? activityTitle(r, id) : t.columnKind === 'theme' ? themeTitle(r, id) : (labels.measures[id] ?? id);
  const columns = t.columns && t.columns.length > 0 ? t.columns : [''];
  const unitOf = (col: string): Unit => (col === 'socialMaribel' || col === 'fte' || col === 'fteDirect' ? 'fte' : t.rowKind === 'band' ? 'count' : t.unit);
  const extraUnit = (k: string): Unit => (k === 'share' ? 'percent' : k === 'participants' || k === 'headcount' ? 'count' : t.unit);
  const extraLabel = (k: string) => (t.number === '2.13' && k === 'average' ? labels.measures.average2! : (labels.measures[k] ?? k));
  const rows: Child[][] = t.rows.map((row) => [
    rh(rowLabel(row)),
    ...columns.map((c) => td(figure(r, t.cells[`${row}|${c}`], unitOf(c)), { className: ['num'] })),
    ...(t.rowTotals && columns.length > 1 ? [td(figure(r, t.rowTotals[row], t.unit), { className: ['num'] })] : []),
  ]);
  const head: Child[][] = [[td(''), ...columns.map((c) => th(c === '' ? labels.value : colLabel(c))), ...(t.rowTotals && columns.length > 1 ? [th(labels.total)] : [])]];
  const foot: Child[][] = [];
  if (t.total || t.columnTotals) {
    foot.push([rh(labels.total), ...columns.map((c) => td(figure(r, columns.length > 1 ? t.columnTotals?.[c] : t.total, unitOf(c)), { className: ['num'] })), ...(t.rowTotals && columns.length > 1 ? [td(figure(r, t.total, t.unit), { className: ['num'] })] : [])]);
  }
  const extras = Object.entries(t.extras ?? {});
  const targets = [...Object.entries(t.cells), ...(t.total ? [['total', t.total] as const] : [])].filter(([, f]) => f.target !== undefined || f.baseline !== undefined);
  // Chart what is known: the computed value, else the figure the report states (marked as stated).
  const chartData = t.rows
    .flatMap((row) =>
      columns.map((c) => {
        const f = t.cells[`${row}|${c}`];
        const stated = f?.value === null && f.declared !== undefined && f.declared !== null;
        return { row: rowLabel(row), series: `${c === '' ? labels.value : colLabel(c)}${stated ? ` (${labels.stated})` : ''}`, value: f?.value ?? f?.declared ?? null };
      }),
    )
    .filter((d) => d.value !== null);
  const chart =
    chartData.length > 0
      ? h('figure.chart-figure', [
          r.chart({
            title,
            description: `${labels.chartOf}: ${title}. ${chartData.map((d) => `${d.row} (${d.series}): ${r.fmt.unit(d.value, t.rowKind === 'band' ? 'count' : t.unit, labels.notReported)}`).join('; ')}.`,
            spec: {
              $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
              width: 440,
              height: { step: columns.length > 1 ? 10 : 18 },
              data: { values: chartData },
              mark: { type: 'bar' },
              encoding: {
                y: { field: 'row', type: 'nominal', title: null, sort: null, axis: { labelLimit: 200 } },
                x: { field: 'value', type: 'quantitative', title: null },
                ...(new Set(chartData.map((d) => d.series)).size > 1 ? { yOffset: { field: 'series', sort: null }, color: { field: 'series', type: 'nominal', title: null, sort: null, legend: { orient: 'bottom' } } } : {}),
              },
            },
          }),
          h('figcaption', `${labels.chartOf}: ${title}`),
        ])
      : null;
  return h(withHeading ? 'section' : 'div', { id: anchor('indicator', `${t.id}-${t.year}`), className: ['indicator'] }, [
    withHeading ? h('h3', title) : null,
    rows.length > 0 ? h('div.wide', [table(`${labels.tableOf}: ${title}`, head, rows, { foot })]) : null,
    extras.length > 0
      ? facts(extras.map(([k, f]) => [extraLabel(k), figure(r, f, extraUnit(k))]))
      : null,
    targets.length > 0
      ? table(
          `${labels.target}: ${title}`,
          [[td(''), th(labels.baseline), th(labels.target), th(labels.value), th(labels.difference)]],
          targets.map(([key, f]) => [
            rh(key === 'total' ? labels.total : key.split('|').filter(Boolean).map((k, i) => (i === 0 ? rowLabel(k) : colLabel(k))).join(' · ')),
            td(r.fmt.unit(f.baseline, t.unit, labels.notReported), { className: ['num'] }),
            td(r.fmt.unit(f.target, t.unit, labels.notReported), { className: ['num'] }),
            td(r.fmt.unit(f.value, t.unit, labels.notReported), { className: ['num'] }),
            td(f.value !== null && f.target !== null && f.target !== undefined ? r.fmt.number(f.value - f.target) : labels.notReported, { className: ['num'] }),
          ]),
        )
      : null,
    chart,
    t.id === 'rgi-2.10' ? communicationActions(r, t.year) : null,
    t.id === 'rgi-2.11' ? localFundingShares(r, t.year) : null,
  ]);
}

/** 2.10: the report's list of communication actions, as it states them (date, action, description, link). */
function communicationActions(r: RenderContext, year: number): Element | null {
  const list = r.content.reports.find((x) => x.data.year === year)?.data.declared?.communicationActions;
  if (!list || list.length === 0) return null;
  const { labels, fmt } = r;
  return h('div.wide', [
    table(
      labels.communicationActions,
      [[th(labels.date), th(labels.action), th(labels.description), th(labels.link)]],
      list.map((a, i) => [
        td(a.date ? [fmt.date(a.date), a.raw && a.raw.toLowerCase() !== fmt.date(a.date).toLowerCase() ? h('span.raw', ` (${a.raw})`) : ''] : (a.raw ?? h('span.not-reported', labels.notStated))),
        rh(a.title),
        td(a.description ? inline(r, a.description, anchor('text', `communication-${year}-${i + 1}`)) : ''),
        td(a.url ? h('a', { href: a.url }, hostOf(a.url)) : ''),
      ]),
    ),
  ]);
}

/** 2.11: the shares of local funding the report states (no amounts survive). */
function localFundingShares(r: RenderContext, year: number): Element | null {
  const list = r.content.reports.find((x) => x.data.year === year)?.data.declared?.localFundingShares;
  if (!list || list.length === 0) return null;
  return facts(list.map((s) => [s.label, [s.value === null || s.value === undefined ? r.labels.notReported : r.fmt.percent(s.value), s.raw ? h('span.raw', ` (“${s.raw}”)`) : '']]));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function activityTitle(r: RenderContext, id: string): string {
  return r.content.plan?.data.activityTypes?.find((a) => a.id === id)?.title ?? id;
}

function scale(r: RenderContext, label: string, options: readonly string[], chosen: string, names: Record<string, string>): Element {
  const notStated = chosen === 'not-stated';
  return h('div.rating', [
    h('p.label', [label, ': ', h('span', notStated ? names['not-stated'] ?? '' : names[chosen] ?? chosen)]),
    h(
      'ol.scale',
      { ariaLabel: label },
      options.map((o) => (o === chosen ? h('li.chosen', { ariaCurrent: 'true' }, names[o] ?? o) : h('li', names[o] ?? o))),
    ),
  ]);
}

function progress(r: RenderContext, year: number): Element | null {
  const { content, labels } = r;
  const list = content.progress.filter((p) => p.data.year === year);
  if (list.length === 0) return null;
  const order = themeSequence(content.plan?.data.themes ?? [], list.map((p) => p.data.theme ?? 'transversal'), { onlySeen: true });
  return section('voortgang', 'part progress', [
    h('h2', labels.progress),
    ...order.map((theme) =>
      h('section', { id: anchor('progress-theme', `${year}-${theme}`), className: ['progress-theme'] }, [
        h('h3', `${labels.theme}: ${themeTitle(r, theme)}`),
        ...list.filter((p) => (p.data.theme ?? 'transversal') === theme).sort(byOrderThenId).map((p) => projectProgress(r, p)),
      ]),
    ),
  ]);
}

function projectProgress(r: RenderContext, p: Doc<'progress'>): Element {
  const { labels, content } = r;
  const action = content.actionById.get(p.data.project);
  const title = p.data.title ?? action?.data.title ?? p.data.project;
  const d = p.data;
  const body = r.md(splitAnnex(p.body).main, anchor('progress', d.id), 5);
  const dossiers = h('div.dossiers', [
    h('h5', labels.dossiers),
    d.dossiers === undefined
      ? h('p.not-reported', labels.notStated)
      : d.dossiers.length === 0
        ? h('p', labels.noDossier)
        : h('ul.dossiers', d.dossiers.map((x) => h('li', [h('strong', x.title), x.status ? ` (${x.status})` : '', x.summary ? [': ', ...inline(r, x.summary, anchor('progress', `${d.id}-dossier`))] : '']))),
    d.dossiersNote ? h('div.dossiers-note', r.md(d.dossiersNote, anchor('progress', `${d.id}-note`), 6)) : null,
  ]);
  // Each rating belongs right under the heading of the part it rates (the report's own template); when the
  // body lacks such a heading, the scale goes before the body.
  const placed = placeAfter(body, [
    { heading: /^samenwerking\b/i, node: scale(r, labels.cooperation, RATINGS, d.ratings.cooperation, labels.ratings) },
    { heading: /^politieke resultaten\b/i, node: scale(r, labels.politicalResults, RATINGS, d.ratings.politicalResults, labels.ratings) },
    { heading: /^participatief werken\b/i, node: scale(r, labels.participation, RATINGS, d.ratings.participation, labels.ratings) },
    { heading: /^samenvattende conclusie\b/i, node: scale(r, labels.status, STATUSES, d.status, labels.statuses), before: dossiers },
  ]);
  return h('section', { id: anchor('progress', d.id), className: ['progress'] }, [
    h('h4', `${d.number ? `${d.number} ` : ''}${title}`),
    h('p.plan-link', [`${labels.planAction}: `, link(r, d.project, action?.data.title ?? d.project)]),
    ...placed.unplaced,
    ...placed.nodes,
    placed.dossiersPlaced ? null : dossiers,
    d.planning && d.planning.length > 0 ? h('div.planning', [h('h5', labels.planning), h('ul', d.planning.map((x) => h('li', inline(r, x, anchor('progress', `${d.id}-planning`)))))]) : null,
  ]);
}

const headingText = (n: ElementContent): string | undefined =>
  n.type === 'element' && /^h[1-6]$/.test(n.tagName) ? textOf(n) : undefined;

/**
 * A progress body ends with the annex's project description under a heading “Omschrijving …”: that part
 * belongs in the annex of fixed project data. Split on the Markdown text, so each part is rendered once.
 */
function splitAnnex(body: string): { main: string; annex: string } {
  const m = /^#{1,6}[ \t]+Omschrijving[^\n]*$/im.exec(body);
  return m ? { main: body.slice(0, m.index), annex: body.slice(m.index + m[0].length) } : { main: body, annex: '' };
}

function placeAfter(
  nodes: ElementContent[],
  slots: { heading: RegExp; node: Element; before?: Element }[],
): { nodes: ElementContent[]; unplaced: Element[]; dossiersPlaced: boolean } {
  const out: ElementContent[] = [];
  const used = new Set<number>();
  let dossiersPlaced = false;
  for (const n of nodes) {
    const text = headingText(n);
    const i = text === undefined ? -1 : slots.findIndex((s, j) => !used.has(j) && s.heading.test(text.trim()));
    if (i >= 0) {
      const slot = slots[i]!;
      if (slot.before) {
        out.push(slot.before);
        dossiersPlaced = true;
      }
      out.push(n, slot.node);
      used.add(i);
    } else out.push(n);
  }
  return { nodes: out, unplaced: slots.filter((_, j) => !used.has(j)).map((s) => s.node), dossiersPlaced };
}

/** A short Markdown text (a summary, a planning line) rendered inline: the paragraph's children only. */
function inline(r: RenderContext, text: string, prefix: string): ElementContent[] {
  const nodes = r.md(text, prefix, 6);
  const first = nodes[0];
  return nodes.length === 1 && first && first.type === 'element' && first.tagName === 'p' ? first.children : nodes;
}

function fixedData(r: RenderContext, year: number): Element | null {
  const { content, labels } = r;
  const list = sortBy(content.progress.filter((p) => p.data.year === year), (p) => p.data.theme ?? '', (p) => p.data.order, (p) => p.data.id);
  if (list.length === 0) return null;
  return section('vaste-gegevens', 'part fixed-data', [
    h('h2', labels.fixedData),
    ...list.map((p) => {
      const action = content.actionById.get(p.data.project);
      const fixed = p.data.fixed;
      const goals = fixed?.goals ?? action?.data.goals ?? [];
      return h('section', { id: anchor('fixed', p.data.id), className: ['fixed'] }, [
        h('h3', fixed?.title ?? p.data.title ?? action?.data.title ?? p.data.project),
        facts([
          [labels.servesGoals, contributionList(r, goals.filter((g) => g.strength === 'contributes'))],
          [labels.mayContribute, contributionList(r, goals.filter((g) => g.strength === 'may-contribute'))],
          [labels.phase, fixed?.phase ?? action?.data.phase ?? null],
          [labels.timing, timingText(r, fixed?.timing ?? action?.data.timing)],
          [labels.planAction, action ? link(r, action.data.id, action.data.title) : null],
        ]),
        ...r.md(splitAnnex(p.body).annex, anchor('fixed', p.data.id), 4),
      ]);
    }),
  ]);
}

export { joinInline };
