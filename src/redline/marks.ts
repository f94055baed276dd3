/**
 * The marks of a redline: `<ins>`/`<del>` around words and blocks, each opening with visually hidden text for
 * screen readers (not every one announces the elements themselves), and a dashed outline for a block whose words
 * stayed but whose form changed (a rating moved to another step). Whole blocks are marked where the content
 * model allows: inside list items and table cells, around a chart, on the rows of a table.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RedlineLabels } from './labels.js';
import { addClass, eachElement } from './tree.js';

export type Kind = 'changed' | 'inserted' | 'deleted';

/** One change, known by the element a link will jump to; the list is put in document order later. */
export interface Event {
  anchor: Element;
  kind: Kind;
  /** The table or list it happened in: neighbouring changes there are one entry of the list. */
  group: Element | undefined;
}

/** What one redline run shares: its labels, the marks made (to know what to fold) and the changes seen. */
export class Marks {
  readonly made = new WeakSet<Element>();
  readonly events: Event[] = [];

  constructor(
    readonly labels: RedlineLabels,
    /** Ids of the head document: an id in deleted content must not take one of them. */
    readonly headIds: ReadonlySet<string>,
  ) {}

  /** `<ins>` or `<del>` around `children`, read out as "inserted: …" / "deleted: …". */
  wrap(kind: 'inserted' | 'deleted', children: ElementContent[]): Element {
    const sr = kind === 'inserted' ? this.labels.srInserted : this.labels.srDeleted;
    const el = h(kind === 'inserted' ? 'ins' : 'del', { className: ['rl'] }, [h('span', { className: ['rl-sr'] }, sr), ...children]);
    this.made.add(el);
    return el;
  }

  /** A block whose text is the same but whose markup changed: outlined, read out as "changed: …". */
  modified(el: Element): void {
    addClass(el, 'rl-mod');
    this.made.add(el);
    if (!VOID.has(el.tagName) && !STRUCTURAL.has(el.tagName))
      el.children.unshift(h('span', { className: ['rl-sr'] }, this.labels.srChanged));
  }

  record(anchor: Element, kind: Kind, group: Element | undefined): void {
    this.events.push({ anchor, kind, group });
  }

  /**
   * A whole element inserted or deleted: the nodes that stand in its place and the element to link to. The
   * content model decides where the mark goes: lists, tables and figures keep their children and mark each of
   * them; a void or atomic element is wrapped; any other element keeps its tag and wraps its contents.
   */
  whole(el: Element, kind: 'inserted' | 'deleted', parentTag: string): { nodes: ElementContent[]; anchor: Element } {
    if (kind === 'deleted') this.renameIds(el);
    return this.wholeInner(el, kind, parentTag);
  }

  private wholeInner(el: Element, kind: 'inserted' | 'deleted', parentTag: string): { nodes: ElementContent[]; anchor: Element } {
    if (STRUCTURAL.has(el.tagName) || (el.tagName === 'div' && parentTag === 'dl')) {
      addClass(el, kind === 'inserted' ? 'rl-ins-block' : 'rl-del-block');
      this.made.add(el);
      el.children = el.children.flatMap((c) => (c.type === 'element' ? this.wholeInner(c, kind, el.tagName).nodes : [c]));
      return { nodes: [el], anchor: el };
    }
    if (VOID.has(el.tagName) || ATOMIC_WRAP.has(el.tagName)) {
      const w = this.wrap(kind, [el]);
      return { nodes: [w], anchor: w };
    }
    if (el.children.length > 0) el.children = [this.wrap(kind, el.children)];
    else this.made.add(el);
    return { nodes: [el], anchor: el };
  }

  /**
   * Deleted content comes from the base document: its ids get a prefix so that none repeats one of the head's,
   * and references inside it (aria-labelledby, headers, `#` links) follow their target.
   */
  renameIds(root: Element): void {
    const renamed = new Map<string, string>();
    eachElement([root], (el) => {
      const id = el.properties.id;
      if (typeof id === 'string' && id !== '') {
        const next = `rl-del-${id}`;
        renamed.set(id, next);
        el.properties.id = next;
      }
      return true;
    });
    if (renamed.size === 0) return;
    eachElement([root], (el) => {
      for (const name of REFERENCES) {
        const v = el.properties[name];
        if (Array.isArray(v)) el.properties[name] = v.map((t) => renamed.get(String(t)) ?? t);
        else if (typeof v === 'string') el.properties[name] = renamed.get(v) ?? v;
      }
      const href = el.properties.href;
      if (typeof href === 'string' && href.startsWith('#')) {
        const target = href.slice(1);
        if (!this.headIds.has(target) && renamed.has(target)) el.properties.href = `#${renamed.get(target)}`;
      }
      return true;
    });
  }
}

/**
 * References left pointing at an id only deleted content had (a link from one removed block into another): they
 * follow the id to its renamed form. Run once the whole redline is assembled.
 */
export function relink(body: Element): void {
  const ids = new Set<string>();
  eachElement([body], (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    return true;
  });
  const follow = (id: string) => (!ids.has(id) && ids.has(`rl-del-${id}`) ? `rl-del-${id}` : id);
  eachElement([body], (el) => {
    const href = el.properties.href;
    if (typeof href === 'string' && href.startsWith('#')) el.properties.href = `#${follow(href.slice(1))}`;
    for (const name of REFERENCES) {
      const v = el.properties[name];
      if (Array.isArray(v)) el.properties[name] = v.map((t) => follow(String(t)));
      else if (typeof v === 'string') el.properties[name] = follow(v);
    }
    return true;
  });
}

const REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'headers', 'htmlFor', 'ariaControls'];

/** Elements whose children are restricted (list items, rows, cells, a figure's caption): marked child by child. */
const STRUCTURAL = new Set([
  'ul',
  'ol',
  'dl',
  'menu',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'colgroup',
  'figure',
  'details',
  'hgroup',
  'select',
  'optgroup',
  'datalist',
  'picture',
  'ruby',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ATOMIC_WRAP = new Set(['svg', 'math', 'iframe', 'object', 'video', 'audio', 'canvas']);
