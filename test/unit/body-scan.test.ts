/**
 * validate parses a Markdown body only when it must (src/core/body-links.ts, src/core/assets.ts): these
 * properties hold the skipped parses to what parsing every body would report, for random bodies written from
 * the pieces that matter (brackets, destinations spelled with escapes and character references, code, HTML,
 * containers, tables, images).
 */
import fc from 'fast-check';
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { bodyImages, imagesInTree } from '../../src/core/assets.js';
import {
  type BodyLink,
  ENTITY_LINK,
  linkIdCandidates,
  mayNeedParsing,
  type ParseMarkdown,
  scanBodyLinks,
  unknownBodyLinks,
} from '../../src/core/body-links.js';
import { parseMarkdown } from '../../src/core/markdown-tree.js';
import type { SourceFile } from '../../src/core/parse.js';
import { compile } from '../../src/core/pipeline.js';

/**
 * The parser a run gives the checks of these texts (src/parallel/markdown.ts): remark when mayNeedParsing says one
 * may need it, else one that fails the test when called, so every property below also holds that rule to the
 * parses the checks make.
 */
const parserFor = (...texts: string[]): ParseMarkdown =>
  texts.some(mayNeedParsing)
    ? parseMarkdown
    : () => {
        throw new Error('parsed a body that mayNeedParsing ruled out');
      };

const IDS = ['a', 'b', 'a-b', 'a-b.c', 'x1', 'sd0-od0'];
const PIECES = [
  ...['[', ']', '(', ')', '](', '@', '<', '>', '\\', '!', '`', '``', '*', '_', '|', ':', '"', "'", '~', '#'],
  ...[' ', '  ', '    ', '\t', '\n', '\n\n', '\n> ', '\n- ', '\n1. ', '\n    ', '\n```\n', '\n~~~\n', '\n---\n'],
  ...['&', '&amp;', '&#64;', '&#x40;', '&#X40;', '&#064;', '&commat;', '&#97;', '&#45;', '&#46;', '&commat', '&at;'],
  ...IDS,
  ...IDS.map((id) => `@${id}`),
  ...['A', '.', '-', 'tekst ', 'mail@a.be', 'http://x.org/', 'www.x.org', '<a href="@a">', '</a>', '<!--', '-->'],
  ...['[t](@a)', '[t](@zz)', '[t]( <@b> )', '[t](\\@a-b)', '[t](@a\\-b)', '[t](&#64;x1)', '[t](@a "titel")', '[t](@a.)'],
  ...['[[t](@a)](@b)', '[t][r]', '[r]', '\n[r]: @zz\n', '\n[r]: <@a>\n', '![i](p.png)', '![i][r]', '![r]', '![', '!['],
  ...['\n| a | b |\n| - | - |\n| [t](@zz) | c |\n', '`[t](@zz)`', '<https://x.org>', '<mail@x.org>', '[^1]', '\n[^1]: voet [t](@zz)\n'],
];
const bodyArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((ps) => ps.join(''));
const knownArb = fc.subarray([...IDS, 'zz', 'y']);

/** What a full parse finds: every `[text](@id)` link and `[r]: @id` definition of the body. */
function parsedLinks(body: string, bodyLine: number): BodyLink[] {
  const links: BodyLink[] = [];
  visit(parseMarkdown(body), (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const m = ENTITY_LINK.exec((node as Link | Definition).url);
    if (!m || !node.position) return;
    const at = { id: m[1]!, line: node.position.start.line + bodyLine - 1, column: node.position.start.column };
    links.push(node.type === 'definition' ? { ...at, definition: true } : at);
  });
  return links;
}

/** Every image of the parsed body, always parsed: what bodyImages must give whatever its pre-test skips. */
const parsedImages = (body: string, bodyLine: number) => imagesInTree(parseMarkdown(body) as Root, bodyLine);

const RUNS = { numRuns: 3000 };

