/**
 * The multi-year plan: chapters in document order with the generated parts in between — the goal tree, the
 * overview table (derived from the contributions, never typed), the actions, a timeline, the index of
 * municipalities and regions, staffing, the budget and the answers to the priority note.
 */
import type { Element, ElementContent } from 'hast';
import type { ActionDoc, Doc, GoalDoc } from '../src/core/link/model.js';
import { byOrderThenId } from '../src/core/link/model.js';
import { periodOf } from '../src/core/period.js';
import { byItemOrderThenId } from '../src/core/sort.js';
import { orderedThemes } from '../src/core/themes.js';
import { actionFacts, chapterSection, timingText, validity } from './common.js';
import { anchor, facts, figure, h, joinInline, link, rh, section, table, td, th, type Child, type RenderContext } from './kit.js';

/** Where each generated part goes when no chapter introduces it (chapter orders are 10, 20, …). */
const DEFAULT_ORDER: Record<string, number> = {
  goals: 55,
  overview: 56,
  actions: 57,
  'transversal-actions': 58,
  timeline: 59,
  staffing: 91,
  budget: 92,
  places: 96,
  statistics: 97,
  priorities: 98,
};

export function planBody(r: RenderContext): Element[] {
  const { content } = r;
  const chapters = content.chapters.filter((c) => c.data.document === content.plan?.data.id).sort(byOrderThenId);
  // Each part renders with its own h2 when it stands alone, or without a heading right after the chapter
  // that introduces it (the chapter's h2 is its heading).
  const parts: Record<string, (nested: boolean) => Element | null> = {
    goals: () => goalTree(r),
    overview: () => overviewTable(r),
    actions: (nested) => actionsSection(r, 'strategic-action', 'acties', r.labels.actions, nested),
    'transversal-actions': (nested) => actionsSection(r, 'transversal-action', 'transversale-acties', r.labels.transversalActions, nested),
    timeline: () => timeline(r),
    staffing: (nested) => staffing(r, nested),
    budget: (nested) => budget(r, nested),
    places: () => places(r),
    statistics: () => statistics(r),
    priorities: () => priorities(r),
  };
  const introduced = new Map<string, Doc<'chapter'>>();
  for (const c of chapters) if (c.data.generated) introduced.set(c.data.generated, c);
  const blocks: { order: number; key: string; node: () => Element | null }[] = [];
  for (const c of chapters) {
    const part = c.data.generated ? parts[c.data.generated] : undefined;
    blocks.push({ order: c.data.order, key: `c-${c.data.id}`, node: () => chapterSection(r, c, part ? [part(true)] : []) });
  }
  for (const [name, make] of Object.entries(parts)) {
    if (!introduced.has(name)) blocks.push({ order: DEFAULT_ORDER[name] ?? 1000, key: `p-${name}`, node: () => make(false) });
  }
  blocks.sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : 1));
  return blocks.map((b) => b.node()).filter((n): n is Element => n !== null);
}

// ── goal tree ──────────────────────────────────────────────────────────────────────────────────────────────
function goalTree(r: RenderContext): Element {
  const { content, labels } = r;
  const strategic = content.goals.filter((g) => g.data.level === 'strategic');
  return section('doelstellingen', 'part goals', [
    h('h2', labels.goalTree),
    ...strategic.map((sd) => {
      const ods = content.goals.filter((g) => g.data.parent === sd.data.id);
      const themes = (content.plan?.data.themes ?? []).filter((t) => t.goal === sd.data.id).sort(byItemOrderThenId);
      const byTheme = themes.map((t) => ({ theme: t, ods: ods.filter((o) => o.data.theme === t.id) })).filter((g) => g.ods.length > 0);
      const rest = ods.filter((o) => !o.data.theme || !themes.some((t) => t.id === o.data.theme));
      return h('section', { id: anchor('goal', sd.data.id), className: ['goal', 'strategic'] }, [
        h('h3', `${sd.data.code ? `${sd.data.code}: ` : ''}${sd.data.title}`),
        goalStatus(r, sd),
        h('p.statement', sd.data.statement),
        ...r.md(sd.body, anchor('goal', sd.data.id), 4),
        ...byTheme.flatMap(({ theme, ods: list }) => [
          h('h4', { id: anchor('theme', theme.id), className: ['theme'] }, `${labels.theme}: ${theme.title}`),
          ...list.map((od) => operationalGoal(r, od, 5)),
        ]),
        ...rest.map((od) => operationalGoal(r, od, 4)),
      ]);
    }),
  ]);
}

