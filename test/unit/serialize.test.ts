/** serializeDocument writes a document in pieces; the bytes must be those of hast-util-to-html on the whole tree. */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h, s } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { SERIALIZE } from '../../src/render/markdown.js';
import { serializeDocument } from '../../src/render/serialize.js';

/** A section deep and wide enough to be split, with every kind of node a document holds. */
function section(i: number, depth: number): ElementContent {
  const leaf: ElementContent[] = [
    h('p', { className: ['a', 'b'], title: `“${i}” & <${i}>` }, [`Tekst ${i} < & > "`, h('br'), h('strong', 'vet')]),
    { type: 'raw', value: `<p id="raw-${i}">rauw &amp; al geserialiseerd</p>` },
    { type: 'comment', value: ` opmerking ${i} ` },
    h('table', [
      h(
        'tbody',
        Array.from({ length: 30 }, (_, r) => h('tr', [h('td', String(r)), h('td', { colSpan: 2 }, '')])),
      ),
    ]),
    s('svg', { viewBox: '0 0 10 10' }, [s('path', { d: 'M0 0L10 10' }), s('g', [s('rect', { width: 1, height: 1 })])]),
    h('img', { src: 'data:image/png;base64,AAAA', alt: '' }),
  ];
  return h(
    `section#s${i}-${depth}`,
    depth === 0 ? leaf : [h('h2', `Kop ${i}`), ...Array.from({ length: 3 }, (_, k) => section(i * 3 + k, depth - 1))],
  );
}

describe('serializeDocument', () => {
  it('gives the same bytes as serializing the whole tree', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        h('html', { lang: 'nl-BE' }, [
          h('head', [h('meta', { charSet: 'utf-8' }), h('title', 'T & <t>'), h('style', 'p > a { content: "&"; }')]),
          h('body', [h('main#inhoud', [section(1, 3), h('p', 'klein')]), h('script', 'if (a < b && c) {}')]),
        ]),
      ],
    };
    const html = serializeDocument(tree);
    expect(html).toBe(toHtml(tree, SERIALIZE));
    expect(html.length).toBeGreaterThan(20_000); // large enough that elements were split
  });
});
