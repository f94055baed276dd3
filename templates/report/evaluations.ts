/** The general evaluation, one section per theme (or titled evaluation). */
import type { Element } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import { anchor, h, type RenderContext, themeName } from '../kit.js';

export function evaluations(r: RenderContext, list: readonly Doc<'evaluation'>[]): Element | null {
  if (list.length === 0) return null;
  return h(
    'div.evaluations',
    list.map((e) =>
      h('section', { id: anchor('evaluation', e.data.id), className: ['evaluation'] }, [
        h('h3', `${e.data.number ? `${e.data.number} ` : ''}${e.data.title ?? themeName(r, e.data.theme)}`),
        ...r.md(e.body, anchor('evaluation', e.data.id), 4, e.file),
      ]),
    ),
  );
}