function goalStatus(r: RenderContext, g: GoalDoc): Element | null {
  const { labels } = r;
  const notes: ElementContent[] = [];
  if (g.data.introduced !== undefined) notes.push(h('span', `${labels.introduced} ${g.data.introduced}`));
  if (g.data.dropped !== undefined) notes.push(h('span', `${labels.dropped} ${g.data.dropped}`));
  if (g.data.replacedBy !== undefined) {
    const to = r.content.goalById.get(g.data.replacedBy);
    notes.push(h('span', [`${labels.replacedBy} `, link(r, g.data.replacedBy, to?.data.title ?? g.data.replacedBy)]));
  }
  return notes.length > 0 ? h('p.goal-status', joinInline(notes, ' · ')) : null;
}

function operationalGoal(r: RenderContext, od: GoalDoc, level: number): Element {
  const { content, labels } = r;
  const served = (content.servedBy.get(od.data.id) ?? []).map(({ action, index }) => {
    const c = action.data.goals![index]!;
    return { action, strength: c.strength, from: c.from, until: c.until };
  });
  const internal = served.filter((s) => s.action.kind === 'internal-action').map((s) => s.action);
  const external = served.filter((s) => s.action.kind !== 'internal-action');
  return h('section', { id: anchor('goal', od.data.id), className: ['goal', 'operational'] }, [
    h(`h${level}`, od.data.title),
    goalStatus(r, od),
    h('p.statement', od.data.statement),
    ...r.md(od.body, anchor('goal', od.data.id), level + 1),
    external.length > 0
      ? h('div.served', [
          h('p.label', labels.servedBy),
          h('ul', external.map((s) => h('li', [link(r, s.action.data.id, s.action.data.title), h('span.strength', ` — ${labels.strengths[s.strength]}${validity(r, s.from, s.until)}`)]))),
        ])
      : internal.length === 0
        ? h('p.unserved', labels.noActionServes)
        : null,
    ...internal.map((a) =>
      h('section', { id: anchor('action', a.data.id), className: ['action', 'internal'] }, [
        h(`h${Math.min(6, level + 1)}`, a.data.title),
        actionFacts(r, a),
        ...r.md(a.body, anchor('action', a.data.id), Math.min(6, level + 2)),
      ]),
    ),
  ]);
}

