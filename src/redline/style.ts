/**
 * The redline's few rules, added to the document's own inline style sheet, and the Content-Security-Policy kept
 * true to it: a policy that allows inline styles ('unsafe-inline', as the documents have it) needs nothing; one
 * that names the sheet by its hash gets the new sheet's hash in place of the old one.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { sha256Base64 } from './sha256.js';
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

/** Add the rules to the document's style sheet (or a new one) and keep the policy allowing it. */
export function addStyle(tree: Root): void {
  const head = findElement(tree.children, (el) => el.tagName === 'head');
  if (!head) throw new Error('bug: a document without <head>');
  let style = findElement(head.children, (el) => el.tagName === 'style');
  const oldText = style ? sheet(style) : undefined;
  if (!style) head.children.push((style = h('style', '')));
  const text = `${oldText ?? ''}${REDLINE_CSS}`;
  style.children = [{ type: 'text', value: text }];
  const meta = findElement(
    head.children,
    (el) => el.tagName === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy',
  );
  const policy = meta?.properties.content;
  if (!meta || typeof policy !== 'string') return;
  meta.properties.content = restyled(policy, oldText, text);
}

function sheet(style: Element): string {
  return style.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

/** The policy with the old sheet's hash (if it names one) replaced by the new sheet's, or added beside it. */
export function restyled(policy: string, oldText: string | undefined, newText: string): string {
  return policy
    .split(';')
    .map((directive) => {
      const words = directive.trim().split(/\s+/);
      if (words[0] !== 'style-src' && words[0] !== 'style-src-elem') return directive;
      const hashes = words.filter((w) => /^'sha(256|384|512)-/i.test(w));
      const nonce = words.some((w) => /^'nonce-/i.test(w));
      if (hashes.length === 0 && !nonce) return directive;
      const oldHash = oldText === undefined ? undefined : `'sha256-${sha256Base64(oldText)}'`;
      const newHash = `'sha256-${sha256Base64(newText)}'`;
      const kept = words.filter((w) => w !== oldHash);
      return `${directive.startsWith(' ') ? ' ' : ''}${[...kept, newHash].join(' ')}`;
    })
    .join(';');
}
