/**
 * The redline of plan diff (src/redline): what is marked, what is not, where the list of changes points, and
 * that the same inputs give the same bytes. Small documents shaped like the built ones (policy, inline style,
 * cover, table of contents, sections with headings that carry ids).
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { type Redline, redline } from '../../src/redline/index.js';

const STYLE = 'body { color: #1b1b1b; } .sr-only { position: absolute; }';
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

function doc(main: string, policy = POLICY): string {
  return (
    `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">` +
    `<title>Rapport</title><style>${STYLE}</style></head><body><header class="cover" id="voorblad"><h1 class="document-title">Rapport</h1></header>` +
    `<nav class="toc" aria-labelledby="inhoud"><h2 id="inhoud">Inhoud</h2><ol><li><a href="#a--titel">A</a></li></ol></nav>` +
    `<main id="main">${main}</main></body></html>\n`
  );
}

const SECTION_A =
  '<section id="a"><h2 id="a--titel">Wonen</h2><p>De woningmarkt blijft krap voor mensen in armoede.</p>' +
  '<p>Wij werken samen met <a href="#b">de buurt</a> aan betaalbare huur.</p></section>';
const SECTION_B = (figure: string, extra = '') =>
  '<section id="b"><h2 id="b--titel">Cijfers</h2><div class="wide"><table><caption>Deelnemers</caption>' +
  '<thead><tr><th scope="col">Jaar</th><th scope="col" class="num">Aantal</th></tr></thead><tbody>' +
  `<tr><th scope="row">2020</th><td class="num">10</td></tr><tr><th scope="row">2021</th><td class="num">${figure}</td></tr>` +
  `</tbody></table></div>${extra}</section>`;
const SECTION_C =
  '<section id="c"><h2 id="c--titel">Onderwijs</h2><ul><li>Huiswerkbegeleiding in drie scholen.</li>' +
  '<li>Vorming voor leerkrachten over kansarmoede.</li><li>Een ouderwerking in Genk.</li></ul></section>';

const nl = (base: string | undefined, head: string | undefined): Redline => redline({ base, head, title: 'Rapport', locale: 'nl-BE' });

function tree(html: string): Root {
  return fromHtml(html);
}

function all(root: Root | Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | Element) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (test(c)) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Text as it reads on screen: without the visually hidden words for screen readers. */
function visible(el: Element): string {
  let out = '';
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (c.type === 'text') out += c.value;
      else if (c.type === 'element' && !(c.properties.className as string[] | undefined)?.includes('rl-sr')) walk(c);
    }
  };
  walk(el);
  return out;
}

const marked = (html: string, tag: 'ins' | 'del') => all(tree(html), (el) => el.tagName === tag).map(visible);
const ids = (html: string) => all(tree(html), (el) => typeof el.properties.id === 'string').map((el) => String(el.properties.id));
const main = (html: string) => all(tree(html), (el) => el.tagName === 'main')[0]!;

