// The built documents against their seeds: what the funder reads, compared with what the organisation wrote.
// Used by scripts/check-transcription.mjs; one function, `compareDocument`, per built HTML file.
//
// Classes (each a count; an allow-list entry with a reason explains an instance):
// - heading:       a heading (number and text as printed) that the seed does not print
// - heading-order: a heading the seed prints, but before the heading printed above it in the output
// - duplicated:    a heading that the text right under it starts with again (a title made of a text's first
//                  sentence, printed above the whole text), where the seed does not print the words twice
// - table-header:  a column header that the seed does not print
// - note:          a sentence of the label file that speaks about the content or the tool (“… niet beschikbaar”,
//                  “Samengesteld met planwerk”, the footnote back arrow “↩”): for the quality report or metadata
// - generated:     a sentence made of the label file's words that the seed does not print (“Acties die hiertoe bijdragen”)
// - unsourced:     a sentence that is in no seed and not the label file's (the content's own wording differs)
// - plan-label:    a project labelled as an action of the plan while the plan has no such action (untrue on the date)
// - nesting:       a sub-bullet of the seed (▬) printed flat
// - footnote:      a footnote whose text the seed does not print, or a marker with no footnote
// - figure:        a number in a table that the seed does not print near the table's heading

import { fromHtml } from 'hast-util-from-html';

export const CLASSES = [
  'heading',
  'heading-order',
  'duplicated',
  'table-header',
  'note',
  'generated',
  'unsourced',
  'plan-label',
  'nesting',
  'footnote',
  'figure',
];

const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const has = (node, cls) => {
  const c = node.properties?.className;
  return Array.isArray(c) && c.includes(cls);
};
const skipped = (node) =>
  node.type === 'element' &&
  (node.tagName === 'svg' ||
    node.tagName === 'script' ||
    node.tagName === 'style' ||
    node.tagName === 'head' ||
    (node.tagName === 'nav' && has(node, 'toc')) ||
    has(node, 'sr-only'));

