/**
 * Placeholders never reach the funder: a fresh `plan init` fails `plan validate --strict` on placeholder findings
 * only, each at the exact text to replace, and passes once that text is written; `--update-baseline` never
 * accepts them, and `--update-baseline --code` accepts one rule's findings and keeps the file's other entries.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/core/baseline.js';
import { PLACEHOLDER_CODES, STARTER_ORGANISATION, STARTER_SENTENCES } from '../../src/core/placeholders.js';
import { runCli, tempDir } from '../helpers.js';

const made: string[] = [];
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

interface Finding {
  code: string;
  file: string;
  line: number;
  column: number;
  endLine: number | null;
  endColumn: number | null;
  args: Record<string, unknown>;
}
interface Entry {
  code: string;
  file: string;
  fingerprint: string;
  message: string;
}

async function init(locale: 'nl-BE' | 'en'): Promise<string> {
  const parent = await tempDir('planwerk-placeholders-');
  made.push(parent);
  const r = await runCli(['init', 'org', '--period', '2026-2030', '--locale', locale], { cwd: parent });
  expect(r.code, r.stderr).toBe(0);
  return path.join(parent, 'org');
}

const validate = async (dir: string, ...args: string[]) => {
  const r = await runCli(['validate', '--reporter', 'json', ...args], { cwd: dir });
  return { ...r, findings: r.stdout ? (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics : [] };
};
const readBaseline = async (dir: string): Promise<Entry[]> =>
  (JSON.parse(await readFile(path.join(dir, 'planwerk-baseline.json'), 'utf8')) as { accepted: Entry[] }).accepted;

/** The text of a finding's range in its file (lines and columns 1-based, the end exclusive). */
function rangeOf(text: string, f: Finding): { start: number; end: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return { start: starts[f.line - 1]! + f.column - 1, end: starts[(f.endLine ?? f.line) - 1]! + (f.endColumn ?? f.column) - 1 };
}

describe('a fresh plan init', () => {
  for (const locale of ['nl-BE', 'en'] as const) {
    test(`(${locale}) fails --strict on placeholder findings only, at the exact text; writing that text makes it pass`, {
      timeout: 120_000,
    }, async () => {
      const dir = await init(locale);
      const before = await validate(dir, '--strict');
      expect(before.code).toBe(1);
      expect(before.findings.length).toBeGreaterThan(0);
      for (const f of before.findings) expect(PLACEHOLDER_CODES.has(f.code), `${f.code} ${f.file}:${f.line}`).toBe(true);

      const starterText = before.findings.filter((f) => f.code === 'link/starter-text');
      // The plan's, the chapter's and every progress entry's two sentences, each goal's and the region's one, and
      // the example name in the plan (subtitle, organisation) and in the report.
      expect(starterText).toHaveLength(2 + 2 + 3 * 2 + 4 + 1 + 3);
      expect(before.findings.filter((f) => f.code === 'report/nothing-stated').map((f) => f.file)).toEqual([
        'content/reports/2026/report.md',
      ]);

      // Each range is exactly one starter sentence or the example name: replace exactly that, last first.
      const sentences = new Set<string>(Object.values(STARTER_SENTENCES[locale]).flat());
      const byFile = new Map<string, Finding[]>();
      for (const f of starterText) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
      let n = 0;
      for (const [file, findings] of byFile) {
        let text = await readFile(path.join(dir, file), 'utf8');
        for (const f of [...findings].sort((a, b) => b.line - a.line || b.column - a.column)) {
          const { start, end } = rangeOf(text, f);
          const flagged = text.slice(start, end);
          if (f.args.field === '') expect(sentences.has(flagged.replace(/\s+/g, ' ')), flagged).toBe(true);
          else expect(flagged).toBe(STARTER_ORGANISATION[locale]);
          text = text.slice(0, start) + (f.args.field === '' ? `Onze eigen tekst ${++n}.` : 'Wijkhuis De Linde') + text.slice(end);
        }
        await writeFile(path.join(dir, file), text);
      }

      const after = await validate(dir, '--strict');
      expect(after.findings).toEqual([]);
      expect(after.code).toBe(0);
    });
  }
});

