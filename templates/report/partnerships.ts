/** Local partnerships: per table, each partner with its purpose and themes. */
import type { Element } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import { anchor, h, type RenderContext, rh, table, td, th, themeName } from '../kit.js';

export function partnerships(r: RenderContext, list: readonly Doc<'partnerships'>[]): Element | null {
  if (list.length === 0) return null;
  const { labels } = r;
  return h(
    'div.partnerships',
    list.map((p) =>
      h('div.wide', { id: anchor('partnerships', p.data.id) }, [
        table(
          p.data.title,
          [[th(labels.partner), th(labels.purpose), th(labels.themes)]],
          p.data.rows.map((row) => {
            const themes = row.themes ?? (row.theme ? [row.theme] : []);
            return [
              rh(row.partner),
              td(row.purpose ?? ''),
              td(themes.length > 0 ? themes.map((t) => themeName(r, t)).join(', ') : (row.raw ?? '')),
            ];
          }),
        ),
      ]),
    ),
  );
}
