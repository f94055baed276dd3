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

export function listChanges(body: Element, marks: Marks, fallbackHeading: string): Change[] {
  const byAnchor = new Map<Element, Event>();
  for (const e of marks.events) if (!byAnchor.has(e.anchor)) byAnchor.set(e.anchor, e);
  const ids = new Set<string>();
  eachElement([body], (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    return true;
  });
  const found: { event: Event; heading: string }[] = [];
  let current = fallbackHeading;
  eachElement([body], (el) => {
    if (HEADING.test(el.tagName)) current = headingText(el) || current;
    const event = byAnchor.get(el);
    if (!event) return true;
    const own = event.kind === 'changed' ? undefined : findElement([el], (x) => HEADING.test(x.tagName));
    const heading = (own && headingText(own)) || current;
    const last = found[found.length - 1];
    const merges =
      last && event.group !== undefined && last.event.group === event.group && last.event.kind === event.kind && last.heading === heading;
    if (!merges) found.push({ event, heading });
    return true;
  });
  let n = 0;
  return found.map(({ event, heading }) => {
    let id = event.anchor.properties.id;
    if (typeof id !== 'string' || id === '') {
      do id = `rl-${++n}`;
      while (ids.has(id));
      ids.add(id);
      event.anchor.properties.id = id;
    }
    return { anchor: id, heading, kind: event.kind };
  });
}

/** A heading as it reads now: without the screen reader's words, and without deleted words unless all are. */
export function headingText(el: Element): string {
  const sr = (x: Element) => hasClass(x, 'rl-sr');
  const now = textOf([el], (x) => sr(x) || x.tagName === 'del')
    .replace(/\s+/g, ' ')
    .trim();
  return now || textOf([el], sr).replace(/\s+/g, ' ').trim();
}
