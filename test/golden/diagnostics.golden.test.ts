/**
 * Golden fixtures: each folder in test/fixtures/diagnostics breaks the base content in one way; the real CLI's
 * output in all three reporters must equal the files in its expected/ folder (refresh: UPDATE_GOLDEN=1 npm test).
 * The SARIF of every case, and of the shipped content, must pass the SARIF multitool without errors.
 */
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURES, golden, materialize, ROOT, run, runCli, tempDir } from '../helpers.js';

/** The golden of the shipped content lives beside the cases but is not one (it runs on content/ itself). */
const SHIPPED = 'shipped-content';
const CASES = readdirSync(path.join(FIXTURES, 'diagnostics'))
  .filter((n) => n !== SHIPPED)
  .sort();
const sarifDir = await tempDir('planwerk-sarif-');
afterAll(() => rm(sarifDir, { recursive: true, force: true }));

describe.concurrent('diagnostics golden fixtures', () => {
  test.each(CASES)(
    '%s',
    async (name) => {
      const caseDir = path.join(FIXTURES, 'diagnostics', name);
      const dir = await materialize(caseDir);
      try {
        const pretty = await runCli(['validate'], { cwd: dir });
        const json = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
        const github = await runCli(['validate', '--reporter', 'github', '--lang', 'nl'], { cwd: dir });
        const sarif = await runCli(['validate', '--reporter', 'sarif', '--verbose'], { cwd: dir });
        expect(pretty.stderr).toBe('');
        const report = JSON.parse(json.stdout) as { summary: { errors: number }; diagnostics: { file: string | null }[] };
        const expectedExit = report.summary.errors > 0 ? 1 : 0;
        for (const r of [pretty, json, github, sarif]) expect(r.code).toBe(expectedExit);
        expect(pretty.stdout).toBe(await golden(path.join(caseDir, 'expected', 'pretty.txt'), pretty.stdout));
        expect(json.stdout).toBe(await golden(path.join(caseDir, 'expected', 'json.json'), json.stdout));
        expect(github.stdout).toBe(await golden(path.join(caseDir, 'expected', 'github.nl.txt'), github.stdout));
        await writeFile(path.join(sarifDir, `${name}.sarif`), sarif.stdout);
        if (name === 'valid') expect(report.summary.errors).toBe(0);
        else expect(json.stdout).toMatch(/"code": /);
        // Every problem in one run: ten independent mistakes in one file are ten diagnostics.
        if (name === 'ten-mistakes') expect(report.diagnostics.filter((d) => d.file === 'content/goals/od-tien.md')).toHaveLength(10);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      // Four CLI runs per case on a shared machine: a minute is not always enough.
    },
    300_000,
  );
});

test('the shipped content: every finding, notes included, equals the golden (a lost or new finding fails)', {
  timeout: 120_000,
}, async () => {
  const json = await runCli(['validate', '--reporter', 'json', '--verbose', '--no-baseline'], { cwd: ROOT });
  expect(json.stderr).toBe('');
  expect(json.stdout).toBe(await golden(path.join(FIXTURES, 'diagnostics', SHIPPED, 'expected', 'json.json'), json.stdout));
  const codes = (JSON.parse(json.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
  // The shipped content states figures that differ from the computed ones: compute's findings must reach validate.
  expect(codes).toContain('compute/declared-differs');
  await writeFile(
    path.join(sarifDir, 'shipped-content.sarif'),
    (await runCli(['validate', '--reporter', 'sarif', '--verbose', '--no-baseline'], { cwd: ROOT })).stdout,
  );
});

test('the SARIF of the shipped content and of every case passes the SARIF multitool without errors', { timeout: 180_000 }, async () => {
  const files = readdirSync(sarifDir)
    .filter((f) => f.endsWith('.sarif'))
    .sort();
  expect(files).toHaveLength(CASES.length + 1);
  // A control with the region error planwerk once wrote (endColumn before startColumn): proves the tool checks.
  const control = JSON.parse(await readFile(path.join(sarifDir, 'yaml-syntax.sarif'), 'utf8')) as {
    runs: { results: { locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[];
  };
  Object.assign(control.runs[0]!.results[0]!.locations[0]!.physicalLocation.region, { startColumn: 5, endColumn: 2 });
  const controlFile = path.join(sarifDir, 'control', 'broken.sarif');
  await mkdir(path.dirname(controlFile), { recursive: true });
  await writeFile(controlFile, JSON.stringify(control));
  const out = path.join(sarifDir, 'control', 'validation.sarif');
  // One invocation for all files: the multitool takes seconds to start.
  const r = await run(
    path.join(ROOT, 'node_modules', '.bin', 'sarif-multitool'),
    ['validate', '--output', out, controlFile, ...files.map((f) => path.join(sarifDir, f))],
    {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    },
  );
  expect(r.stdout).toMatch(/Done\. \d+ files scanned/);
  type Result = {
    level?: string;
    ruleId: string;
    message: { arguments?: string[] };
    locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  };
  const log = JSON.parse(await readFile(out, 'utf8')) as { runs: { results?: Result[] }[] };
  const errors = (log.runs[0]!.results ?? [])
    .filter((x) => (x.level ?? 'warning') === 'error')
    .map(
      (x) =>
        `${path.basename(x.locations[0]!.physicalLocation.artifactLocation.uri)} ${x.ruleId}: ${(x.message.arguments ?? []).join(' | ')}`,
    );
  expect(errors.filter((e) => e.startsWith('broken.sarif SARIF1007'))).toHaveLength(1);
  expect(errors.filter((e) => !e.startsWith('broken.sarif'))).toEqual([]);
});