// ── overview table ─────────────────────────────────────────────────────────────────────────────────────────
function overviewTable(r: RenderContext): Element {
  const { content, labels } = r;
  const actions = content.actions.filter((a) => a.kind === 'strategic-action' || a.kind === 'transversal-action').filter((a) => a.data.introduced === undefined);
  const sds = content.goals.filter((g) => g.data.level === 'strategic' && g.data.scope !== 'internal');
  const themes = content.plan?.data.themes ?? [];
  // Columns: per SD, an SD column when some action contributes to the SD as a whole, then its ODs by theme.
  type Column = { goal: GoalDoc; sd: GoalDoc; theme?: string };
  const columns: Column[] = [];
  const contributesTo = (id: string) => actions.some((a) => a.data.goals?.some((g) => g.id === id && g.from === undefined));
  for (const sd of sds) {
    if (contributesTo(sd.data.id)) columns.push({ goal: sd, sd });
    const ods = content.goals.filter((g) => g.data.parent === sd.data.id && g.data.introduced === undefined);
    const ordered = [...ods].sort((a, b) => themeRank(a) - themeRank(b) || byOrderThenId(a, b));
    for (const od of ordered) columns.push({ goal: od, sd, ...(od.data.theme ? { theme: od.data.theme } : {}) });
  }
  function themeRank(g: GoalDoc): number {
    const i = orderedThemes(themes).findIndex((t) => t.id === g.data.theme);
    return i < 0 ? themes.length : i;
  }
  const groups = <K>(key: (c: Column) => K) => {
    const out: { key: K; span: number; first: Column }[] = [];
    for (const c of columns) {
      const last = out[out.length - 1];
      if (last && last.key === key(c)) last.span++;
      else out.push({ key: key(c), span: 1, first: c });
    }
    return out;
  };
  const themeTitle = (id: string | undefined) => themes.find((t) => t.id === id)?.title ?? '';
  const mark = (strength: string | undefined) =>
    strength === undefined
      ? ''
      : [h('span', { ariaHidden: 'true' }, strength === 'contributes' ? '●' : '○'), h('span.sr-only', labels.strengths[strength])];
  const head: Child[][] = [
    [th(labels.action, { rowSpan: 3 }), ...groups((c) => c.sd).map((g) => th(g.first.sd.data.title, { colSpan: g.span, scope: 'colgroup' }))],
    [
      ...groups((c) => `${c.sd.data.id}|${c.theme ?? (c.goal === c.sd ? 'sd' : '')}`).map((g) =>
        g.first.goal === g.first.sd
          ? th('SD', { colSpan: g.span, scope: 'colgroup' })
          : g.first.theme
            ? th(themeTitle(g.first.theme), { colSpan: g.span, scope: 'colgroup' })
            : td('', { colSpan: g.span }),
      ),
    ],
    columns.map((c) => th(link(r, c.goal.data.id, c.goal === c.sd ? c.sd.data.code ?? c.sd.data.title : c.goal.data.title), { className: ['od'] })),
  ];
  // The plan as written: contributions added later (`from`) belong to the report that added them.
  const asWritten = (a: ActionDoc) => (a.data.goals ?? []).filter((g) => g.from === undefined);
  const rows = actions.map((a) => [
    rh([link(r, a.data.id, a.data.title), a.data.sector ? ' (sector)' : '']),
    ...columns.map((c) => td(mark(asWritten(a).find((g) => g.id === c.goal.data.id)?.strength), { className: ['mark'] })),
  ]);
  return section('overzichtsschema', 'part overview', [
    h('h2', labels.overview),
    h('p', labels.overviewIntro),
    h('div.wide', [table(labels.overview, head, rows, { className: 'overview' })]),
    h('p.legend', [`${labels.legend}: `, h('span', { ariaHidden: 'true' }, '●'), ` ${labels.contributes}; `, h('span', { ariaHidden: 'true' }, '○'), ` ${labels.mayContribute}.`]),
  ]);
}

// ── actions ────────────────────────────────────────────────────────────────────────────────────────────────
function actionsSection(r: RenderContext, kind: ActionDoc['kind'], id: string, title: string, nested: boolean): Element | null {
  const list = r.content.actions.filter((a) => a.kind === kind);
  if (list.length === 0) return null;
  const children = list.map((a) => actionBlock(r, a, 3));
  return nested ? h('div', { id, className: ['part', 'actions'] }, children) : section(id, 'part actions', [h('h2', title), ...children]);
}

function actionBlock(r: RenderContext, a: ActionDoc, level: number): Element {
  const children = r.content.childrenOf.get(a.data.id) ?? [];
  return h('section', { id: anchor('action', a.data.id), className: ['action', a.kind] }, [
    h(`h${level}`, [a.data.title, a.data.sector ? h('span.sector', ' (sector)') : '']),
    a.data.introduced !== undefined ? h('p.goal-status', `${r.labels.introduced} ${a.data.introduced}`) : null,
    actionFacts(r, a),
    ...r.md(a.body, anchor('action', a.data.id), level + 1),
    children.length > 0 ? h(`p.subprojects-label`, r.labels.subProjects) : null,
    ...children.map((c) => actionBlock(r, c, Math.min(6, level + 1))),
  ]);
}

