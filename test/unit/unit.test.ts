/** The pure core, called directly: positions, dates, cycles, suggestions and escaping. */
import { describe, expect, test } from 'vitest';
import { checkDate, earliest, latest, parseDate } from '../../src/core/dates.js';
import {
  CODES,
  catalogue,
  catalogueMarkdown,
  closest,
  type Diagnostic,
  diag,
  localize,
  summarize,
} from '../../src/core/diagnostics/index.js';
import { findCycles } from '../../src/core/link/rules/parent-cycles.js';
import { parseMarkdown } from '../../src/core/markdown-tree.js';
import { locator, parseSource } from '../../src/core/parse.js';
import { compile } from '../../src/core/pipeline.js';
import { escapeData, escapeProperty, githubReporter, SUMMARY_ROWS } from '../../src/reporters/github.js';
import { region, sarifReporter } from '../../src/reporters/sarif.js';

describe('parse: positions of YAML nodes', () => {
  const text = [
    '---',
    'kind: goal',
    'timing:',
    '  start: 2021-01-01',
    'goals:',
    '  - id: a',
    '    strength: contributes',
    '---',
    '',
    'Body',
  ].join('\n');
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

  test('the positions are plain data: read back from JSON (the document cache), they locate every node as before', () => {
    const again = locator('x.md', JSON.parse(JSON.stringify(document.positions)));
    const paths: [(string | number)[], 'key' | 'value'][] = [
      [[], 'value'],
      [['kind'], 'key'],
      [['timing', 'start'], 'value'],
      [['timing', 'start'], 'key'],
      [['timing', 'end'], 'value'],
      [['goals', '0', 'strength'], 'value'],
      [['goals', 1], 'value'],
      [['goals', 0, 'id', 'x'], 'value'],
      [['title'], 'key'],
    ];
    for (const [p, part] of paths) expect(again(p, part)).toEqual(document.locate(p, part));
    expect(again(['goals', 0, 'id'])).toEqual({ file: 'x.md', line: 6, column: 9, endLine: 6, endColumn: 10 });
    expect(again(['goals', 1])).toEqual({ file: 'x.md', line: 6, column: 3, endLine: 8, endColumn: 1 });
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
    const one = compile(files, parseMarkdown).diagnostics;
    const two = compile([...files].reverse(), parseMarkdown).diagnostics;
    expect(one).toEqual(two);
    expect(one.map((d) => d.code)).toEqual(['link/plan-missing', 'link/duplicate-id']);
    expect(one[1]).toMatchObject({ file: 'b.md', line: 3, column: 5, related: [{ file: 'a.md', line: 3, column: 5 }] });
  });
});

describe('catalogue', () => {
  test('every code is phrased in both languages from its example arguments, with no placeholder left', () => {
    for (const lang of ['en', 'nl'] as const) {
      const md = catalogueMarkdown(lang);
      expect(md).not.toMatch(/NaN|undefined|‹|›|\[object Object\]/);
      for (const code of CODES) {
        const d = localize(diag(code, catalogue[code].example as never), lang);
        for (const text of [d.title, d.message, d.hint]) expect(text, `${code} ${lang}`).toMatch(/\S/);
        expect(md).toContain(`<a id="${d.docsUrl.split('#')[1]}"></a>`);
      }
    }
  });

  test('a localized diagnostic keeps its arguments and its suggestion', () => {
    const d = localize(
      diag('schema/unknown-key', { key: 'titel', known: ['title'], suggestion: 'title' }, { file: 'a.md', line: 2, column: 1 }),
      'nl',
    );
    expect(d).toMatchObject({
      code: 'schema/unknown-key',
      suggestion: 'title',
      args: { key: 'titel' },
      docsUrl: 'docs/diagnostics.md#schema-unknown-key',
    });
    expect(d.hint).toBe('Bedoelde je “title”?');
  });
});

