/**
 * The redline's few rules, added to the document's own inline style sheet. The documents' policy allows inline
 * styles (templates/layout.ts CONTENT_SECURITY_POLICY), so it stays as it is.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { findElement } from './tree.js';

// Colours: text keeps the document's ink; the tints stay light enough for its muted and accent colours (WCAG AA).
export const REDLINE_CSS = `
/* redline (plan diff): marks of inserted and deleted words, folded unchanged parts, the list of changes */
ins.rl { background: #d7f0dc; color: inherit; text-decoration: underline; text-decoration-color: #1e6b30; text-decoration-thickness: 2px; }
del.rl { background: #fbe1e1; color: inherit; text-decoration: line-through; text-decoration-color: #a11a1a; text-decoration-thickness: 2px; }
.scale li.chosen :is(ins.rl, del.rl) { background: transparent; }
del.rl + ins.rl { margin-left: 0.2em; }
.chart > :is(ins.rl, del.rl) { display: block; width: fit-content; margin: 0.4em 0; padding: 0.2em; }
.chart > ins.rl { outline: 2px solid #1e6b30; }
.chart > del.rl { outline: 2px solid #a11a1a; }
.rl-mod { outline: 2px dashed #7a4f00; outline-offset: 2px; }
.rl-ins-block { outline: 2px solid #1e6b30; outline-offset: 2px; }
.rl-del-block { outline: 2px solid #a11a1a; outline-offset: 2px; }
.rl-sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.rl-whole-inserted { border-left: 6px solid #1e6b30; padding-left: 1rem; }
.rl-whole-deleted { border-left: 6px solid #a11a1a; padding-left: 1rem; }
details.rl-fold > summary { cursor: pointer; }
details.rl-fold > summary > :is(h1, h2, h3, h4, h5, h6) { display: inline; }
.rl-unchanged { margin-left: 0.6em; font-size: 0.85em; font-style: italic; color: #555; }
.rl-banner { margin: 1.5rem 0; padding: 0.6rem 1rem; border: 2px solid #7a4f00; background: #fff8e6; }
.rl-banner h2 { margin-top: 0.3em; border: none; color: #1b1b1b; }
.rl-banner .rl-kind { font-size: 0.85em; color: #555; }
@media print { details.rl-fold > summary { list-style: none; } }
`;

/** Add the rules to the document's style sheet (or a new one). */
export function addStyle(tree: Root): void {
  const head = findElement(tree.children, (el) => el.tagName === 'head');
  if (!head) throw new Error('bug: a document without <head>');
  let style = findElement(head.children, (el) => el.tagName === 'style');
  const oldText = style ? sheet(style) : '';
  if (!style) head.children.push((style = h('style', '')));
  style.children = [{ type: 'text', value: `${oldText}${REDLINE_CSS}` }];
}

function sheet(style: Element): string {
  return style.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}
