/**
 * Changes to the plan as the report records them: a list of the records' texts, as the source prints its changes
 * (a bullet each). The record's title, type and goals are data (for plan diff, the quality report and the links
 * of the plan): the source prints no label for them. Differences the compiler detects and no record explains are
 * for the staff quality report, not for the funder's document.
 */
import type { Element } from 'hast';
import type { Doc } from '../../src/core/link/model.js';
import { anchor, h, type RenderContext } from '../kit.js';

export function changes(r: RenderContext, records: readonly Doc<'change'>[]): Element {
  return h(
    'ul.changes',
    records.map((c) =>
      h('li', { id: anchor('change', c.data.id), className: ['change'] }, r.md(c.body, anchor('change', c.data.id), 5, c.file)),
    ),
  );
}
