/**
 * The banner at the top of a redline: what is compared, that this is a staff review copy, how the marks read, and
 * the list of changes, each a link to its place. In the document's language.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Change } from './changes.js';
import type { RedlineLabels } from './labels.js';

export type Whole = 'inserted' | 'deleted' | undefined;

export function banner(title: string, changes: Change[], paths: string[][], labels: RedlineLabels, whole: Whole): Element {
  const summary =
    whole === 'inserted'
      ? labels.newDocument
      : whole === 'deleted'
        ? labels.removedDocument
        : changes.length === 0
          ? labels.none
          : `${labels.count(changes.length)}. ${labels.legend}`;
  const kind = { changed: labels.changed, inserted: labels.inserted, deleted: labels.deleted };
  return h('aside', { className: ['rl-banner'], ariaLabelledBy: 'rl-banner-title' }, [
    h('h2', { id: 'rl-banner-title' }, `${labels.titlePrefix} ${title}`),
    h('p', labels.review),
    h('p', summary),
    ...(changes.length > 0 && whole === undefined
      ? [
          h(
            'ol',
            { className: ['rl-changes'] },
            changes.map((c, i) =>
              h('li', [
                ...(paths[i] ?? []).slice(0, -1).map((p) => `${p} › `),
                h('a', { href: `#${c.anchor}` }, c.heading),
                ' ',
                h('span', { className: ['rl-kind'] }, `(${kind[c.kind]})`),
              ]),
            ),
          ),
        ]
      : []),
  ]);
}
