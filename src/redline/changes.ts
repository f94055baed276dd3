/**
 * The list of changes: the recorded changes in document order, each with an id to jump to and the heading it
 * falls under. Neighbouring changes of one kind in one table or list under one heading are one entry (a changed
 * figure and the total it moves). An anchor keeps the element's own id; one without gets `rl-<n>`, numbered in
 * document order, so the same inputs give the same ids.
 */
import type { Element } from 'hast';
import type { Event, Kind, Marks } from './marks.js';
import { eachElement, findElement, HEADING, hasClass, textOf } from './tree.js';

export interface Change {
  anchor: string;
  heading: string;
  kind: Kind;
}

export interface Listed {
  changes: Change[];
  /** Per change, the headings it falls under, the nearest last (at most three): for the banner's list. */
  paths: string[][];
}

export function listChanges(body: Element, marks: Marks, fallbackHeading: string): Listed {
  const byAnchor = new Map<Element, Event>();
  for (const e of marks.events) if (!byAnchor.has(e.anchor)) byAnchor.set(e.anchor, e);
  const ids = new Set<string>();
  eachElement([body], (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    return true;
  });
  const found: { event: Event; heading: string; path: string[] }[] = [];
  let stack: { level: number; text: string }[] = [];
  eachElement([body], (el) => {
    if (HEADING.test(el.tagName)) {
      const level = Number(el.tagName.slice(1));
      const text = headingText(el);
      if (text) stack = [...stack.filter((x) => x.level < level), { level, text }];
    }
    const event = byAnchor.get(el);
    if (!event) return true;
    const own = event.kind === 'changed' ? undefined : findElement([el], (x) => HEADING.test(x.tagName));
    const ownText = own && headingText(own);
    // The document's title (h1) heads everything: a path starts below it when it can.
    const under = stack.some((x) => x.level > 1) ? stack.filter((x) => x.level > 1) : stack;
    const path = [...under.map((x) => x.text), ...(ownText ? [ownText] : [])].slice(-3);
    const heading = path[path.length - 1] ?? fallbackHeading;
    const last = found[found.length - 1];
    const merges =
      last && event.group !== undefined && last.event.group === event.group && last.event.kind === event.kind && last.heading === heading;
    if (!merges) found.push({ event, heading, path: path.length > 0 ? path : [heading] });
    return true;
  });
  let n = 0;
  const changes = found.map(({ event, heading }) => {
    let id = event.anchor.properties.id;
    if (typeof id !== 'string' || id === '') {
      do id = `rl-${++n}`;
      while (ids.has(id));
      ids.add(id);
      event.anchor.properties.id = id;
    }
    return { anchor: id, heading, kind: event.kind };
  });
  return { changes, paths: found.map((f) => f.path) };
}

/** A heading as it reads now: without the screen reader's words, and without deleted words unless all are. */
export function headingText(el: Element): string {
  const sr = (x: Element) => hasClass(x, 'rl-sr');
  const now = textOf([el], (x) => sr(x) || x.tagName === 'del')
    .replace(/\s+/g, ' ')
    .trim();
  return now || textOf([el], sr).replace(/\s+/g, ' ').trim();
}
