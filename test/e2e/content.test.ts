/**
 * The shipped content: it validates clean, every remaining warning is a documented finding about the source,
 * and breaking a real file is reported at the right file, line and column in all three reporters.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

interface JsonDiagnostic {
  code: string;
  severity: string;
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
}
interface JsonReport {
  summary: { files: number; errors: number; warnings: number };
  diagnostics: JsonDiagnostic[];
}

describe('shipped content', () => {
  let report: JsonReport;
  beforeAll(async () => {
    const r = await runCli(['validate', '--reporter', 'json', '--no-baseline']);
    report = JSON.parse(r.stdout) as JsonReport;
    expect(r.code).toBe(0);
  });

  test('validates without errors', () => {
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.summary.files).toBeGreaterThan(200);
  });

  test('every warning is listed in docs/findings.md with its code and file', async () => {
    const findings = await readFile(path.join(ROOT, 'docs', 'findings.md'), 'utf8');
    const missing = report.diagnostics
      .filter((d) => d.severity === 'warning')
      .filter((d) => !findings.includes(d.code) || !findings.includes(path.basename(d.file ?? '')));
    expect(missing.map((d) => `${d.code} ${d.file}`)).toEqual([]);
  });
});

/** Apply one breakage to a copy of the real content and find the line/column of a marker in the result. */
async function breakContent(file: string, edit: (text: string) => string): Promise<{ dir: string; text: string }> {
  const dir = await tempDir();
  await cp(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  const target = path.join(dir, 'content', file);
  const text = edit(await readFile(target, 'utf8'));
  await writeFile(target, text);
  return { dir, text };
}

function positionOf(text: string, needle: string, offset = 0): { line: number; column: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`marker not found: ${needle}`);
  const before = text.slice(0, i + offset);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

describe('breaking a real content file', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  const cases: {
    name: string;
    file: string;
    code: string;
    edit: (t: string) => string;
    at: (t: string) => { line: number; column: number };
  }[] = [
    {
      name: 'a YAML syntax error',
      file: 'goals/sd1.md',
      code: 'parse/yaml-syntax',
      edit: (t) => t.replace(/^level: strategic$/m, 'level: [strategic'),
      at: (t) => ({ line: positionOf(t, 'level: [strategic').line + 1, column: 1 }),
    },
    {
      name: 'a nested wrong type',
      file: 'actions/cafe-anoniem.md',
      code: 'schema/invalid-type',
      edit: (t) => t.replace(/(timing:[^\n]*?start: )2016-09-01/, '$1[2016]').replace(/^(\s+start: )2016-09-01$/m, '$1[2016]'),
      at: (t) => positionOf(t, '[2016]'),
    },
    {
      name: 'an unknown key',
      file: 'actions/cafe-anoniem.md',
      code: 'schema/unknown-key',
      edit: (t) => t.replace(/^title: .*$/m, (m) => `${m}\npartnerz: []`),
      at: (t) => positionOf(t, 'partnerz'),
    },
    {
      name: 'a dangling reference',
      file: 'actions/de-stek/de-stek-beringen-mijn.md',
      code: 'link/unknown-reference',
      edit: (t) => t.replace(/^parent: de-stek$/m, 'parent: de-stik'),
      at: (t) => positionOf(t, 'de-stik'),
    },
    {
      name: 'a duplicated id',
      file: 'goals/sd3.md',
      code: 'link/duplicate-id',
      edit: (t) => t.replace(/^id: sd3$/m, 'id: sd2'),
      at: (t) => positionOf(t, 'id: sd2', 4),
    },
  ];

  test.each(cases)('$name is reported at its file, line and column by every reporter', async (c) => {
    const { dir, text } = await breakContent(c.file, c.edit);
    dirs.push(dir);
    expect(text).not.toBe(await readFile(path.join(ROOT, 'content', c.file), 'utf8'));
    const shown = `content/${c.file}`;
    const { line, column } = c.at(text);

    const json = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
    expect(json.code).toBe(1);
    const hits = (JSON.parse(json.stdout) as JsonReport).diagnostics.filter((d) => d.code === c.code && d.file === shown);
    expect(hits.map((d) => [d.line, d.column])).toContainEqual([line, column]);

    const github = await runCli(['validate', '--reporter', 'github'], { cwd: dir });
    expect(github.code).toBe(1);
    expect(github.stdout).toContain(`::error file=${shown},line=${line},col=${column},`);
    expect(github.stdout).toContain(`title=${c.code.replace(/:/g, '%3A')}::`);

    const pretty = await runCli(['validate'], { cwd: dir });
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toContain(`${shown}\n`);
    expect(pretty.stdout).toContain(`  ${line}:${column} error `);
  });
});