describe('the baseline and placeholders', () => {
  test('--update-baseline accepts no placeholder finding, says how many it left and why; a hand-written entry does not accept one', {
    timeout: 120_000,
  }, async () => {
    const dir = await init('nl-BE');
    const found = (await validate(dir)).findings;
    const update = await runCli(['validate', '--update-baseline'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stderr).toBe(
      `plan: planwerk-baseline.json accepts 0 findings.\nplan: did not accept ${found.length} placeholder findings (link/starter-text, report/nothing-stated): planwerk wrote that text for you to replace, so they stay reported until it is.\n`,
    );
    expect(await readBaseline(dir)).toEqual([]);
    const strict = await validate(dir, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.findings).toEqual(found);

    // An entry written by hand (or by an older planwerk) with the finding's true fingerprint still accepts nothing.
    const name = found.find((f) => f.code === 'link/starter-text' && f.file === 'content/plan.md' && f.args.field === 'organisation.name')!;
    const lineText = (await readFile(path.join(dir, name.file), 'utf8')).split('\n')[name.line - 1]!;
    const entry = {
      code: name.code,
      file: name.file,
      fingerprint: fingerprint({ raw: { code: 'link/starter-text', args: name.args as never }, file: name.file, lineText }),
      message: 'accepted by hand',
    };
    await writeFile(path.join(dir, 'planwerk-baseline.json'), JSON.stringify({ version: 1, accepted: [entry] }));
    const handWritten = await validate(dir);
    expect(handWritten.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'link/starter-text', line: name.line })]));
    expect(handWritten.findings.filter((f) => f.code === 'baseline/stale').map((f) => f.file)).toEqual(['content/plan.md']);
  });

  test('--update-baseline --code accepts that code’s findings only and keeps the other entries', { timeout: 120_000 }, async () => {
    const dir = await init('nl-BE');
    // Two warnings of other rules: a goal no action serves, a sub-project ending after its parent.
    await writeFile(
      path.join(dir, 'content/goals/sd2-buurtbudget.md'),
      '---\nkind: goal\nid: sd2-buurtbudget\nlevel: operational\ncode: OD2.2\ntitle: Buurtbudget\nparent: sd2\ntheme: ontmoeting\nstatement: Bewoners beslissen samen over een buurtbudget.\norder: 2\n---\n\nWaarom dit doel er is.\n',
    );
    const sub = path.join(dir, 'content/actions/buurtpunt/buurtpunt-noord.md');
    await writeFile(sub, (await readFile(sub, 'utf8')).replace('end: 2030-12-31', 'end: 2031-06-30'));
    const other: Entry = {
      code: 'compute/declared-differs',
      file: 'content/budget.yaml',
      fingerprint: '0123456789abcdef',
      message: 'kept',
    };
    await writeFile(path.join(dir, 'planwerk-baseline.json'), JSON.stringify({ version: 1, accepted: [other] }));

    const one = await runCli(['validate', '--update-baseline', '--code', 'link/goal-unserved'], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toBe('plan: planwerk-baseline.json accepts 1 finding of link/goal-unserved (and keeps 1 other entry).\n');
    expect((await readBaseline(dir)).map((e) => `${e.code} ${e.file}`)).toEqual([
      'compute/declared-differs content/budget.yaml',
      'link/goal-unserved content/goals/sd2-buurtbudget.md',
    ]);
    const reported = (await validate(dir)).findings.map((f) => f.code);
    expect(reported).toContain('timing/outside-parent');
    expect(reported).not.toContain('link/goal-unserved');

    const two = await runCli(['validate', '--update-baseline', '--code', 'timing/outside-parent'], { cwd: dir });
    expect(two.code, two.stderr).toBe(0);
    expect((await readBaseline(dir)).map((e) => e.code).sort()).toEqual([
      'compute/declared-differs',
      'link/goal-unserved',
      'timing/outside-parent',
    ]);
    const left = (await validate(dir)).findings.map((f) => f.code);
    expect(left).not.toContain('timing/outside-parent');
    // The placeholders stay reported, and so does the stale entry that --code kept.
    expect(new Set(left)).toEqual(new Set(['link/starter-text', 'report/nothing-stated', 'baseline/stale']));
  });

  const refusals: [string, string[], RegExp][] = [
    [
      'an unknown code, with “did you mean”',
      ['--update-baseline', '--code', 'link/goal-unservd'],
      /no code “link\/goal-unservd”; did you mean “link\/goal-unserved”\?/,
    ],
    [
      'a placeholder code',
      ['--update-baseline', '--code', 'link/starter-text'],
      /link\/starter-text: placeholder findings are never accepted/,
    ],
    [
      'an error code',
      ['--update-baseline', '--code', 'link/unknown-reference'],
      /only warnings can be accepted, and link\/unknown-reference is an error/,
    ],
    ['--code without --update-baseline', ['--code', 'link/goal-unserved'], /--code chooses the findings --update-baseline accepts/],
  ];
  test.each(refusals)('refuses %s: exit 2, the baseline untouched', async (_what, args, message) => {
    const dir = await init('en');
    const text = '{"version": 1, "accepted": []}';
    await writeFile(path.join(dir, 'planwerk-baseline.json'), text);
    const r = await runCli(['validate', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(await readFile(path.join(dir, 'planwerk-baseline.json'), 'utf8')).toBe(text);
  });
});
