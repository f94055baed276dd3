/**
 * Qualitative progress per theme and project: the report's text with each rating scale placed right under the
 * heading of the part it rates, the dossiers and the planning.
 */
import type { Element, ElementContent } from 'hast';
import type { ProgressEntryView, ReportView } from '../../src/render/views/report.js';
import { inline } from '../common.js';
import { anchor, h, link, type RenderContext, section, textOf, themeName } from '../kit.js';

const RATINGS = ['not-applicable', 'in-development', 'partial-results', 'goals-achieved', 'above-expectations'] as const;
const STATUSES = ['not-started', 'on-schedule', 'adjusted', 'completed', 'stopped', 'new'] as const;

export function progress(r: RenderContext, v: ReportView): Element | null {
  if (v.progress.length === 0) return null;
  const { ratings, status } = v.lostMarks;
  const lostNote = ratings
    ? [r.labels.unavailableRatings, ...(status ? [r.labels.unavailableStatus] : [])].join(' ')
    : status
      ? r.labels.unavailableStatusOnly
      : null;
  return section('voortgang', 'part progress', [
    h('h2', v.numbers.progress ? `${v.numbers.progress} ${r.labels.progress}` : r.labels.progress),
    lostNote ? h('p.unavailable-note', lostNote) : null,
    ...v.progress.map(({ number, theme, entries }) =>
      h('section', { id: anchor('progress-theme', `${v.year}-${number ?? theme}`), className: ['progress-theme'] }, [
        h('h3', sectionTitle(r, number, theme)),
        ...entries.map((e) => projectProgress(r, e, v.lostMarks)),
      ]),
    ),
  ]);
}

/** “3.1 Thema Wonen”, “3.6 Transversale strategische acties” as the report numbers them; else “Thema: Wonen”. */
export function sectionTitle(r: RenderContext, number: string | undefined, theme: string): string {
  if (number === undefined) return `${r.labels.theme}: ${themeName(r, theme)}`;
  return r.lookup.themeTitle(theme) === null
    ? `${number} ${r.labels.transversalActions}`
    : `${number} ${r.labels.theme} ${themeName(r, theme)}`;
}

/** A rating scale with its choice; a choice the content lost shows the scale alone (the part said why, once). */
function scale(label: string, options: readonly string[], chosen: string, names: Record<string, string>, lost: boolean): Element {
  const notStated = chosen === 'not-stated';
  return h('div.rating', [
    h(
      'p.label',
      notStated && lost ? [label] : [label, ': ', h('span', notStated ? (names['not-stated'] ?? '') : (names[chosen] ?? chosen))],
    ),
    h(
      'ol.scale',
      { ariaLabel: label },
      options.map((o) => (o === chosen ? h('li.chosen', { ariaCurrent: 'true' }, names[o] ?? o) : h('li', names[o] ?? o))),
    ),
  ]);
}

function projectProgress(r: RenderContext, e: ProgressEntryView, lost: ReportView['lostMarks']): ElementContent | null {
  return r.fragment('progress', [e, lost], () => drawProgress(r, e, lost));
}

function drawProgress(r: RenderContext, { entry: p, action, title, main }: ProgressEntryView, lost: ReportView['lostMarks']): Element {
  const { labels } = r;
  const d = p.data;
  const body = r.md(main, anchor('progress', d.id), 5, p.file);
  const dossiers = h('div.dossiers', [
    h('h5', labels.dossiers),
    d.dossiers === undefined
      ? h('p.not-reported', labels.notStated)
      : d.dossiers.length === 0
        ? h('p', labels.noDossier)
        : h(
            'ul.dossiers',
            d.dossiers.map((x) =>
              h('li', [
                h('strong', x.title),
                x.status ? ` (${x.status})` : '',
                x.summary ? [': ', ...inline(r, x.summary, anchor('progress', `${d.id}-dossier`))] : '',
              ]),
            ),
          ),
    d.dossiersNote ? h('div.dossiers-note', r.md(d.dossiersNote, anchor('progress', `${d.id}-note`), 6, p.file)) : null,
  ]);
  // Each rating belongs right under the heading of the part it rates (the report's own template); when the
  // body lacks such a heading, the scale goes before the body.
  const placed = placeAfter(body, [
    { heading: /^samenwerking\b/i, node: scale(labels.cooperation, RATINGS, d.ratings.cooperation, labels.ratings, lost.ratings) },
    {
      heading: /^politieke resultaten\b/i,
      node: scale(labels.politicalResults, RATINGS, d.ratings.politicalResults, labels.ratings, lost.ratings),
    },
    {
      heading: /^participatief werken\b/i,
      node: scale(labels.participation, RATINGS, d.ratings.participation, labels.ratings, lost.ratings),
    },
    {
      heading: /^samenvattende conclusie\b/i,
      node: scale(labels.status, STATUSES, d.status, labels.statuses, lost.status),
      before: dossiers,
    },
  ]);
  return h('section', { id: anchor('progress', d.id), className: ['progress'] }, [
    h('h4', `${d.number ? `${d.number} ` : ''}${title}`),
    h('p.plan-link', [`${labels.planAction}: `, link(r, d.project, action?.data.title ?? d.project)]),
    ...placed.unplaced,
    ...placed.nodes,
    placed.dossiersPlaced ? null : dossiers,
    d.planning && d.planning.length > 0
      ? h('div.planning', [
          h('h5', labels.planning),
          h(
            'ul',
            d.planning.map((x) => h('li', inline(r, x, anchor('progress', `${d.id}-planning`)))),
          ),
        ])
      : null,
  ]);
}

const headingText = (n: ElementContent): string | undefined =>
  n.type === 'raw' ? n.data?.heading : n.type === 'element' && /^h[1-6]$/.test(n.tagName) ? textOf(n) : undefined;

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
