/**
 * The fast YAML reader (src/core/yaml-fast.ts) must give what the yaml package gives: the same data, positions,
 * diagnostics and brokenness for every front matter, and it must read the content's own YAML (else it saves
 * nothing). Random documents are written from the pieces that matter: keys plain and quoted, scalars that
 * resolve to every core type, quotes and escapes, comments, blank and deeper lines, lists in both indentations,
 * flow collections, block scalars with their headers, and pieces the reader leaves to the yaml package.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource, type SourceFile } from '../../src/core/parse.js';
import { readFastYaml } from '../../src/core/yaml-fast.js';

const both = (source: SourceFile) => {
  const strip = (r: ReturnType<typeof parseSource>) => ({ ...r, document: { ...r.document, locate: undefined } });
  return { fast: strip(parseSource(source)), slow: strip(parseSource(source, { fast: false })) };
};

const GOOD_KEYS = ['a', 'id', 'kind', 'b-c', 'x_1', '2020', '0', 'title', 'year', 'goals', 'c', 'd', 'e', 'f', '"2021"', '"q k"'];
const ODD_KEYS = ['007', 'null', 'True', "'s''k'", '"e\\"k"', 'a b', '__proto__', 'k :'];
/** Mostly pieces the fast reader reads, sometimes one it leaves to the yaml package. */
const mostly = (good: string[], odd: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 8 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
const GOOD_SCALARS = ['x', 'y z', '1', '2.50', '"dq"', "'sq'", '[a, b]', '{a: 1}', 'word', 'two words', '2021-01-01', 'true', '"é"'];
const SCALARS = [
  ...['x', 'plain text', 'with: colon', 'a:b', 'end:', 'trail  ', 'x # note', 'x#y', 'é ü …', 'http://x.org/p?q=1'],
  ...['1', '-2', '+3', '007', '0o17', '0x1F', '1.5', '.5', '1.', '1e3', '-1.2E-3', '.inf', '-.Inf', '.nan', '12345678901234567890'],
  ...['true', 'False', 'TRUE', 'yes', 'null', 'Null', '~', '2021-01-01', '-', '-x', '?x', ':x', '&a x', '*a', '!t x', '%x', '@x', '`x'],
  ...['"dq"', '"a\\"b\\\\c\\n\\u00e9"', '"\\x41"', '"\\t"', '"open', "'sq'", "'it''s'", "'open", '"a" # c', '"a"#c', '"a" x'],
  ...['[]', '{}', '[a, b]', '[1, "2", 3.5, true]', '{a: 1, b: [x, y]}', '{"k": v}', '[a, ]', '{a}', '[a: b]', '{a: 1, a: 2}', '[a # c]'],
  ...['[a, [b, {c: d}]]', '{a: }', '[a,b]', '[ a ]', '[-1, -x]', '[a b, c]', '[http://x]', '{a: 1} # c', '[a] x'],
];
const BLOCK_HEADERS = ['|', '|-', '>', '>-', '|+', '>+', '|2', '| # c', '|-  '];
const BLOCK_LINES = ['text', 'more text', '', '  indented', '# not a comment', '- item', 'key: value', '   '];

type Tree = { scalar: string } | { block: [string, string[]] } | { map: [string, Tree][] } | { seq: Tree[] } | { empty: true };
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: mostly(GOOD_SCALARS, SCALARS).map((scalar) => ({ scalar })), weight: 4 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...BLOCK_HEADERS), fc.array(fc.constantFrom(...BLOCK_LINES), { maxLength: 4 }))
        .map((block) => ({ block })),
      weight: 1,
    },
    {
      arbitrary: fc.array(fc.tuple(mostly(GOOD_KEYS, ODD_KEYS), tie('tree')), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
      weight: 2,
    },
    { arbitrary: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })), weight: 1 },
    { arbitrary: fc.constant({ empty: true as const }), weight: 1 },
  ),
}));
/** What may follow a line or sit between lines: nothing mostly, else comments, blank lines, stray deeper text. */
const EXTRA = [
  ...Array(20).fill(''),
  '\n',
  '\n# comment',
  '\n # c',
  '\n  # c',
  '\n   # c',
  '\n    # c',
  '\n      # deep comment',
  '\n\n  # c',
  '\n   ',
  '\n      stray',
];
const TAIL = ['', '', '', ' ', '  # c'];

/** A tree written as YAML with keys at `pad`; `picks` chooses the extras, round robin. */
function write(t: Tree, pad: string, picks: number[], compactSeq: boolean): string[] {
  let k = 0;
  const pick = <T>(xs: T[]): T => xs[(picks[k++ % picks.length] ?? 0) % xs.length]!;
  const out: string[] = [];
  const child = (head: string, v: Tree, inner: string) => {
    if ('scalar' in v) out.push(`${head} ${v.scalar}${pick(TAIL)}`);
    else if ('empty' in v) out.push(`${head}${pick(TAIL)}`);
    else if ('block' in v) out.push(`${head} ${v.block[0]}`, ...v.block[1].map((l) => (l ? `${inner}  ${l}` : pick(['', `${inner}`]))));
    else {
      out.push(`${head}${pick(TAIL)}`);
      const seqPad = 'seq' in v && compactSeq && pick([true, false]) ? inner : `${inner}  `;
      out.push(...write(v, 'seq' in v ? seqPad : `${inner}  `, picks.slice(k), compactSeq));
    }
    out.push(...pick(EXTRA).split('\n').slice(1));
  };
  if ('map' in t) for (const [key, v] of t.map) child(`${pad}${key}:`, v, pad);
  else if ('seq' in t) for (const v of t.seq) child(`${pad}-`, v, pad);
  return out;
}
const doc = fc
  .tuple(
    fc.array(fc.tuple(mostly(GOOD_KEYS, ODD_KEYS), tree), { minLength: 1, maxLength: 6 }),
    fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
    fc.boolean(),
  )
  .map(([map, picks, compact]) => write({ map }, '', picks, compact).join('\n'));

describe('the fast YAML reader', () => {
  it('gives what the yaml package gives, for random front matter and YAML files', () => {
    let read = 0;
    fc.assert(
      fc.property(doc, fc.boolean(), (yaml, asFile) => {
        const text = asFile ? `${yaml}\n` : `---\n${yaml}\n---\nBody.\n`;
        const { fast, slow } = both({ path: asFile ? 'd.yaml' : 'd.md', text });
        expect(fast).toEqual(slow);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
        if (readFastYaml(`${yaml}\n`)) read++;
      }),
      { numRuns: Number(process.env.YAML_FAST_RUNS ?? 2000) },
    );
    // The generator reaches the fast reader often enough for the property to say something.
    expect(read).toBeGreaterThan(200);
  });

  it('reads all but a few of the shipped content files, to the same result', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(md|ya?ml)$/.test(name)) files.push(p);
      }
    };
    walk('content');
    let fastRead = 0;
    for (const file of files) {
      const source = { path: file, text: readFileSync(file, 'utf8') };
      const { fast, slow } = both(source);
      expect(fast).toEqual(slow);
      const yaml = file.endsWith('.md') ? /^---\n([\s\S]*?\n)---\n/.exec(source.text)?.[1] : source.text;
      if (yaml && readFastYaml(yaml)) fastRead++;
    }
    expect(files.length).toBeGreaterThan(200);
    expect(fastRead).toBeGreaterThan(files.length * 0.95);
  });
});