// ── timeline ───────────────────────────────────────────────────────────────────────────────────────────────
function timeline(r: RenderContext): Element | null {
  const { content, labels } = r;
  const plan = content.plan?.data.period;
  if (!plan) return null;
  const rows: { title: string; start: string; end: string; kind: string; open: boolean; order: number }[] = [];
  const ordered: ActionDoc[] = [];
  for (const a of content.actions.filter((x) => x.data.parent === undefined && x.kind !== 'internal-action')) {
    ordered.push(a, ...(content.childrenOf.get(a.data.id) ?? []));
  }
  ordered.forEach((a, i) => {
    const p = periodOf(a.data.timing);
    if (!p.start || !p.end) return;
    const open = p.end === '9999-12-31';
    rows.push({ title: `${a.kind === 'sub-project' ? '· ' : ''}${a.data.title}`, start: p.start, end: open ? `${plan.end}-12-31` : p.end, kind: labels[a.kind === 'sub-project' ? 'subProject' : 'action'], open, order: i });
  });
  const missing = ordered.filter((a) => !periodOf(a.data.timing).start || !periodOf(a.data.timing).end);
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
          data: { values: [{ d: `${plan.start}-01-01` }, { d: `${plan.end}-12-31` }] },
          encoding: { x: { field: 'd', type: 'temporal' } },
        },
        {
          mark: { type: 'bar', height: 9 },
          encoding: {
            y: { field: 'title', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelLimit: 260, labelFontSize: 9 } },
            x: { field: 'start', type: 'temporal', title: null, axis: { format: '%Y', tickCount: 'year' } },
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
    missing.length > 0 ? h('p', [`${labels.timing} ${labels.notStated}: `, ...joinInline(missing.map((a) => link(r, a.data.id, a.data.title)))]) : null,
  ]);
}

// ── municipalities and regions ─────────────────────────────────────────────────────────────────────────────
function places(r: RenderContext): Element | null {
  const { content, labels, fmt } = r;
  const municipalities = content.municipalityLists.flatMap((l) => l.data.items);
  if (municipalities.length === 0 && content.regions.length === 0) return null;
  const actionsIn = new Map<string, ActionDoc[]>();
  for (const a of content.actions) for (const m of a.data.municipalities ?? []) actionsIn.set(m, [...(actionsIn.get(m) ?? []), a]);
  const welfare = content.regions.filter((x) => x.data.type === 'welfare-region').sort(byOrderThenId);
  const groups = [
    ...welfare.map((w) => ({ region: w as Doc<'region'> | undefined, list: municipalities.filter((m) => m.region === w.data.id) })),
    { region: undefined, list: municipalities.filter((m) => !m.region || !welfare.some((w) => w.data.id === m.region)).filter((m) => actionsIn.has(m.id)) },
  ].filter((g) => g.list.length > 0);
  const rows = groups.flatMap((g) =>
    g.list
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((m) => [
        g.region ? td(link(r, g.region.data.id, g.region.data.title)) : td(h('span.not-reported', labels.noRegion)),
        rh(h('span', { id: anchor('municipality', m.id) }, [m.name, m.mergedInto ? ` → ${municipalities.find((x) => x.id === m.mergedInto)?.name ?? m.mergedInto}` : ''])),
        td(joinInline((actionsIn.get(m.id) ?? []).map((a) => link(r, a.data.id, a.data.title))) as never),
      ]),
  );
  return section('gemeenten-en-regios', 'part places', [
    h('h2', labels.places),
    h('p', labels.placesIntro),
    table(labels.places, [[th(labels.region), th(labels.municipality), th(labels.actions)]], rows),
    ...welfare.map((w) => {
      const meetings = w.data.meetings ?? [];
      return h('section', { id: anchor('region', w.data.id), className: ['region'] }, [
        h('h3', w.data.title),
        meetings.length > 0
          ? table(
              `${labels.meetings} ${w.data.title}`,
              [[th(labels.host), th(labels.date), th(labels.attendance)]],
              meetings.map((m) => [
                rh(m.host ? link(r, m.host, municipalities.find((x) => x.id === m.host)?.name ?? m.host) : (m.place ?? m.raw ?? '')),
                td(m.date ? fmt.date(m.date) : h('span.not-reported', labels.notStated)),
                td(m.attendance === null || m.attendance === undefined ? h('span.not-reported', labels.notReported) : fmt.number(m.attendance, 0), { className: ['num'] }),
              ]),
            )
          : null,
        ...r.md(w.body, anchor('region', w.data.id), 4),
      ]);
    }),
    ...r.indicators.attendance.map((a) => h('p.total', [`${labels.attendance} (${labels.total}): `, figure(r, a.total, 'count')])),
    ...[...new Set(welfare.map((w) => w.data.source).filter((x): x is string => x !== undefined))].flatMap((id) => {
      const src = content.sources.find((x) => x.data.id === id);
      return src
        ? [h('section', { id: anchor('source', src.data.id), className: ['source'] }, [h('h3', `${src.data.title}${src.data.year ? ` (${src.data.year})` : ''}`), ...r.md(src.body, anchor('source', src.data.id), 4)])]
        : [];
    }),
  ]);
}

