/** Staffing tables (decree and other FTE per row) and the extension request. */
import type { Element } from 'hast';
import type { PlanView } from '../../src/render/views/plan.js';
import { anchor, type Child, figure, h, type RenderContext, rh, section, table, td, th } from '../kit.js';

export function staffing(r: RenderContext, v: Pick<PlanView, 'staffing' | 'extensionRequests'>, nested: boolean): Element | null {
  const { labels, fmt } = r;
  if (v.staffing.length === 0 && v.extensionRequests.length === 0) return null;
  const num = { className: ['num'] };
  const blocks: Child[] = [];
  for (const { doc: s, figures: f } of v.staffing) {
    blocks.push(
      table(
        s.data.title,
        [[td(''), th(labels.decree), th(labels.other), th(labels.fteTotal), th(labels.decreeShare)]],
        f.rows.map((row) => [
          rh(row.label),
          td(fmt.number(row.decree), num),
          td(fmt.number(row.other), num),
          td(figure(r, row.total, 'fte'), num),
          td(figure(r, row.decreeShare, 'percent'), num),
        ]),
        {
          foot: [
            [
              rh(labels.total),
              td(figure(r, f.totals.decree, 'fte'), num),
              td(figure(r, f.totals.other, 'fte'), num),
              td(figure(r, f.totals.total, 'fte'), num),
              td(figure(r, f.totals.decreeShare, 'percent'), num),
            ],
          ],
        },
      ),
    );
  }
  for (const { doc: e, total } of v.extensionRequests) {
    // Placed by a chapter (`generated: staffing`), the chapter's text carries the request's heading (002 prints it once).
    blocks.push(
      nested ? h('span', { id: anchor('extension', e.data.id) }) : h('h3', { id: anchor('extension', e.data.id) }, e.data.title),
      table(
        e.data.title,
        [[th(labels.extensionGroup), th(labels.purpose), th(labels.fte)]],
        e.data.items.map((i) => [
          rh([i.section && i.section !== i.group ? `${i.section}: ` : '', i.group]),
          td(i.purpose),
          td(fmt.number(i.fte), num),
        ]),
        {
          foot: [
            [
              rh(labels.total),
              td(e.data.includes ? `${e.data.includes.label}: ${fmt.number(e.data.includes.fte)} ${labels.fte}` : ''),
              td(figure(r, total, 'fte'), num),
            ],
          ],
        },
      ),
    );
  }
  return nested
    ? h('div', { id: 'personeel', className: ['part', 'staffing'] }, blocks as never[])
    : section('personeel', 'part staffing', [h('h2', labels.staffing), ...(blocks as never[])]);
}