/** The text of a node, nested blocks left out (they are read on their own); footnote markers kept apart. */
function ownText(node, withMarkers) {
  let out = '';
  const walk = (n, top) => {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element') {
      if (skipped(n)) return;
      if (!top && BLOCKS.has(n.tagName)) return;
      if (n.tagName === 'sup' && !withMarkers) return;
      if (n.tagName === 'br') out += ' ';
      for (const c of n.children) walk(c, false);
    }
  };
  walk(node, true);
  return out.replace(/\s+/g, ' ').trim();
}
const fullText = (node) => {
  let out = '';
  const walk = (n) => {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element' && !skipped(n)) for (const c of n.children) walk(c);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
};

/** Depth-first walk with the ancestors. */
function visit(tree, fn) {
  const walk = (n, ancestors) => {
    if (n.type === 'element' && skipped(n)) return;
    if (n.type === 'element') fn(n, ancestors);
    if (n.children) for (const c of n.children) walk(c, n.type === 'element' ? [...ancestors, n] : ancestors);
  };
  walk(tree, []);
}

const words = (s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const SENTENCE = /(?<=[.!?:][”"’)]?)\s+(?=[\p{Lu}“"‘(•\d])/u;
const NUMBER = /\d+(?:[.\u00a0\u202f ]\d{3})*(?:,\d+)?/g;
const normNumber = (s) => s.replace(/[.\u00a0\u202f ]/g, '');

/**
 * @param {object} a
 * @param {string} a.html       the built document
 * @param {{text: string, key: string, cleanKey?: string, lines: string[]}} a.seed  the seed(s) of this document, joined
 *   (cleanKey: without page furniture, footnotes and footnote numbers, where a sentence is also looked up)
 * @param {(s: string) => string} a.key  the comparison key (letters and digits, lower case)
 * @param {{notes: string[], generated: string[]}} a.labels  the label file's sentences, as keys
 * @param {Set<string>} a.planAnchors  the ids of the plan document (for the report's links to it)
 * @param {{caption: string, lines: [number, number]}[]} [a.windows]  where the seed prints a table's figures, when
 *   that is not under the table's heading (an annex)
 * @returns {{cls: string, text: string, where?: string}[]} the differences
 */
export function compareDocument({ html, seed, key, labels, planAnchors, windows = [] }) {
  const tree = fromHtml(html);
  const found = [];
  const add = (cls, text, where) => found.push({ cls, text: text.slice(0, 200), where });
  const inSeed = (text) => {
    const k = key(text);
    return k === '' || seed.key.includes(k) || (seed.cleanKey?.includes(k) ?? false);
  };
  // Seed line of a text: the first line whose key starts the text's key (for headings and figures' windows).
  const lineKeys = seed.lines.map((l) => key(l));
  const lineOf = (text, from = 0) => {
    const k = key(text);
    if (k.length < 3) return -1;
    for (let i = from; i < lineKeys.length; i++) {
      const lk = lineKeys[i];
      if (lk.length >= 3 && (k.startsWith(lk) || lk.startsWith(k))) return i;
    }
    // A heading broken over two lines in the seed.
    for (let i = from; i < lineKeys.length - 1; i++) if ((lineKeys[i] + lineKeys[i + 1]).startsWith(k)) return i;
    return -1;
  };
  /** What a sentence of the label file is: a note, a generated sentence, or null (not the label file's). */
  const labelClass = (text) => {
    let k = key(text);
    let stripped = false;
    for (const [cls, list] of [
      ['note', labels.notes],
      ['generated', labels.generated],
    ]) {
      for (const lk of list) {
        if (lk.length >= 4 && k.includes(lk)) {
          if (cls === 'note') return 'note';
          k = k.split(lk).join('');
          stripped = true;
        }
      }
    }
    return stripped && (k === '' || seed.key.includes(k)) ? 'generated' : null;
  };

  // Headings, in order.
  let lastLine = -1;
  const headingLines = [];
  visit(tree, (n) => {
    if (!HEADINGS.has(n.tagName)) return;
    const text = ownText(n, false);
    if (!text) return;
    const line = lineOf(text);
    if (line < 0 || !inSeed(text)) {
      const lc = labelClass(text);
      add(lc === 'note' ? 'note' : 'heading', text);
      return;
    }
    // Out of order: the seed prints it before the previous heading and nowhere after it.
    const after = lineOf(text, lastLine + 1);
    if (after < 0 && line < lastLine) add('heading-order', text, `seed line ${line + 1} < ${lastLine + 1}`);
    lastLine = after >= 0 ? after : line;
    headingLines.push({ node: n, line: lastLine });
  });

  // A heading the next block of text starts with again (four words or more), unless the seed has them twice in a row.
  const blocks = [];
  visit(tree, (n) => {
    if (BLOCKS.has(n.tagName)) blocks.push(n);
  });
  for (let i = 0; i < blocks.length - 1; i++) {
    if (!HEADINGS.has(blocks[i].tagName)) continue;
    const text = ownText(blocks[i], false);
    const next = blocks.slice(i + 1).find((b) => ownText(b, false) !== '');
    if (!next || HEADINGS.has(next.tagName) || words(text) < 4) continue;
    const k = key(text);
    if (key(ownText(next, false)).startsWith(k) && !seed.key.includes(k + k)) add('duplicated', text);
  }

  // Sentences of every block; column headers; plan labels; footnotes.
  const noteIds = new Set();
  const markerTargets = [];
  visit(tree, (n, ancestors) => {
    if (n.tagName === 'a' && n.properties?.dataFootnoteRef !== undefined) markerTargets.push(String(n.properties.href ?? ''));
    if (n.tagName === 'li' && /fn-\d+$/.test(String(n.properties?.id ?? ''))) noteIds.add(`#${n.properties.id}`);
    if (n.tagName === 'a' && n.properties?.dataFootnoteBackref !== undefined) add('note', fullText(n) || '↩', 'footnote back link');
    if (n.tagName === 'p' && has(n, 'plan-link')) {
      const a = n.children.find((c) => c.type === 'element' && c.tagName === 'a');
      const target = a ? String(a.properties?.href ?? '').split('#')[1] : undefined;
      if (!target || !planAnchors.has(target)) add('plan-label', fullText(n));
    }
    if (!BLOCKS.has(n.tagName) || HEADINGS.has(n.tagName)) return;
    if (n.tagName === 'th' && n.properties?.scope === 'col') {
      const t = ownText(n, false);
      if (t && /\p{L}/u.test(t) && !inSeed(t)) add(labelClass(t) === 'note' ? 'note' : 'table-header', t);
      return;
    }
    const inFootnotes = ancestors.some((a) => a.tagName === 'section' && a.properties?.dataFootnotes !== undefined);
    const text = ownText(n, false);
    if (!/\p{L}/u.test(text)) return;
    for (const s of text.split(SENTENCE)) {
      if (!/\p{L}/u.test(s) || inSeed(s) || inSeed(ownText(n, true))) continue;
      const lc = labelClass(s);
      add(inFootnotes && !lc ? 'footnote' : (lc ?? 'unsourced'), s);
    }
  });
  for (const t of markerTargets) if (t.startsWith('#') && !noteIds.has(t)) add('footnote', `marker ${t} has no footnote`);

  // Sub-bullets (▬) of the seed: the output's item must sit in another item's list.
  const items = [];
  visit(tree, (n, ancestors) => {
    if (n.tagName === 'li') items.push({ key: key(ownText(n, false)), nested: ancestors.some((a) => a.tagName === 'li') });
  });
  for (const raw of seed.lines) {
    const m = /^\s*▬\s*(.+)$/.exec(raw);
    if (!m || m[1].split(/\s+/).length < 3) continue;
    const probe = key(m[1]).slice(0, 40);
    const item = items.find((i) => i.key.startsWith(probe));
    if (item && !item.nested) add('nesting', m[1].trim());
  }

  // Figures: each number in a numeric cell must be printed by the seed between the table's heading and the next.
  const tokensOf = (s) => (s.match(NUMBER) ?? []).map(normNumber);
  const lineTokens = seed.lines.map((l) => new Set(tokensOf(l)));
  visit(tree, (n) => {
    if (n.tagName !== 'table') return;
    const pos = headingLines.filter((h) => precedes(tree, h.node, n)).at(-1);
    const next = headingLines.find((h) => precedes(tree, n, h.node) && h.line > (pos?.line ?? -1));
    const caption = n.children.find((c) => c.type === 'element' && c.tagName === 'caption');
    const own = windows.find((w) => caption && new RegExp(w.caption, 'u').test(fullText(caption)));
    const from = own ? own.lines[0] - 1 : pos ? Math.max(0, pos.line - 5) : 0;
    const to = own ? own.lines[1] : Math.max(next ? next.line + 5 : seed.lines.length, from + 300);
    const window = new Set();
    const take = (a, b) => {
      for (let i = Math.max(0, a); i < Math.min(b, seed.lines.length); i++) for (const t of lineTokens[i]) window.add(t);
    };
    take(from, to);
    // The caption where the seed prints it (a table under a heading of its own).
    for (let at = caption && !own ? lineOf(fullText(caption)) : -1; at >= 0; at = lineOf(fullText(caption), at + 1)) take(at - 5, at + 300);
    visit(n, (cell) => {
      if (cell.tagName !== 'td' || !has(cell, 'num')) return;
      const text = fullText(cell);
      for (const t of tokensOf(text)) {
        if (!window.has(t)) add('figure', `${t} in “${caption ? fullText(caption) : '(table)'}”`, `seed lines ${from + 1}-${to}`);
      }
    });
  });
  return found;
}

/** Whether a comes before b in document order (elements of one tree). */
const orderCache = new WeakMap();
function precedes(tree, a, b) {
  let order = orderCache.get(tree);
  if (!order) {
    order = new Map();
    let i = 0;
    visit(tree, (n) => order.set(n, i++));
    orderCache.set(tree, order);
  }
  return (order.get(a) ?? -1) < (order.get(b) ?? -1);
}