// ── statistics ─────────────────────────────────────────────────────────────────────────────────────────────
function statistics(r: RenderContext): Element | null {
  const { content, labels, fmt } = r;
  if (content.statistics.length === 0) return null;
  const places = new Map<string, string>([
    ...content.municipalityLists.flatMap((l) => l.data.items.map((m) => [m.id, m.name] as [string, string])),
    ...content.regions.map((x) => [x.data.id, x.data.title] as [string, string]),
  ]);
  const value = (s: (typeof content.statistics)[number]['data']['items'][number]) =>
    `${s.qualifier ? `${s.qualifier} ` : ''}${fmt.number(s.value, 2)}${s.unit === '%' ? ' %' : s.unit === 'EUR' ? ' €' : ''}`;
  return section('cijfers', 'part statistics', [
    h('h2', labels.statistics),
    ...[...content.statistics].sort((a, b) => (a.data.id < b.data.id ? -1 : 1)).map((st) =>
      h('div.wide', { id: anchor('statistics', st.data.id) }, [
        table(
          st.data.title,
          [[th(labels.statistic), th(labels.value), th(labels.unit), th(labels.year), th(labels.area), th(labels.source)]],
          st.data.items.map((s) => [
            rh(s.label),
            td(value(s), { className: ['num'] }),
            td(s.unit),
            td(s.year !== undefined ? String(s.year) : (s.period ?? '')),
            td(places.get(s.area) ?? s.area),
            td(s.source),
          ]),
        ),
      ]),
    ),
  ]);
}

// ── staffing and extension request ─────────────────────────────────────────────────────────────────────────
function staffing(r: RenderContext, nested: boolean): Element | null {
  const { content, labels, fmt } = r;
  if (content.staffing.length === 0 && content.extensionRequests.length === 0) return null;
  const blocks: Child[] = [];
  for (const s of content.staffing) {
    const f = r.indicators.staffing.find((x) => x.id === s.data.id);
    if (!f) continue;
    blocks.push(
      table(
        s.data.title,
        [[td(''), th(labels.decree), th(labels.other), th(labels.fteTotal), th(labels.decreeShare)]],
        f.rows.map((row) => [rh(row.label), td(fmt.number(row.decree), { className: ['num'] }), td(fmt.number(row.other), { className: ['num'] }), td(figure(r, row.total, 'fte'), { className: ['num'] }), td(figure(r, row.decreeShare, 'percent'), { className: ['num'] })]),
        { foot: [[rh(labels.total), td(figure(r, f.totals.decree, 'fte'), { className: ['num'] }), td(figure(r, f.totals.other, 'fte'), { className: ['num'] }), td(figure(r, f.totals.total, 'fte'), { className: ['num'] }), td(figure(r, f.totals.decreeShare, 'percent'), { className: ['num'] })]] },
      ),
    );
  }
  for (const e of content.extensionRequests) {
    const total = r.indicators.extensionRequests.find((x) => x.id === e.data.id)?.total;
    blocks.push(
      h('h3', { id: anchor('extension', e.data.id) }, e.data.title),
      table(
        e.data.title,
        [[th(labels.extensionGroup), th(labels.purpose), th(labels.fte)]],
        e.data.items.map((i) => [rh([i.section && i.section !== i.group ? `${i.section}: ` : '', i.group]), td(i.purpose), td(fmt.number(i.fte), { className: ['num'] })]),
        { foot: [[rh(labels.total), td(e.data.includes ? `${e.data.includes.label}: ${fmt.number(e.data.includes.fte)} ${labels.fte}` : ''), td(figure(r, total, 'fte'), { className: ['num'] })]] },
      ),
    );
  }
  return nested ? h('div', { id: 'personeel', className: ['part', 'staffing'] }, blocks as never[]) : section('personeel', 'part staffing', [h('h2', labels.staffing), ...(blocks as never[])]);
}

