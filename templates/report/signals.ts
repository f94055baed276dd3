/** Signals to the government: those from the sector, then the organisation's own. */
import type { Element } from 'hast';
import type { ReportView } from '../../src/render/views/report.js';
import { anchor, h, type RenderContext } from '../kit.js';

export function signals(r: RenderContext, { fromSector, fromOrganisation }: ReportView['signals']): Element | null {
  const groups = [
    [r.labels.fromSector, fromSector],
    [r.labels.fromOrganisation, fromOrganisation],
  ] as const;
  if (fromSector.length === 0 && fromOrganisation.length === 0) return null;
  return h(
    'div.signals',
    groups
      .filter(([, l]) => l.length > 0)
      .flatMap(([label, l]) => [
        h('h3', label),
        ...l.map((s) =>
          h('section', { id: anchor('signal', s.data.id), className: ['signal'] }, [
            h('h4', s.data.title),
            ...r.md(s.body, anchor('signal', s.data.id), 5, s.file),
          ]),
        ),
      ]),
  );
}
