/**
 * Property-based fuzzing of the pure core: valid content (the base fixture) mutated line by line and character
 * by character must never make compile() throw, and every diagnostic must carry a catalogue code and a position
 * inside its file. Mutating only whitespace and comments must leave the output unchanged.
 * Runs: PLANWERK_FUZZ_RUNS (default 1000); scripts/fuzz.mjs runs 10,000 and prints the figures
 * (PLANWERK_FUZZ_STATS names the file the figures are written to).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderDocuments } from '../../src/assemble/documents.js';
import { catalogue } from '../../src/core/diagnostics/index.js';
import { exportModel } from '../../src/core/export.js';
import { parseMarkdown } from '../../src/core/markdown-tree.js';
import type { SourceFile } from '../../src/core/parse.js';
import { compile } from '../../src/core/pipeline.js';
import { FIXTURES } from '../helpers.js';

const RUNS = Number(process.env.PLANWERK_FUZZ_RUNS ?? 1000);
const BASE_DIR = path.join(FIXTURES, 'base', 'content');
const BASE: SourceFile[] = readdirSync(BASE_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(md|ya?ml)$/.test(f))
  .sort()
  .map((f) => ({ path: f.split(path.sep).join('/'), text: readFileSync(path.join(BASE_DIR, f), 'utf8') }));
const CODES = new Set(Object.keys(catalogue));

/** One edit of one file's lines. */
type Mutation = (lines: string[], r: number[]) => void;
const pick = <T>(xs: readonly T[], r: number) => xs[Math.floor(r * xs.length) % xs.length]!;
const CHARS = [
  ':',
  '-',
  ' ',
  '\t',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  ',',
  '?',
  'x',
  '0',
  '9',
  'é',
  '\u2028',
  '😀',
  '\\',
  '<',
];
const VALUES = [
  '[x]',
  '{a: 1}',
  '42',
  '-1',
  '3.5',
  'true',
  'null',
  '~',
  '""',
  '"text"',
  '2021-02-30',
  '2021-13',
  '2021',
  'open',
  '[]',
  '{}',
  '&a x',
  '*a',
  '!!binary aGk=',
  '1e400',
];
const IDS = ['sd1', 'od-wonen', 'alpha', 'alpha-one', 'vr-2021', 'plan', 'hasselt', 'wonen', 'nope', 'Sd1', 'a b', ''];

const MUTATIONS: Record<string, Mutation> = {
  delete: (l, [a]) => void l.splice(Math.floor(a! * l.length), 1),
  duplicate: (l, [a]) => {
    const i = Math.floor(a! * l.length);
    l.splice(i, 0, l[i] ?? '');
  },
  swap: (l, [a, b]) => {
    const i = Math.floor(a! * l.length);
    const j = Math.floor(b! * l.length);
    [l[i], l[j]] = [l[j] ?? '', l[i] ?? ''];
  },
  char: (l, [a, b, c]) => {
    const i = Math.floor(a! * l.length);
    const line = l[i] ?? '';
    const at = Math.floor(b! * (line.length + 1));
    l[i] = line.slice(0, at) + pick(CHARS, c!) + line.slice(at + (c! < 0.5 ? 1 : 0));
  },
  type: (l, [a, b]) => {
    const i = Math.floor(a! * l.length);
    l[i] = (l[i] ?? '').replace(/:( .*)?$/, `: ${pick(VALUES, b!)}`);
  },
  date: (l, [a, b, c]) => {
    const i = Math.floor(a! * l.length);
    const y = 1890 + Math.floor(b! * 230);
    const m = Math.floor(c! * 14);
    l[i] = (l[i] ?? '').replace(/\d{4}(-\d\d){0,2}/, `${y}-${String(m).padStart(2, '0')}-${String(Math.floor(a! * 33)).padStart(2, '0')}`);
  },
  id: (l, [a, b]) => {
    const i = Math.floor(a! * l.length);
    l[i] = (l[i] ?? '').replace(/(id|parent|goal|project|theme|replacedBy): .*$/, `$1: ${pick(IDS, b!)}`);
  },
  indent: (l, [a, b]) => {
    const i = Math.floor(a! * l.length);
    const line = l[i] ?? '';
    l[i] = b! < 0.5 ? line.replace(/^ {1,2}/, '') : ' '.repeat(1 + Math.floor(b! * 4)) + line;
  },
};
const KINDS = Object.keys(MUTATIONS);

const mutationArb = fc.record({
  file: fc.nat({ max: BASE.length - 1 }),
  kind: fc.constantFrom(...KINDS),
  // Uniform in [0, 1): fc.double is uniform over representable doubles (most of them tiny) and would pick the
  // first line (the fence) in most cases.
  r: fc.array(
    fc.noBias(fc.integer({ min: 0, max: 2 ** 30 - 1 })).map((n) => n / 2 ** 30),
    { minLength: 3, maxLength: 3 },
  ),
});
const caseArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

