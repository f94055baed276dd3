/** The pure core, called directly: positions, dates, cycles, suggestions and escaping. */
import { describe, expect, test } from 'vitest';
import { checkDate, earliest, latest, parseDate } from '../src/core/dates.js';
import { closest } from '../src/core/diagnostics/index.js';
import { findCycles } from '../src/core/link/rules/parent-cycles.js';
import { parseSource } from '../src/core/parse.js';
import { compile } from '../src/core/pipeline.js';
import { escapeData, escapeProperty } from '../src/reporters/github.js';

describe('parse: positions of YAML nodes', () => {
  const text = ['---', 'kind: goal', 'timing:', '  start: 2021-01-01', 'goals:', '  - id: a', '    strength: contributes', '---', '', 'Body'].join('\n');
  const { document, diagnostics } = parseSource({ path: 'x.md', text });

  test('a nested value, a key, and a list item', () => {
    expect(diagnostics).toEqual([]);
    expect(document.locate(['timing', 'start'])).toMatchObject({ file: 'x.md', line: 4, column: 10 });
    expect(document.locate(['timing', 'start'], 'key')).toMatchObject({ line: 4, column: 3 });
    expect(document.locate(['goals', 0, 'strength'])).toMatchObject({ line: 7, column: 15 });
  });

  test('a missing key points at its parent key; a missing top-level key at the first field', () => {
    expect(document.locate(['timing', 'end'])).toMatchObject({ line: 3, column: 1 });
    expect(document.locate(['title'])).toMatchObject({ line: 2, column: 1 });
    expect(document.locate(['goals', 5, 'id'])).toMatchObject({ line: 6 });
  });

  test('the body and its first line are kept', () => {
    expect(document.body).toBe('\nBody');
    expect(document.bodyLine).toBe(9);
  });

  test('YAML data files are parsed whole; CRLF is the loader’s job, a BOM is ignored here', () => {
    const r = parseSource({ path: 'd.yaml', text: '\uFEFFkind: municipalities\nitems: []\n' });
    expect(r.diagnostics).toEqual([]);
    expect(r.document.data).toEqual({ kind: 'municipalities', items: [] });
    expect(r.document.locate(['items'])).toMatchObject({ line: 2, column: 8 });
  });

  test('a syntax error is a diagnostic with a position, not an exception', () => {
    const r = parseSource({ path: 'bad.md', text: '---\nkind: goal\ntitle: "open\n---\n' });
    expect(r.document.broken).toBe(true);
    expect(r.diagnostics[0]).toMatchObject({ code: 'parse/yaml-syntax', file: 'bad.md' });
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });
});

describe('dates', () => {
  test.each([
    ['2021-04-30', true],
    ['2021-04-31', false],
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2100-02-29', false],
    ['2021-13', false],
    ['2021-00-10', false],
  ])('%s exists: %s', (value, ok) => {
    expect(checkDate(value, true).ok).toBe(ok);
  });

  test('format versus impossible; partial dates only where allowed', () => {
    expect(checkDate('31/12/2025', true)).toEqual({ ok: false, reason: 'format' });
    expect(checkDate('2021-04-31', true)).toEqual({ ok: false, reason: 'impossible' });
    expect(checkDate('2021-04', false)).toEqual({ ok: false, reason: 'format' });
    expect(checkDate('2021-04', true).ok).toBe(true);
  });

  test('a partial date spans its whole month or year', () => {
    expect(earliest(parseDate('2020-04')!)).toBe('2020-04-01');
    expect(latest(parseDate('2021-02')!)).toBe('2021-02-28');
    expect(latest(parseDate('2024-02')!)).toBe('2024-02-29');
    expect(latest(parseDate('2022')!)).toBe('2022-12-31');
  });
});

describe('parent cycles', () => {
  const at = { file: 'f', line: 1, column: 1 };
  test('finds each cycle once, ignores chains that end', () => {
    const nodes = new Map([
      ['a', { parent: 'b', at }],
      ['b', { parent: 'c', at }],
      ['c', { parent: 'a', at }],
      ['d', { parent: 'a', at }],
      ['e', { parent: undefined, at }],
      ['f', { parent: 'f', at }],
    ]);
    expect(findCycles(nodes)).toEqual([['a', 'b', 'c'], ['f']]);
  });

  test('stays linear on a long chain', () => {
    const nodes = new Map(Array.from({ length: 100_000 }, (_, i) => [`n${i}`, { parent: i > 0 ? `n${i - 1}` : undefined, at }]));
    expect(findCycles(nodes)).toEqual([]);
  });
});

describe('suggestions', () => {
  test('close typos are suggested, unrelated words are not', () => {
    expect(closest('contribute', ['contributes', 'may-contribute'])).toBe('contributes');
    expect(closest('sd1-socale-bescherming', ['sd1-sociale-bescherming', 'sd2'])).toBe('sd1-sociale-bescherming');
    expect(closest('zzz', ['goal', 'plan'])).toBeUndefined();
  });
});

describe('github escaping', () => {
  test('data escapes %, CR and LF; properties also colon and comma', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('pipeline', () => {
  test('is deterministic whatever the order of the sources', () => {
    const files = [
      { path: 'b.md', text: '---\nkind: goal\nid: x\nlevel: strategic\ntitle: B\nstatement: S\n---\n' },
      { path: 'a.md', text: '---\nkind: goal\nid: x\nlevel: strategic\ntitle: A\nstatement: S\n---\n' },
    ];
    const one = compile(files).diagnostics;
    const two = compile([...files].reverse()).diagnostics;
    expect(one).toEqual(two);
    expect(one.map((d) => d.code)).toEqual(['link/plan-missing', 'link/duplicate-id']);
    expect(one[1]).toMatchObject({ file: 'b.md', line: 3, column: 5, related: [{ file: 'a.md', line: 3, column: 5 }] });
  });
});