describe('github reporter', () => {
  const at = (file: string, line: number) => ({ file, line, column: 1 });
  const ds: Diagnostic[] = [
    localize(diag('link/goal-unserved', { id: 'a' }, at('content/a.md', 1)), 'en'),
    localize(
      diag('report/unexplained-difference', { project: 'p', year: 2021, kind: 'added', plan: '', report: 'P' }, at('content/b.md', 2)),
      'en',
    ),
    localize(diag('link/duplicate-id', { id: 'b' }, at('content/b.md', 3)), 'en'),
    localize(diag('link/duplicate-id', { id: 'c' }, at('content/c.md', 4)), 'en'),
  ];
  const input = {
    diagnostics: ds,
    summary: summarize(ds, 3),
    lang: 'en' as const,
    sources: new Map<string, string>(),
    color: false,
    env: {},
  };
  const kinds = (text: string) =>
    text
      .trim()
      .split('\n')
      .map((l) => /^::(\w+) file=([^,]+)/.exec(l)!.slice(1).join(' '));

  test('errors first, then warnings; notes only with verbose; changed files first within each severity', () => {
    expect(kinds(githubReporter(input).text)).toEqual(['error content/b.md', 'error content/c.md', 'warning content/a.md']);
    expect(kinds(githubReporter({ ...input, verbose: true }).text)).toHaveLength(4);
    expect(kinds(githubReporter({ ...input, changedFiles: new Set(['content/c.md']) }).text)).toEqual([
      'error content/c.md',
      'error content/b.md',
      'warning content/a.md',
    ]);
  });

  test('the job summary links each file at the commit, counts everything and stops after the row limit', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/plan', GITHUB_SHA: 'abc123' };
    const summary = githubReporter({ ...input, env }).jobSummary!;
    expect(summary).toContain('2 error(s), 1 warning(s), 1 note(s) in 3 files (`--verbose` lists the notes)');
    expect(summary).toContain(
      '| error | [content/b.md:3](https://github.com/org/plan/blob/abc123/content/b.md#L3) | [`link/duplicate-id`]',
    );
    expect(summary.indexOf('content/b.md:3')).toBeLessThan(summary.indexOf('content/a.md:1'));
    expect(githubReporter(input).jobSummary).toContain('| error | content/b.md:3 |');
    const many = Array.from({ length: SUMMARY_ROWS + 5 }, (_, i) =>
      localize(diag('link/duplicate-id', { id: `x${i}` }, at('content/x.md', i + 1)), 'en'),
    );
    const cut = githubReporter({ ...input, diagnostics: many, summary: summarize(many, 1) }).jobSummary!;
    expect(cut.split('\n').filter((l) => l.startsWith('| error |'))).toHaveLength(SUMMARY_ROWS);
    expect(cut).toContain('… and 5 more');
  });

  test('the job summary lists notes only with --verbose; the count still says how many there are', () => {
    const quiet = githubReporter(input).jobSummary!;
    expect(quiet).toContain('| warning | content/a.md:1 |');
    expect(quiet).not.toContain('| note |');
    expect(quiet).not.toContain('report/unexplained-difference');
    const verbose = githubReporter({ ...input, verbose: true }).jobSummary!;
    expect(verbose).toContain('| note | content/b.md:2 | [`report/unexplained-difference`]');
    expect(verbose).toContain('1 note(s) in 3 files\n');
    expect(githubReporter({ ...input, lang: 'nl' }).jobSummary).toContain(
      '1 notitie(s) in 3 bestanden (de notities staan in de lijst met `--verbose`)',
    );
  });
});

describe('sarif regions', () => {
  test('always 1-based, with an end only after the start', () => {
    expect(region({})).toEqual({ startLine: 1, startColumn: 1 });
    expect(region({ line: 8 })).toEqual({ startLine: 8, startColumn: 1 });
    expect(region({ line: 8, column: 5, endLine: 8, endColumn: 2 })).toEqual({ startLine: 8, startColumn: 5 });
    expect(region({ line: 8, column: 5, endLine: 8, endColumn: 9 })).toEqual({ startLine: 8, startColumn: 5, endColumn: 9 });
    expect(region({ line: 8, column: 5, endLine: 10 })).toEqual({ startLine: 8, startColumn: 5, endLine: 10 });
    expect(region({ line: 8, column: 5, endLine: 10, endColumn: 1 })).toEqual({ startLine: 8, startColumn: 5, endLine: 10, endColumn: 1 });
  });
});

describe('sarif fingerprints and fixes', () => {
  const sarifOf = (text: string, line: number) => {
    const d = localize(
      diag(
        'schema/unknown-key',
        { key: 'titel', known: ['title'], suggestion: 'title' },
        { file: 'content/a.md', line, column: 1, endLine: line, endColumn: 6 },
      ),
      'en',
    );
    const out = sarifReporter({
      diagnostics: [d],
      summary: summarize([d], 1),
      lang: 'en',
      sources: new Map([['content/a.md', text]]),
      color: false,
    });
    return (JSON.parse(out.text) as { runs: { results: { partialFingerprints: Record<string, string>; fixes?: unknown[] }[] }[] }).runs[0]!
      .results[0]!;
  };

  test('a fingerprint survives lines moving; a fix replaces exactly the misspelt key', () => {
    const before = sarifOf('---\nkind: goal\ntitel: X\n---\n', 3);
    const after = sarifOf('---\nkind: goal\n\n\ntitel: X\n---\n', 5);
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
    expect(JSON.stringify(before.fixes)).toContain('"insertedContent":{"text":"title"}');
    // The region does not hold the misspelt text: no fix rather than a wrong one.
    expect(sarifOf('---\nkind: goal\nother: X\n---\n', 3).fixes).toBeUndefined();
  });

  test('a TODO line of a body: the fix removes the line with its break (the same edit as the quick fix)', () => {
    const d = localize(diag('link/placeholder', { field: '', text: 'TODO' }, { file: 'content/a.md', line: 5, column: 1 }), 'en');
    const out = sarifReporter({
      diagnostics: [d],
      summary: summarize([d], 1),
      lang: 'en',
      sources: new Map([['content/a.md', '---\nkind: goal\n---\n\nTODO\nText.\n']]),
      color: false,
    });
    const fixes = (JSON.parse(out.text) as { runs: { results: { fixes?: unknown[] }[] }[] }).runs[0]!.results[0]!.fixes;
    expect(fixes).toMatchObject([
      {
        description: { text: 'Remove the placeholder.' },
        artifactChanges: [
          { replacements: [{ deletedRegion: { startLine: 5, startColumn: 1, endLine: 6, endColumn: 1 }, insertedContent: { text: '' } }] },
        ],
      },
    ]);
  });
});
