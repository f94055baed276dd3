/** Signals to the government: those from the sector, then the organisation's own. */
import type { Element } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import type { ReportView } from '../../src/render/views/report.js';
import { anchor, h, type RenderContext } from '../kit.js';

type Groups = Doc<'chapter'>['data']['signalGroups'];

/** Each group under the heading the report prints (the chapter's `signalGroups`), else the label file's. */
export function signals(r: RenderContext, { fromSector, fromOrganisation }: ReportView['signals'], headings?: Groups): Element | null {
  const heading = (g: { number?: string; title: string } | undefined, fallback: string) =>
    g ? (g.number ? `${g.number} ${g.title}` : g.title) : fallback;
  const groups = [
    [heading(headings?.sector, r.labels.fromSector), fromSector, headings?.sector],
    [heading(headings?.organisation, r.labels.fromOrganisation), fromOrganisation, headings?.organisation],
  ] as const;
  if (fromSector.length === 0 && fromOrganisation.length === 0) return null;
  return h(
    'div.signals',
    groups
      .filter(([, l]) => l.length > 0)
      .flatMap(([label, l, group]) => [
        h('h3', label),
        // A group the report prints as a list (`list`): each signal's text an item, its title (the text's first
        // sentence) not repeated above it.
        ...(group?.list
          ? [
              h(
                'ul.signals',
                l.map((s) =>
                  h('li', { id: anchor('signal', s.data.id), className: ['signal'] }, r.md(s.body, anchor('signal', s.data.id), 5, s.file)),
                ),
              ),
            ]
          : l.map((s) =>
              h('section', { id: anchor('signal', s.data.id), className: ['signal'] }, [
                h('h4', s.data.title),
                ...r.md(s.body, anchor('signal', s.data.id), 5, s.file),
              ]),
            )),
      ]),
  );
}
