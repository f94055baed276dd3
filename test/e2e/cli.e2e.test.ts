/** The CLI as a process: exit codes, flags, languages, export and schema, on small content folders. */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_URL } from '../../src/version.js';
import { FIXTURES, materialize, ROOT, runCli, tempDir } from '../helpers.js';

let base: string;
beforeAll(async () => {
  base = await materialize(path.join(FIXTURES, 'diagnostics', 'valid'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('exit codes', () => {
  test('0 on clean content, with a summary line', async () => {
    const r = await runCli(['validate'], { cwd: base });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('8 files checked: 0 errors, 0 warnings.');
  });

  test('1 on a content error, 0 on warnings alone, 1 on warnings with --strict', async () => {
    const dir = await materialize(path.join(FIXTURES, 'diagnostics', 'timing'));
    const withError = await runCli(['validate'], { cwd: dir });
    expect(withError.code).toBe(1);
    await rm(path.join(dir, 'content/actions/beta.md')); // the only error
    const warningsOnly = await runCli(['validate'], { cwd: dir });
    expect(warningsOnly.stdout).toMatch(/0 errors, 2 warnings/);
    expect(warningsOnly.code).toBe(0);
    expect((await runCli(['validate', '--strict'], { cwd: dir })).code).toBe(1);
    await rm(dir, { recursive: true, force: true });
  });

  test('2 on an unknown flag, a bad reporter, or a missing content folder; never a stack trace', async () => {
    for (const args of [
      ['validate', '--bogus'],
      ['validate', '--reporter', 'xml'],
      ['validate', '--content', 'does-not-exist'],
      ['frobnicate'],
    ]) {
      const r = await runCli(args, { cwd: base });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await runCli(['validate', '--content', 'does-not-exist'], { cwd: base });
    expect(missing.stderr).toContain('content folder not found');
  });

  test('--help and --version exit 0', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    const v = await runCli(['--version']);
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; homepage: string };
    expect(v.stdout.trim()).toBe(pkg.version);
    // The project's address (SARIF informationUri, rule documentation links) is package.json's homepage.
    expect(PROJECT_URL).toBe(pkg.homepage);
  });
});

describe('languages', () => {
  test('--lang nl speaks Dutch; LANG=nl_BE picks Dutch by default; --lang wins', async () => {
    const dir = await materialize(path.join(FIXTURES, 'diagnostics', 'unknown-key'));
    const nl = await runCli(['validate', '--lang', 'nl'], { cwd: dir });
    expect(nl.stdout).toContain('hoort niet bij deze soort document');
    expect(nl.stdout).toContain('Bedoelde je “partners”?');
    const env = await runCli(['validate'], { cwd: dir, env: { LANG: 'nl_BE.UTF-8' } });
    expect(env.stdout).toBe(nl.stdout);
    const en = await runCli(['validate', '--lang', 'en'], { cwd: dir, env: { LANG: 'nl_BE.UTF-8' } });
    expect(en.stdout).toContain('Did you mean “partners”?');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('github reporter', () => {
  test('escapes properties and data, and appends a job summary when GITHUB_STEP_SUMMARY is set', async () => {
    const dir = await materialize(path.join(FIXTURES, 'diagnostics', 'unknown-key'));
    // A file name with a comma and a message with a newline-free colon: both must be escaped in properties.
    await cp(path.join(dir, 'content/actions/alpha.md'), path.join(dir, 'content/actions/a,b.md'));
    await rm(path.join(dir, 'content/actions/alpha.md'));
    const summary = path.join(dir, 'summary.md');
    await writeFile(summary, '');
    const r = await runCli(['validate', '--reporter', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=content/actions/a%2Cb.md,line=5,col=1,');
    expect(r.stdout).toContain('title=schema/unknown-key::');
    const md = await readFile(summary, 'utf8');
    expect(md).toContain('## planwerk: content check');
    expect(md).toContain('| error | content/actions/a,b.md:5 | [`schema/unknown-key`](');
    await rm(dir, { recursive: true, force: true });
  });

  test('the job summary links each finding to its line at the commit the CI names', async () => {
    const dir = await materialize(path.join(FIXTURES, 'diagnostics', 'unknown-key'));
    const summary = path.join(dir, 'summary.md');
    await writeFile(summary, '');
    const ci = { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'org/plan', GITHUB_SHA: '0123abcd' };
    const r = await runCli(['validate', '--reporter', 'github'], { cwd: dir, env: { ...ci, GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const md = await readFile(summary, 'utf8');
    expect(md).toContain(
      '| error | [content/actions/alpha.md:5](https://github.example/org/plan/blob/0123abcd/content/actions/alpha.md#L5) |',
    );
    // Without a commit there is nothing to link to: the location stays plain text.
    await writeFile(summary, '');
    await runCli(['validate', '--reporter', 'github'], {
      cwd: dir,
      env: { GITHUB_SERVER_URL: ci.GITHUB_SERVER_URL, GITHUB_REPOSITORY: ci.GITHUB_REPOSITORY, GITHUB_STEP_SUMMARY: summary },
    });
    expect(await readFile(summary, 'utf8')).toContain('| error | content/actions/alpha.md:5 |');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('export', () => {
  test('prints the versioned model with goals and actions linked both ways, byte-identical across runs', async () => {
    const a = await runCli(['export'], { cwd: base });
    const b = await runCli(['export'], { cwd: base });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const m = JSON.parse(a.stdout) as Record<string, unknown> & {
      goals: { id: string; file: string; level: string; parent: string | null; actions: { id: string; strength: string }[] }[];
      actions: {
        id: string;
        file: string;
        kind: string;
        parent: string | null;
        start: string | null;
        end: string | null;
        goals: { id: string; strength: string }[];
        goalsInherited: boolean;
        children: string[];
      }[];
    };
    expect(m.version).toBe(1);
    for (const key of ['goals', 'actions', 'regions', 'progress', 'indicators', 'diagnostics'])
      expect(Array.isArray(m[key]), key).toBe(true);
    for (const [key, value] of Object.entries(m)) {
      if (!Array.isArray(value)) continue;
      for (const element of value as Record<string, unknown>[])
        expect(Object.keys(element), key).toEqual(expect.arrayContaining(['id', 'file']));
    }
    expect((m.indicators as unknown[]).length).toBeGreaterThan(10);
    const od = m.goals.find((g) => g.id === 'od-wonen')!;
    expect(od).toMatchObject({ level: 'operational', parent: 'sd1', file: 'content/goals/od-wonen.md' });
    expect(od.actions).toEqual([{ id: 'alpha', strength: 'contributes' }]);
    const alpha = m.actions.find((x) => x.id === 'alpha')!;
    expect(alpha).toMatchObject({
      kind: 'strategic-action',
      parent: null,
      start: '2020-01-01',
      end: '2025-12-31',
      children: ['alpha-one'],
    });
    expect(alpha.goals).toEqual([{ id: 'od-wonen', strength: 'contributes' }]);
    const sub = m.actions.find((x) => x.id === 'alpha-one')!;
    expect(sub).toMatchObject({ kind: 'sub-project', parent: 'alpha', start: '2021-03', end: '2022', goalsInherited: true });
  });

  test('--output writes the same JSON to a file; diagnostics are included and the exit code follows them', async () => {
    const dir = await materialize(path.join(FIXTURES, 'diagnostics', 'contributions'));
    const r = await runCli(['export', '--output', 'model.json'], { cwd: dir });
    expect(r.code).toBe(1);
    const m = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')) as { diagnostics: { id: string; code: string }[] };
    expect(m.diagnostics.map((d) => d.code)).toEqual(['link/action-without-goal', 'link/goal-unserved']);
    expect(m.diagnostics[0]!.id).toBe('link/action-without-goal@content/actions/beta.md:2:1');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('schema', () => {
  test('the committed JSON Schemas are up to date', async () => {
    const r = await runCli(['schema', '--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('--check fails on a stale schema and names it; writing fixes it', async () => {
    const dir = await tempDir();
    await cp(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
    await writeFile(path.join(dir, 'schemas', 'goal.schema.json'), '{}\n');
    const stale = await runCli(['schema', '--check'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(path.join('schemas', 'goal.schema.json'));
    expect((await runCli(['schema'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['schema', '--check'], { cwd: dir })).code).toBe(0);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('docs', () => {
  test('docs/diagnostics.md lists the current catalogue (regenerate with `plan codes > docs/diagnostics.md`)', async () => {
    const r = await runCli(['codes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await readFile(path.join(ROOT, 'docs', 'diagnostics.md'), 'utf8'));
  });
});

describe('worker threads', () => {
  test('parsing and validating in worker threads gives exactly the same result as in one thread', async () => {
    const dir = await materialize(path.join(FIXTURES, 'diagnostics', 'unknown-reference'));
    await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content', 'synthetic'), { recursive: true });
    const env = { PLANWERK_PARALLEL_THRESHOLD: '4' };
    // --no-cache: with cached results there would be nothing left to parse on the threads compared here.
    const one = await runCli(['export', '--jobs', '1', '--no-cache'], { cwd: dir, env });
    const two = await runCli(['export', '--jobs', '2', '--no-cache'], { cwd: dir, env });
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(JSON.parse(two.stdout).diagnostics.length).toBeGreaterThan(3);
    expect(two.stdout).toBe(one.stdout);
    const pretty = await runCli(['validate', '--jobs', '2', '--verbose', '--no-cache'], { cwd: dir, env });
    expect(pretty.stdout).toContain('(2 threads for reading and checking)');
    const single = await runCli(['validate', '--jobs', '1', '--verbose', '--no-cache'], { cwd: dir, env });
    expect(single.stdout).toContain('(1 thread for reading and checking)');
    expect(pretty.stdout.replace('2 threads', '1 thread')).toBe(single.stdout);
    expect((await runCli(['validate', '--jobs', '0'], { cwd: dir })).code).toBe(2);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('sarif reporter', () => {
  test('every diagnostic is a SARIF result at the same region, with its rule and related locations', async () => {
    const dir = await materialize(path.join(FIXTURES, 'diagnostics', 'duplicate-id'));
    const json = JSON.parse((await runCli(['validate', '--reporter', 'json'], { cwd: dir })).stdout) as {
      diagnostics: { code: string; severity: string; file: string; line: number; column: number; related: unknown[] }[];
    };
    const r = await runCli(['validate', '--reporter', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
          relatedLocations?: unknown[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('planwerk');
    expect(run.tool.driver.rules.map((x) => x.id)).toContain('link/duplicate-id');
    expect(
      run.results.map((x) => [
        x.ruleId,
        x.level,
        x.locations[0]!.physicalLocation.artifactLocation.uri,
        x.locations[0]!.physicalLocation.region.startLine,
        x.locations[0]!.physicalLocation.region.startColumn,
        x.relatedLocations?.length ?? 0,
      ]),
    ).toEqual(json.diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column, d.related.length]));
    expect((await runCli(['validate', '--reporter', 'sarif'], { cwd: dir })).stdout).toBe(r.stdout);
    await rm(dir, { recursive: true, force: true });
  });
});