// ── budget ─────────────────────────────────────────────────────────────────────────────────────────────────
function budget(r: RenderContext, nested: boolean): Element | null {
  const { content, labels, fmt } = r;
  if (content.budgets.length === 0) return null;
  return h(nested ? 'div' : 'section', { id: 'begroting', className: ['part', 'budget'] }, [
    nested ? null : h('h2', labels.budget),
    ...content.budgets.map((b) => {
      const f = r.indicators.budgets.find((x) => x.id === b.data.id);
      const years = b.data.years.map(String);
      const money = (v: number | null | undefined) => (v === null || v === undefined ? h('span.not-reported', labels.notReported) : fmt.number(v, 0));
      const lineRows = b.data.lines.map((l) => [td(l.code ?? ''), rh(l.label), ...years.map((y) => td(money(l.values[y]), { className: ['num'] }))]);
      const subtotalRows = Object.entries(f?.subtotals ?? {}).map(([key, perYear]) => [
        td(''),
        rh(labels.subtotals[key] ?? key),
        ...years.map((y) => td(figure(r, perYear[y], 'eur'), { className: ['num'] })),
      ]);
      const fteRow = b.data.fte ? [[td(''), rh(labels.fte), ...years.map((y) => td(b.data.fte![y] === null || b.data.fte![y] === undefined ? h('span.not-reported', labels.notReported) : fmt.number(b.data.fte![y]!), { className: ['num'] }))]] : [];
      const memo = b.data.memo ?? [];
      return h('div.wide', [
        table(b.data.title, [[th(labels.code), th(labels.budgetLine), ...years.map((y) => th(y))]], lineRows, { className: 'budget', foot: [...subtotalRows, ...fteRow] }),
        memo.length > 0
          ? table(`${b.data.title}: ${labels.memoLines}`, [[th(labels.code), th(labels.budgetLine), ...years.map((y) => th(y))]], memo.map((m) => [td(m.code ?? ''), rh(m.label), ...years.map((y) => td(money(m.values[y]), { className: ['num'] }))]), { className: 'budget' })
          : null,
      ]);
    }),
  ]);
}

// ── priority note ──────────────────────────────────────────────────────────────────────────────────────────
function priorities(r: RenderContext): Element | null {
  const { content, labels } = r;
  if (content.priorityThemes.length === 0) return null;
  const themes = [...content.priorityThemes].sort(byOrderThenId);
  const source = content.sources.find((s) => s.data.id === themes[0]?.data.source);
  return section('prioriteiten', 'part priorities', [
    h('h2', `${labels.priorities}${source ? ` — ${source.data.title}` : ''}`),
    ...(source ? r.md(source.body, anchor('source', source.data.id), 3) : []),
    ...themes.map((t) =>
      h('section', { id: anchor('priority', t.data.id), className: ['priority-theme'] }, [
        h('h3', `${t.data.number ? `${t.data.number}. ` : ''}${t.data.title}`),
        facts([
          [labels.concern, t.data.concern ?? null],
          [labels.solution, t.data.solution ?? null],
        ]),
        h(
          'ul.recommendations',
          t.data.recommendations.map((rec) =>
            h('li', [
              h('p', [rec.number ? h('strong', `${rec.number} `) : '', rec.text]),
              rec.answeredBy && rec.answeredBy.length > 0
                ? h('p.answered', [`${labels.answeredBy}: `, ...joinInline(rec.answeredBy.map((id) => link(r, id, r.content.actionById.get(id)?.data.title ?? id)))])
                : h('p.unanswered', labels.unanswered),
            ]),
          ),
        ),
      ]),
    ),
  ]);
}

export { timingText };
