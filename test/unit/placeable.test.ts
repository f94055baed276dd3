/**
 * A body placed from its holed HTML (src/render/placeable.ts) is the same bytes as the body's tree transformed
 * and serialized (markdownToHast + toHtml), whatever the Markdown, prefix, heading level, links and images; and
 * it tells the table of contents and the templates the same headings the tree would.
 */
import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { makePlaceable } from '../../src/render/body-cache.js';
import { type MarkdownOptions, markdownToHast, SERIALIZE, textOf } from '../../src/render/markdown.js';
import { place } from '../../src/render/placeable.js';

const LABELS = ['Voetnoten', 'Terug naar referentie'] as const;

/** Pieces real bodies are made of, including the awkward ones: footnotes, images, raw HTML, entity links. */
const BLOCKS = [
  '# Titel',
  '## Samenwerking',
  '### Aanpak met *nadruk*',
  '#### Vierde niveau',
  'Een alinea met een [link naar een actie](@a1) en [een onbekende](@bestaat-niet).',
  'Zie [elders](#aanpak) en [de website](https://example.org/?a=1&b=2).',
  'Een voetnoot[^1] en nog een[^noot].\n\n[^1]: De eerste.\n\n[^noot]: De tweede, met [een link](@a2).',
  '![Logo van de partner](beelden/logo.png)',
  '## Kop met ![een beeld](beelden/kop.png) erin',
  '![](ontbreekt.png)',
  '- een\n- twee\n  - drie',
  '| a | b |\n| - | -: |\n| 1 | 2 |',
  '<h2 class="sr-only">Verborgen kop</h2>',
  '<h3 id="eigen">Kop met eigen id</h3>',
  '<p aria-describedby="x y">Beschreven</p>',
  '<!-- een opmerking -->',
  '<img src="beelden/logo.png" alt="Rauw beeld" id="rauw">',
  '> Een citaat met **vet** & een <span>span</span>.',
  '```\ncode <niet> & zo\n```',
  'Tekst met tekens: é, ß, “quotes”, <, > en &amp;.',
];

const bodyArb = fc.oneof(
  fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 8 }).map((bs) => bs.join('\n\n')),
  // Short texts, as summaries and planning lines are: often one paragraph.
  fc.constantFrom(BLOCKS[4]!, BLOCKS[5]!, BLOCKS[7]!, BLOCKS[17]!, BLOCKS[19]!, 'Een **korte** regel.', '*Nadruk*'),
);
const optionsArb = fc.record({
  prefix: fc.constantFrom('action-a1', 'progress-p2', 'goal-sd1.od2'),
  topLevel: fc.integer({ min: 2, max: 6 }),
  known: fc.boolean(), // whether the images resolve
});

function options(o: { prefix: string; topLevel: number; known: boolean }): MarkdownOptions {
  return {
    prefix: o.prefix,
    topLevel: o.topLevel,
    footnotesLabel: LABELS[0],
    footnoteBackLabel: LABELS[1],
    resolve: (id) => (id === 'bestaat-niet' ? undefined : id === 'a1' ? `#action-${id}` : `plan.html#action-${id}`),
    image: (src) => (o.known && src.startsWith('beelden/') ? `data:image/png;base64,${Buffer.from(src).toString('base64')}` : undefined),
  };
}

const serialize = (nodes: ElementContent[]) => toHtml({ type: 'root', children: nodes } as Root, SERIALIZE);

/** The headings of a transformed tree as the table of contents reads them (outside footnotes, without .sr-only). */
function treeHeadings(nodes: ElementContent[]): { level: number; id: string; text: string }[] {
  const out: { level: number; id: string; text: string }[] = [];
  const text = (n: ElementContent): string =>
    n.type === 'text'
      ? n.value
      : n.type === 'element'
        ? Array.isArray(n.properties.className) && n.properties.className.includes('sr-only')
          ? ''
          : n.children.map(text).join('')
        : '';
  const walk = (n: ElementContent) => {
    if (n.type !== 'element' || n.properties.dataFootnotes !== undefined) return;
    const m = /^h([1-6])$/.exec(n.tagName);
    if (m) out.push({ level: Number(m[1]), id: String(n.properties.id), text: text(n) });
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

describe('a placed body', () => {
  it('is the same bytes as the transformed tree, and names the same headings', () => {
    fc.assert(
      fc.property(bodyArb, optionsArb, (body, o) => {
        const opts = options(o);
        const tree = markdownToHast(body, opts);
        const both = place(makePlaceable(body), opts);
        const placed = both.nodes;
        expect(serialize(placed)).toBe(serialize(tree));
        // Inline: one paragraph's contents, else the whole body.
        const only = tree.length === 1 && tree[0]!.type === 'element' && tree[0]!.tagName === 'p' ? tree[0]!.children : tree;
        expect(serialize(both.inline)).toBe(serialize(only));
        expect(placed.flatMap((n) => (n.type === 'raw' ? (n.data?.headings ?? []) : []))).toEqual(treeHeadings(tree));
        // Top-level headings: the same texts, in the same order, for templates that place things after them.
        const tops = tree.filter((n): n is Element => n.type === 'element' && /^h[1-6]$/.test(n.tagName)).map((n) => textOf(n));
        expect(placed.flatMap((n) => (n.type === 'raw' && n.data?.heading !== undefined ? [n.data.heading] : []))).toEqual(tops);
      }),
      { numRuns: 300 },
    );
  });

  it('can be placed many times, each with its own prefix, levels and links', () => {
    const body = makePlaceable(`${BLOCKS[1]}\n\n${BLOCKS[4]}\n\n${BLOCKS[6]}`);
    const first = serialize(place(body, options({ prefix: 'action-a1', topLevel: 3, known: true })).nodes);
    const second = serialize(place(body, options({ prefix: 'goal-x', topLevel: 5, known: true })).nodes);
    expect(first).toContain('<h3 id="action-a1--samenwerking">');
    expect(second).toContain('<h5 id="goal-x--samenwerking">');
    expect(first).toContain('href="#action-a1"');
    expect(first).not.toContain('\u0000');
    expect(first).not.toContain('&#x0;');
  });
});
