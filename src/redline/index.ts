/**
 * A redline of one document for `plan diff`: the head document (as `plan build` writes it) with the changes from
 * the base document marked in it — words inserted and deleted in changed blocks, whole blocks inserted and
 * deleted, tables' changed figures old and new — the unchanged sections folded to their headings, and a banner
 * listing the changes at the top. Self-contained like the documents (their style sheet and policy, no script).
 * Pure and deterministic: the same two documents give the same bytes.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { serializeDocument } from '../render/serialize.js';
import { alignChildren } from './align.js';
import { banner, type Whole } from './banner.js';
import { listChanges } from './changes.js';
import { fold } from './fold.js';
import { REDLINE_LABELS } from './labels.js';
import { Marks, relink } from './marks.js';
import { addStyle } from './style.js';
import { addClass, eachElement, findElement, TreeInfo } from './tree.js';

export interface RedlineInput {
  /** The document at the base of the comparison; undefined: the document is new. */
  base?: string;
  /** The document now; undefined: the document was removed. */
  head?: string;
  title: string;
  locale: 'nl-BE' | 'en';
}
export interface RedlineChange {
  /** An id in the redline's HTML (the element's own id where it has one). */
  anchor: string;
  /** The text of the nearest heading above the change (a deleted or inserted section's own heading). */
  heading: string;
  kind: 'changed' | 'inserted' | 'deleted';
}
export interface Redline {
  changed: boolean;
  html: string;
  changes: RedlineChange[];
}

export function redline(input: RedlineInput): Redline {
  const labels = REDLINE_LABELS[input.locale];
  if (input.head === undefined && input.base === undefined) throw new Error('bug: a redline of no document');
  if (input.head === undefined || input.base === undefined) return whole(input, input.head === undefined ? 'deleted' : 'inserted');
  const tree = fromHtml(input.head);
  const body = bodyOf(tree);
  const marks = new Marks(labels, idsOf(body));
  // The same body (only the head's metadata may differ): no need to read the base at all.
  if (fromBody(input.base) !== fromBody(input.head)) {
    const base = bodyOf(fromHtml(input.base));
    alignChildren(body, base, { head: new TreeInfo(input.head), base: new TreeInfo(input.base), marks }, undefined);
    relink(body);
  }
  const { changes, paths } = listChanges(body, marks, input.title);
  fold(body, marks, labels.unchanged);
  return { changed: changes.length > 0, html: finish(tree, body, input, changes, paths, undefined), changes };
}

/** A new or removed document: the document itself, marked as a whole (one entry in the list). */
function whole(input: RedlineInput, kind: 'inserted' | 'deleted'): Redline {
  const tree = fromHtml((kind === 'inserted' ? input.head : input.base)!);
  const body = bodyOf(tree);
  const main = findElement(body.children, (el) => el.tagName === 'main') ?? body;
  addClass(main, `rl-whole-${kind}`);
  if (typeof main.properties.id !== 'string' || main.properties.id === '') main.properties.id = 'rl-1';
  const changes: RedlineChange[] = [{ anchor: main.properties.id as string, heading: input.title, kind }];
  return { changed: true, html: finish(tree, body, input, changes, [], kind), changes };
}

function finish(tree: Root, body: Element, input: RedlineInput, changes: RedlineChange[], paths: string[][], kind: Whole): string {
  const labels = REDLINE_LABELS[input.locale];
  body.children.unshift(banner(input.title, changes, paths, labels, kind));
  addStyle(tree);
  const title = findElement(tree.children, (el) => el.tagName === 'title');
  if (title) title.children = [{ type: 'text', value: `${labels.titlePrefix} ${input.title}` }];
  return `${serializeDocument(tree)}\n`;
}

const fromBody = (html: string) => html.slice(Math.max(0, html.search(/<body[\s>]/i)));

function bodyOf(tree: Root): Element {
  const body = findElement(tree.children, (el) => el.tagName === 'body');
  if (!body) throw new Error('bug: a document without <body>');
  return body;
}

function idsOf(body: Element): Set<string> {
  const ids = new Set<string>();
  eachElement([body], (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    return true;
  });
  return ids;
}
