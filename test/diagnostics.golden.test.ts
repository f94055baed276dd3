/**
 * Golden fixtures: each folder in test/fixtures/diagnostics breaks the base content in one way; the real CLI's
 * output in all three reporters must equal the files in its expected/ folder (refresh: UPDATE_GOLDEN=1 npm test).
 */
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, golden, materialize, runCli } from './helpers.js';

const CASES = readdirSync(path.join(FIXTURES, 'diagnostics')).sort();

describe.concurrent('diagnostics golden fixtures', () => {
  test.each(CASES)('%s', async (name) => {
    const caseDir = path.join(FIXTURES, 'diagnostics', name);
    const dir = await materialize(caseDir);
    try {
      const pretty = await runCli(['validate'], { cwd: dir });
      const json = await runCli(['validate', '--reporter', 'json'], { cwd: dir });
      const github = await runCli(['validate', '--reporter', 'github', '--lang', 'nl'], { cwd: dir });
      expect(pretty.stderr).toBe('');
      const report = JSON.parse(json.stdout) as { summary: { errors: number } };
      const expectedExit = report.summary.errors > 0 ? 1 : 0;
      for (const r of [pretty, json, github]) expect(r.code).toBe(expectedExit);
      expect(pretty.stdout).toBe(await golden(path.join(caseDir, 'expected', 'pretty.txt'), pretty.stdout));
      expect(json.stdout).toBe(await golden(path.join(caseDir, 'expected', 'json.json'), json.stdout));
      expect(github.stdout).toBe(await golden(path.join(caseDir, 'expected', 'github.nl.txt'), github.stdout));
      if (name === 'valid') expect(report.summary.errors).toBe(0);
      else expect(json.stdout).toMatch(/"code": /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
