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

export function progress(r: RenderContext, v: ReportView, nested = false): Element | null {
  if (v.progress.length === 0) return null;
  // Lost ticked boxes are said in the quality report (content/unavailable), not here: the scale shows no choice.
  return section('voortgang', 'part progress', [
    nested ? null : h('h2', v.numbers.progress ? `${v.numbers.progress} ${r.labels.progress}` : r.labels.progress),
    ...v.progress.map(({ number, theme, intro, entries }) =>
      h('section', { id: anchor('progress-theme', `${v.year}-${number ?? theme}`), className: ['progress-theme'] }, [
        h('h3', sectionTitle(r, number, theme)),
        ...(intro && v.report ? r.md(intro, anchor('progress-intro', `${v.year}-${number}`), 4, v.report.file) : []),
        ...entries.filter(hasProgress).map((e) => projectProgress(r, e, v.lostMarks)),
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
  // Kept by what the entry is drawn from; its text without the annex (`main`) is its body's, so the body stands
  // for it (hashing 10,000 such texts cost more than the keys of everything else).
  return r.fragment('progress', [e.entry, e.action, e.title, lost], () => drawProgress(r, e, lost));
}

function drawProgress(r: RenderContext, { entry: p, action, title, main }: ProgressEntryView, lost: ReportView['lostMarks']): Element {
  const { labels } = r;
  const d = p.data;
  const body = r.md(main, anchor('progress', d.id), 5, p.file);
  // Dossiers the report does not mention get no heading either: “Beleidsadviezen: niet vermeld” is not its text.
  const dossiers =
    d.dossiers === undefined && !d.dossiersNote
      ? null
      : h('div.dossiers', [
          h('h5', labels.dossiers),
          d.dossiers === undefined
            ? null
            : d.dossiers.length === 0
              ? h('p', d.noDossierText ?? labels.noDossier)
              : h(
                  'ul.dossiers',
                  d.dossiers.map((x) => {
                    const title = 'title' in x ? x.title : undefined;
                    const summary = x.summary ? inline(r, x.summary, anchor('progress', `${d.id}-dossier`)) : [];
                    // As the report prints a dossier: its status first (“In ontwikkeling, conceptfase: …”), the title,
                    // and a colon only before a summary on the same line (a list or paragraphs stand under the title).
                    return h('li', [
                      x.status ? `${x.status}: ` : '',
                      title === undefined ? '' : h('strong', title),
                      title !== undefined && x.summary && !isBlock(x.summary) ? ': ' : '',
                      ...summary,
                    ]);
                  }),
                ),
          d.dossiersNote ? h('div.dossiers-note', r.md(d.dossiersNote, anchor('progress', `${d.id}-note`), 6, p.file)) : null,
        ]);
  // Each rating belongs right under the heading of the part it rates (the report's own template).
  // No `ratings`: the report prints no scales for this project, so none is placed.
  const rated = d.ratings;
  const placed = placeAfter(body, [
    ...(rated
      ? [
          { heading: /^samenwerking\b/i, node: scale(labels.cooperation, RATINGS, rated.cooperation, labels.ratings, lost.ratings) },
          {
            heading: /^politieke resultaten\b/i,
            node: scale(labels.politicalResults, RATINGS, rated.politicalResults, labels.ratings, lost.ratings),
          },
          {
            heading: /^participatief werken\b/i,
            node: scale(labels.participation, RATINGS, rated.participation, labels.ratings, lost.ratings),
          },
        ]
      : []),
    {
      heading: /^samenvattende conclusie\b/i,
      node: scale(labels.status, STATUSES, d.status, labels.statuses, lost.status),
      before: dossiers,
    },
  ]);
  // A scale stands under the heading of the part it rates, as in the report's template. Without that heading
  // (the transversal actions) a stated rating goes before the text; an unstated one is not printed: the source
  // has no scale there to leave unticked.
  const stated = [...(rated ? [rated.cooperation, rated.politicalResults, rated.participation] : []), d.status];
  const unplaced = placed.unplaced.filter((_, i) => stated[placed.unplacedIndex[i]!] !== 'not-stated');
  return h('section', { id: anchor('progress', d.id), className: ['progress'] }, [
    h('h4', `${d.number ? `${d.number} ` : ''}${title}`),
    r.includes('plan-link') ? planLink(r, p.data.project, p.data.year, action) : null,
    ...unplaced,
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

/**
 * Whether chapter 3 has anything of this project: text, a stated rating or status, dossiers or planning. A project
 * the report lists only in its annex of fixed data gets no section here.
 */
function hasProgress({ entry: p, main }: ProgressEntryView): boolean {
  const d = p.data;
  const ratings = [...Object.values(d.ratings ?? {}), d.status];
  return (
    main.trim() !== '' ||
    ratings.some((x) => x !== 'not-stated') ||
    d.dossiers !== undefined ||
    d.dossiersNote !== undefined ||
    (d.planning?.length ?? 0) > 0
  );
}

/** The project's action, labelled by what it is on the report's date: in the plan, or new that year. */
function planLink(r: RenderContext, project: string, year: number, action: ProgressEntryView['action']): Element {
  const introduced = action?.data.introduced;
  const label = introduced !== undefined && introduced <= year ? `${r.labels.newIn} ${introduced}` : r.labels.planAction;
  return h('p.plan-link', [`${label}: `, link(r, project, action?.data.title ?? project)]);
}

const headingText = (n: ElementContent): string | undefined =>
  n.type === 'raw' ? n.data?.heading : n.type === 'element' && /^h[1-6]$/.test(n.tagName) ? textOf(n) : undefined;

function placeAfter(
  nodes: ElementContent[],
  slots: { heading: RegExp; node: Element; before?: Element | null }[],
): { nodes: ElementContent[]; unplaced: Element[]; unplacedIndex: number[]; dossiersPlaced: boolean } {
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
  const unplacedIndex = slots.flatMap((_, j) => (used.has(j) ? [] : [j]));
  return { nodes: out, unplaced: unplacedIndex.map((j) => slots[j]!.node), unplacedIndex, dossiersPlaced };
}

/** Whether a Markdown text is more than one line of inline text: a list, or more than one paragraph. */
function isBlock(markdown: string): boolean {
  return /\n\s*\n/.test(markdown.trim()) || /^\s*(?:[-*+]|\d+[.)])\s/m.test(markdown);
}