describe('validate parses a body only when it must', () => {
  it('the links it reports are those of the parsed body, whatever ids exist', () => {
    fc.assert(
      fc.property(bodyArb, knownArb, fc.integer({ min: 1, max: 30 }), (body, known, bodyLine) => {
        const isKnown = (id: string) => known.includes(id);
        const parse = parserFor(body);
        const scan = scanBodyLinks(body, bodyLine, parse);
        expect(unknownBodyLinks(scan, body, bodyLine, isKnown, parse)).toEqual(parsedLinks(body, bodyLine).filter((l) => !isKnown(l.id)));
      }),
      RUNS,
    );
  });

  it('the scan names every id a link of the body names', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const ids = linkIdCandidates(body);
        if (ids === undefined) return; // parsed at once
        for (const link of parsedLinks(body, 1)) expect(ids).toContain(link.id);
      }),
      RUNS,
    );
  });

  it('the images it reports are those of the parsed body', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        expect(bodyImages(body, 3, parserFor(body))).toEqual(parsedImages(body, 3));
      }),
      RUNS,
    );
  });

  it('the diagnostics of a content folder are those of parsing every body', () => {
    const plan = '---\nkind: plan\nid: plan\ntitle: P\norganisation: {name: O}\nperiod: {start: 2021, end: 2025}\n---\n';
    fc.assert(
      fc.property(fc.array(bodyArb, { minLength: 1, maxLength: 3 }), (bodies) => {
        const sources: SourceFile[] = [
          { path: 'content/plan.md', text: plan },
          ...bodies.map((b, i) => ({
            path: `content/goals/${IDS[i]}.md`,
            text: `---\nkind: goal\nid: ${IDS[i]}\nlevel: strategic\ntitle: G\nstatement: S\n---\n${b}`,
          })),
        ];
        const known = new Set(['plan', ...IDS.slice(0, bodies.length)]);
        const expected = bodies.flatMap((b, i) =>
          parsedLinks(b, 8)
            .filter((l) => !known.has(l.id))
            .map((l) => ({ file: `content/goals/${IDS[i]}.md`, line: l.line, column: l.column, id: l.id })),
        );
        const found = compile(sources, parserFor(...sources.map((s) => s.text)))
          .diagnostics.filter((d) => d.code === 'link/unknown-body-link')
          .map((d) => ({ file: d.file, line: d.line, column: d.column, id: (d.args as { id: string }).id }));
        const order = (x: { file: string; line: number; column: number }) => `${x.file}:${1e6 + x.line}:${1e6 + x.column}`;
        expect(found).toEqual(expected.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0)));
      }),
      { numRuns: 300 },
    );
  });

  it('says which texts may need the parser: a link that could name an `@id`, or an image', () => {
    expect(mayNeedParsing('Geen link, wel [haken] en mail@x.be.')).toBe(false);
    expect(mayNeedParsing('Een [link](https://x.org) en A &amp; B.')).toBe(false);
    expect(mayNeedParsing('Zie [a](@sd0-od0).')).toBe(true);
    expect(mayNeedParsing('Zie [a](&#64;x1).')).toBe(true);
    expect(mayNeedParsing('Een beeld: ![alt](a.png)')).toBe(true);
  });

  it('a character reference spells `@` only as &commat;, &#64; or &#x40;', async () => {
    // The scan's shortcut for bodies with `&` and no `@` rests on this (src/core/body-links.ts, mayReferToAt).
    const { characterEntities } = await import('character-entities');
    expect(Object.entries(characterEntities).filter(([, v]) => v === '@')).toEqual([['commat', '@']]);
  });

  it('skips the parse of a body that cannot hold a link, and of one whose links could all resolve', () => {
    expect(scanBodyLinks('Geen link, wel [haken] en (ronde) en mail@x.be.', 1, parseMarkdown)).toEqual({ links: [] });
    expect(scanBodyLinks('Zie [a](@sd0-od0) en [b](https://x.org/@z).', 1, parseMarkdown)).toEqual({ ids: ['sd0-od0', 'z'] });
    expect(scanBodyLinks('A &amp; B [c](d)', 1, parseMarkdown)).toEqual({ links: [] });
    expect(scanBodyLinks('A &amp; B [c](&#64;x1)', 4, parseMarkdown)).toEqual({ links: [{ id: 'x1', line: 4, column: 11 }] });
  });

  it('finds an id named by a link reference definition, reported at the definition', () => {
    const body = 'Zie [a][r] en [b][s].\n\n[r]: @sd0-od0\n  [s]: <@x1> "titel"\n';
    const scan = scanBodyLinks(body, 10, parseMarkdown);
    expect(scan).toEqual({ ids: ['sd0-od0', 'x1'] });
    expect(unknownBodyLinks(scan, body, 10, (id) => id === 'sd0-od0', parseMarkdown)).toEqual([
      { id: 'x1', line: 13, column: 3, definition: true },
    ]);
    // Without `](` a body can still hold a definition: it is not skipped as link-free.
    expect(mayNeedParsing('[r]: @x1')).toBe(true);
  });
});