function apply(mutations: readonly { file: number; kind: string; r: number[] }[]): SourceFile[] {
  const files = BASE.map((s) => ({ path: s.path, lines: s.text.split('\n') }));
  for (const m of mutations) MUTATIONS[m.kind]!(files[m.file]!.lines, m.r);
  return files.map((f) => ({ path: f.path, text: f.lines.join('\n') }));
}

/** Problems with the diagnostics of one compile: an unknown code, or a position outside its file. */
function positionProblems(sources: readonly SourceFile[], diagnostics: ReturnType<typeof compile>['diagnostics']): string[] {
  const lines = new Map(sources.map((s) => [s.path, s.text.split('\n')]));
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.code} at ${d.file}:${d.line}:${d.column}`;
    if (!CODES.has(d.code)) problems.push(`unknown code ${where}`);
    if (d.file === undefined) continue;
    const file = lines.get(d.file);
    if (!file) problems.push(`unknown file ${where}`);
    else if (d.line === undefined || d.line < 1 || d.line > file.length) problems.push(`line outside the file ${where}`);
    else if (d.column === undefined || d.column < 1 || d.column > file[d.line - 1]!.length + 1)
      problems.push(`column outside the line ${where}`);
  }
  return problems;
}

const stats = { cases: 0, codes: new Map<string, number>(), failures: 0 };

describe('fuzz: mutated content', () => {
  test(`compile never throws and every diagnostic is placed (${RUNS} cases)`, () => {
    const started = Date.now();
    try {
      fc.assert(
        fc.property(caseArb, (mutations) => {
          stats.cases++;
          const sources = apply(mutations);
          const result = compile(sources, parseMarkdown);
          for (const d of result.diagnostics) stats.codes.set(d.code, (stats.codes.get(d.code) ?? 0) + 1);
          expect(positionProblems(sources, result.diagnostics)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    } catch (e) {
      stats.failures++;
      throw e;
    } finally {
      if (process.env.PLANWERK_FUZZ_STATS) {
        const figures = {
          cases: stats.cases,
          seconds: (Date.now() - started) / 1000,
          failures: stats.failures,
          codes: Object.fromEntries([...stats.codes].sort()),
        };
        writeFileSync(process.env.PLANWERK_FUZZ_STATS, JSON.stringify(figures, null, 2));
      }
    }
  }, 600_000);

  test('content that still compiles renders without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (mutations) => {
        const result = compile(apply(mutations), parseMarkdown);
        if (result.diagnostics.some((d) => CODES.has(d.code) && catalogue[d.code as keyof typeof catalogue].severity === 'error')) return;
        await render(result);
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 50)) },
    );
  }, 600_000);

  test('whitespace and comments change nothing', async () => {
    const baseline = await output(BASE);
    const edit = fc.record({
      file: fc.nat({ max: BASE.length - 1 }),
      line: fc.noBias(fc.nat()),
      kind: fc.constantFrom('trailing', 'comment', 'blank', 'fence', 'end'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const files = BASE.map((s) => ({ path: s.path, lines: s.text.split('\n') }));
        for (const e of edits) {
          const { lines, path: file } = files[e.file]!;
          // The YAML part: the whole of a .yaml file, the lines between the fences of a .md file.
          const last = file.endsWith('.md') ? lines.indexOf('---', 1) - 1 : lines.length - 1;
          const first = file.endsWith('.md') ? 1 : 0;
          const i = first + (e.line % Math.max(1, last - first + 1));
          if (e.kind === 'trailing' && lines[i]!.trim() !== '') lines[i] += '  ';
          if (e.kind === 'comment') lines.splice(i, 0, '# a comment');
          if (e.kind === 'blank') lines.splice(i, 0, '');
          if (e.kind === 'fence' && file.endsWith('.md')) lines[0] = '---  ';
          if (e.kind === 'end') lines.push('');
        }
        const mutated = files.map((f) => ({ path: f.path, text: f.lines.join('\n') }));
        expect(await output(mutated)).toEqual(baseline);
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 50)) },
    );
  }, 600_000);
});

async function render(result: ReturnType<typeof compile>) {
  return renderDocuments({
    context: result.context,
    indicators: result.indicators,
    differences: result.differences,
    locale: 'nl-BE',
    css: '',
    buildDate: undefined,
    generator: 'fuzz',
  });
}

/** What a build writes, minus positions: the rendered HTML and the exported model. */
async function output(sources: readonly SourceFile[]) {
  const result = compile(sources, parseMarkdown);
  const diagnostics = result.diagnostics.map((d) => d.code);
  const html = (await render(result)).map((f) => String('contents' in f ? f.contents : ''));
  return {
    diagnostics,
    html,
    data: exportModel(result.context, [], { generator: 'fuzz', indicators: result.indicators, differences: result.differences }),
  };
}
