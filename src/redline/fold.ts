/**
 * Folding: a section (or the table of contents) with no change in it becomes a `<details>` whose summary is its
 * heading, so the changed parts stand out and the rest is one click away, without script. The section keeps its
 * id and the heading its own, so links into the document still land (a browser opens the fold it points into).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Marks } from './marks.js';
import { HEADING } from './tree.js';

const FOLDABLE = new Set(['section', 'nav']);

export function fold(root: Element, marks: Marks, unchanged: string): void {
  const changed = new WeakMap<Element, boolean>();
  const has = (el: Element): boolean => {
    let v = changed.get(el);
    if (v === undefined) {
      v = marks.made.has(el) || el.children.some((c) => c.type === 'element' && has(c));
      changed.set(el, v);
    }
    return v;
  };
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (!FOLDABLE.has(c.tagName)) visit(c);
      else if (!has(c)) foldSection(c, unchanged);
      else visit(c);
    }
  };
  visit(root);
}

function foldSection(section: Element, unchanged: string): void {
  const at = section.children.findIndex((c) => c.type === 'element');
  const heading = section.children[at];
  if (heading?.type !== 'element' || !HEADING.test(heading.tagName)) return;
  const rest: ElementContent[] = section.children.slice(at + 1);
  const summary = h('summary', [heading, h('span', { className: ['rl-unchanged'] }, unchanged)]);
  section.children = [...section.children.slice(0, at), h('details', { className: ['rl-fold'] }, [summary, ...rest])];
}