describe('redline', () => {
  test('identical documents: nothing changed, nothing marked, everything folded', () => {
    const html = doc(SECTION_A + SECTION_B('12') + SECTION_C);
    const r = nl(html, html);
    expect(r.changed).toBe(false);
    expect(r.changes).toEqual([]);
    expect(marked(r.html, 'ins')).toEqual([]);
    expect(marked(r.html, 'del')).toEqual([]);
    expect(r.html).toContain('Geen wijzigingen');
    expect(all(main(r.html), (el) => el.tagName === 'details')).toHaveLength(3);
  });

  test('one reworded sentence: exactly those words are marked, nothing else', () => {
    const base = doc(SECTION_A + SECTION_B('12') + SECTION_C);
    const head = doc(SECTION_A.replace('blijft krap voor mensen', 'is erg krap voor gezinnen') + SECTION_B('12') + SECTION_C);
    const r = nl(base, head);
    expect(r.changed).toBe(true);
    expect(marked(r.html, 'del').map((t) => t.trim())).toEqual(['blijft', 'mensen']);
    expect(marked(r.html, 'ins').map((t) => t.trim())).toEqual(['is erg', 'gezinnen']);
    // "krap voor" stays, then "mensen" → "gezinnen".
    expect(r.html).toContain('krap voor <del class="rl"><span class="rl-sr">verwijderd: </span>mensen</del>');
    expect(r.changes).toEqual([{ anchor: expect.any(String), heading: 'Wonen', kind: 'changed' }]);
    // The paragraph reads as the new one once the deleted words are left out.
    const p = all(tree(r.html), (el) => el.properties.id === r.changes[0]!.anchor)[0]!;
    expect(visible(p).replace(/blijft|mensen/g, '')).toContain('is erg krap voor gezinnen in armoede.');
  });

  test('a link from one removed section into another follows the renamed id', () => {
    const x = '<section id="x"><h2 id="x--titel">X</h2><p>Zie <a href="#y--titel">Y</a>.</p></section>';
    const y = '<section id="y"><h2 id="y--titel">Y</h2><p>Inhoud van Y.</p></section>';
    const r = nl(doc(SECTION_A + x + y), doc(SECTION_A));
    expect(r.changes.map((c) => [c.anchor, c.kind])).toEqual([
      ['rl-del-x', 'deleted'],
      ['rl-del-y', 'deleted'],
    ]);
    expect(r.html).toContain('<a href="#rl-del-y--titel">');
    expect(ids(r.html)).toContain('rl-del-y--titel');
  });

  test('an inserted and a removed block, each marked whole, in document order', () => {
    const base = doc(SECTION_A + SECTION_C);
    const head = doc(
      SECTION_A +
        SECTION_C.replace('<li>Vorming voor leerkrachten over kansarmoede.</li>', '').replace(
          '</ul>',
          '<li>Zomerschool met vrijwilligers.</li></ul>',
        ),
    );
    const r = nl(base, head);
    expect(marked(r.html, 'del')).toEqual(['Vorming voor leerkrachten over kansarmoede.']);
    expect(marked(r.html, 'ins')).toEqual(['Zomerschool met vrijwilligers.']);
    expect(r.changes.map((c) => [c.kind, c.heading])).toEqual([
      ['deleted', 'Onderwijs'],
      ['inserted', 'Onderwijs'],
    ]);
    // Still a list of list items: the marks are inside them.
    const list = all(main(r.html), (el) => el.tagName === 'ul')[0]!;
    expect(list.children.map((c) => (c.type === 'element' ? c.tagName : c.type))).toEqual(['li', 'li', 'li', 'li']);
  });

  test('a removed section is put back whole where it stood, its ids renamed so none repeats', () => {
    const r = nl(doc(SECTION_A + SECTION_B('12') + SECTION_C), doc(SECTION_A + SECTION_C));
    expect(r.changes).toEqual([{ anchor: 'rl-del-b', heading: 'Cijfers', kind: 'deleted' }]);
    const order = all(main(r.html), (el) => el.tagName === 'section').map((el) => el.properties.id);
    expect(order).toEqual(['a', 'rl-del-b', 'c']);
    const list = ids(r.html);
    expect(new Set(list).size).toBe(list.length);
  });

  test('a changed figure in a table: the old figure deleted and the new one inserted in its cell', () => {
    const r = nl(doc(SECTION_A + SECTION_B('12') + SECTION_C), doc(SECTION_A + SECTION_B('14') + SECTION_C));
    expect(marked(r.html, 'del')).toEqual(['12']);
    expect(marked(r.html, 'ins')).toEqual(['14']);
    expect(r.changes).toEqual([{ anchor: expect.any(String), heading: 'Cijfers', kind: 'changed' }]);
    const t = tree(r.html);
    const cell = all(t, (el) => el.properties.id === r.changes[0]!.anchor)[0]!;
    expect(cell.tagName).toBe('td');
    // The row keeps its two cells.
    const row = all(t, (el) => el.tagName === 'tr' && el.children.includes(cell))[0];
    expect(row?.children.filter((c) => c.type === 'element')).toHaveLength(2);
  });

  test('a changed chart: the old drawing deleted, the new one inserted, compared as a whole', () => {
    const chart = (v: number) =>
      `<figure class="chart-figure"><div class="chart"><svg role="img" aria-label="Grafiek ${v}"><rect width="${v}" height="1"/></svg></div><figcaption>Verloop</figcaption></figure>`;
    const r = nl(doc(SECTION_B('12', chart(12))), doc(SECTION_B('12', chart(14))));
    expect(r.changes.map((c) => c.kind)).toEqual(['changed']);
    const svgs = all(tree(r.html), (el) => el.tagName === 'svg');
    expect(svgs.map((s) => s.properties.ariaLabel)).toEqual(['Grafiek 12', 'Grafiek 14']);
    expect(r.html).toMatch(/<del class="rl"[^>]*><span class="rl-sr">verwijderd: <\/span><svg/);
  });

  test('a new document (no base) and a removed one (no head)', () => {
    const html = doc(SECTION_A);
    const added = nl(undefined, html);
    expect(added.changed).toBe(true);
    expect(added.changes).toEqual([{ anchor: 'main', heading: 'Rapport', kind: 'inserted' }]);
    expect(added.html).toContain('Nieuw document');
    expect(main(added.html).properties.className).toContain('rl-whole-inserted');
    const removed = redline({ base: html, title: 'Report', locale: 'en' });
    expect(removed.changes).toEqual([{ anchor: 'main', heading: 'Report', kind: 'deleted' }]);
    expect(removed.html).toContain('Removed document');
    expect(() => redline({ title: 'x', locale: 'en' })).toThrow(/bug/);
  });

  test('deterministic: the same inputs give the same bytes', () => {
    const base = doc(SECTION_A + SECTION_B('12') + SECTION_C);
    const head = doc(SECTION_A.replace('krap', 'zeer krap') + SECTION_B('14') + SECTION_C.replace('Genk', 'Hasselt'));
    const first = nl(base, head);
    expect(nl(base, head)).toEqual(first);
    expect(nl(base, head).html).toBe(first.html);
  });

  test('the list of changes: document order, each anchor an id of the redline, linked from the banner', () => {
    const base = doc(SECTION_A + SECTION_B('12') + SECTION_C);
    const head = doc(SECTION_A.replace('krap', 'zeer krap') + SECTION_B('14') + SECTION_C.replace('Genk', 'Hasselt'));
    const r = nl(base, head);
    expect(r.changes.map((c) => c.heading)).toEqual(['Wonen', 'Cijfers', 'Onderwijs']);
    const list = ids(r.html);
    expect(new Set(list).size).toBe(list.length);
    const positions = r.changes.map((c) => list.indexOf(c.anchor));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const links = all(tree(r.html), (el) => el.tagName === 'a')
      .map((a) => String(a.properties.href))
      .filter((href) => r.changes.some((c) => href === `#${c.anchor}`));
    expect(links).toEqual(r.changes.map((c) => `#${c.anchor}`));
    // No section changed is folded; the table of contents (never compared) is.
    expect(all(main(r.html), (el) => el.tagName === 'details')).toHaveLength(0);
    expect(r.html).toMatch(/<nav class="toc"[^>]*><details class="rl-fold"><summary><h2 id="inhoud">/);
  });

  test('folding: an unchanged section becomes details with its heading (and id) as the summary', () => {
    const r = nl(doc(SECTION_A + SECTION_B('12') + SECTION_C), doc(SECTION_A + SECTION_B('14') + SECTION_C));
    expect(r.html).toContain(
      '<section id="a"><details class="rl-fold"><summary><h2 id="a--titel">Wonen</h2><span class="rl-unchanged">ongewijzigd</span></summary><p>',
    );
    expect(r.html).toContain('<section id="b"><h2 id="b--titel">Cijfers</h2>');
  });

  test('a word changed inside a link keeps the link; a rating that moved is outlined as changed', () => {
    const scale = (chosen: number) =>
      `<ol class="scale" aria-label="Samenwerking">${[0, 1, 2].map((i) => `<li${i === chosen ? ' class="chosen"' : ''}>Stap ${i}</li>`).join('')}</ol>`;
    const base = doc(`${SECTION_A}<section id="r"><h2 id="r--titel">Oordeel</h2>${scale(0)}</section>`);
    const head = doc(
      `${SECTION_A.replace('de buurt', 'het buurthuis')}<section id="r"><h2 id="r--titel">Oordeel</h2>${scale(2)}</section>`,
    );
    const r = nl(base, head);
    expect(r.html).toContain(
      '<a href="#b"><del class="rl"><span class="rl-sr">verwijderd: </span>de buurt</del><ins class="rl"><span class="rl-sr">ingevoegd: </span>het buurthuis</ins></a>',
    );
    expect(all(tree(r.html), (el) => (el.properties.className as string[] | undefined)?.includes('rl-mod') ?? false)).toHaveLength(2);
    expect(r.changes.map((c) => [c.heading, c.kind])).toEqual([
      ['Wonen', 'changed'],
      ['Oordeel', 'changed'],
    ]);
  });

  test('the same words in another shape (a loose list item and its paragraph) are no change', () => {
    const items = (loose: boolean) =>
      `<section id="l"><h2 id="l--titel">Lijst</h2><ul>${['Een', 'Twee'].map((w) => `<li>${loose ? `<p>${w} punt</p>` : `${w} punt`}</li>`).join('')}</ul></section>`;
    const r = nl(doc(items(true)), doc(items(false)));
    expect(r.changed).toBe(false);
    const reworded = nl(doc(items(true)), doc(items(false).replace('Twee punt', 'Twee punten')));
    expect(marked(reworded.html, 'del').map((t) => t.trim())).toEqual(['punt']);
    expect(marked(reworded.html, 'ins')).toEqual(['punten']);
  });

  test('the banner names each change under the headings above it (the document title left out)', () => {
    const nested = (word: string) =>
      `<section id="p"><h2 id="p--titel">Voortgang</h2><section id="q"><h3 id="q--titel">Project Q</h3><h4 id="q--samenwerking">Samenwerking</h4><p>Wij overlegden ${word}.</p></section></section>`;
    const r = nl(doc(nested('maandelijks')), doc(nested('wekelijks')));
    expect(r.changes).toEqual([{ anchor: 'rl-1', heading: 'Samenwerking', kind: 'changed' }]);
    expect(r.html).toContain('<li>Voortgang › Project Q › <a href="#rl-1">Samenwerking</a> <span class="rl-kind">(gewijzigd)</span></li>');
  });

  test('the style sheet gains the redline rules; the policy stays as the documents have it', () => {
    const r = nl(doc(SECTION_A), doc(SECTION_A.replace('krap', 'zeer krap')));
    const style = all(tree(r.html), (el) => el.tagName === 'style')[0]!;
    const sheet = style.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    expect(sheet.startsWith(STYLE)).toBe(true);
    expect(sheet).toContain('ins.rl');
    expect(r.html).toContain(`content="${POLICY.replaceAll("'", '&#x27;')}"`);
  });
});
