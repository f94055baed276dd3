/**
 * Pull requests: the workflow template, the github reporter by default in Actions, --quiet, --changed against
 * a real git repository, and accepted findings (the baseline) through the real CLI.
 */

import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES, ROOT, run, runCli, tempDir } from '../helpers.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** An operational goal no action serves: one warning (link/goal-unserved) at its id line. */
const UNSERVED = '---\nkind: goal\nid: od-extra\nlevel: operational\nparent: sd1\ntheme: wonen\ntitle: Extra\nstatement: Extra.\n---\n';

/** The base fixture plus the unserved goal, in a fresh folder. */
async function project(): Promise<string> {
  const dir = await tempDir();
  dirs.push(dir);
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  await writeFile(path.join(dir, 'content', 'goals', 'od-extra.md'), UNSERVED);
  return dir;
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit changed nothing in ${file}`);
  await writeFile(file, after);
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

const { workflowText } = await import('../../src/commands/starter/workflow.js');
/** planwerk's own workflow, and the one `plan init` writes into a content repository (in each language). */
const WORKFLOWS: [name: string, text: () => Promise<string>, pdfSetup: RegExp][] = [
  ['planwerk’s own', () => readFile(path.join(ROOT, '.github', 'workflows', 'planwerk.yml'), 'utf8'), /scripts\/setup-pdf\.sh/],
  ['plan init’s (nl-BE)', async () => workflowText('nl-BE'), /apt-get install .*fonts-liberation2/],
  ['plan init’s (en)', async () => workflowText('en'), /apt-get install .*fonts-liberation2/],
];

describe.each(WORKFLOWS)('the workflow: %s', async (_name, read, pdfSetup) => {
  const text = await read();
  const workflow = parse(text) as { on: Record<string, unknown>; jobs: Record<string, { needs?: string; steps: Step[] }> };
  const at = (steps: Step[], test: (s: Step) => boolean, what: string) => {
    const i = steps.findIndex(test);
    if (i < 0) throw new Error(`no step that ${what}`);
    return i;
  };
  const nodeAndInstall = (steps: Step[]) => [
    at(steps, (s) => /^actions\/checkout@/.test(s.uses ?? ''), 'checks out'),
    at(
      steps,
      (s) => /^actions\/setup-node@/.test(s.uses ?? '') && String(s.with?.['node-version']) === '20' && s.with?.cache === 'npm',
      'sets up Node 20 with the npm cache',
    ),
    at(steps, (s) => /\bnpm ci\b/.test(s.run ?? ''), 'runs npm ci'),
    // After npm ci, which empties node_modules, and keyed by the lock file with the content hash last, so that a
    // pull request falls back to its base branch's cache.
    at(
      steps,
      (s) =>
        /^actions\/cache\/restore@/.test(s.uses ?? '') &&
        s.with?.path === 'node_modules/.cache/planwerk' &&
        /hashFiles\('package-lock\.json'\) \}\}-\$\{\{ hashFiles\('content\/\*\*'/.test(String(s.with?.key)) &&
        String(s.with?.key).startsWith(String(s.with?.['restore-keys'])),
      'restores planwerk’s cache',
    ),
  ];
  const saves = (steps: Step[]) =>
    at(
      steps,
      (s) => /^actions\/cache\/save@/.test(s.uses ?? '') && s.with?.path === 'node_modules/.cache/planwerk',
      'saves planwerk’s cache',
    );

  test('runs on pull requests and pushes', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
  });

  test('validate: checkout, Node 20 with the npm cache, npm ci, the cache, plan validate with annotations; no browser', () => {
    const steps = workflow.jobs.validate!.steps;
    const order = [
      ...nodeAndInstall(steps),
      at(steps, (s) => /npx plan validate\b.*--reporter github/.test(s.run ?? ''), 'validates with the github reporter'),
      saves(steps),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const commands = steps.map((s) => `${s.uses ?? ''} ${s.run ?? ''}`).join('\n');
    expect(commands).not.toMatch(/chromium|poppler|fonts-|apt-get|setup-pdf|setup\.sh(?! --node-only)/);
  });

  test('build: after validate, sets up the PDF dependencies, builds, uploads dist/, writes a job summary', () => {
    const job = workflow.jobs.build!;
    expect(job.needs).toBe('validate');
    const steps = job.steps;
    const order = [
      ...nodeAndInstall(steps),
      at(steps, (s) => pdfSetup.test(s.run ?? ''), 'sets up the PDF dependencies'),
      at(steps, (s) => /npx plan build\b/.test(s.run ?? ''), 'builds'),
      saves(steps),
      at(steps, (s) => /^actions\/upload-artifact@/.test(s.uses ?? '') && /^dist\/?$/.test(String(s.with?.path)), 'uploads dist/'),
      at(steps, (s) => /GITHUB_STEP_SUMMARY/.test(s.run ?? ''), 'writes the job summary'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('build, on pull requests: the whole history, plan diff into the job summary, diff/ uploaded', () => {
    const steps = workflow.jobs.build!.steps;
    const checkout = steps[at(steps, (s) => /^actions\/checkout@/.test(s.uses ?? ''), 'checks out')]!;
    expect(checkout.with?.['fetch-depth']).toBe(0);
    const order = [
      at(steps, (s) => /npx plan build\b/.test(s.run ?? ''), 'builds'),
      at(
        steps,
        (s) => /^npx plan diff --reporter markdown --artifact \S+ >> "\$GITHUB_STEP_SUMMARY"$/.test(s.run ?? ''),
        'runs plan diff into the job summary',
      ),
      at(steps, (s) => /^actions\/upload-artifact@/.test(s.uses ?? '') && String(s.with?.path) === 'diff/', 'uploads diff/'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The summary names the artifact the redlines are uploaded as (its relative links would lead nowhere).
    expect(steps[order[1]!]!.run).toContain(`--artifact ${String(steps[order[2]!]!.with?.name)} `);
    for (const i of order.slice(1)) expect((steps[i] as { if?: string }).if).toBe("github.event_name == 'pull_request'");
  });

  test('every action is pinned to a full commit SHA with its version in a comment', () => {
    const uses = text.split('\n').filter((l) => /^\s*(- )?uses:/.test(l));
    expect(uses.length).toBeGreaterThanOrEqual(9);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+(\/[\w-]+)*@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});

test('planwerk’s own editor settings map the same YAML kinds to the schemas as plan init’s', async () => {
  const { vscodeSettings } = await import('../../src/commands/starter/editor.js');
  const own = JSON.parse(await readFile(path.join(ROOT, '.vscode', 'settings.json'), 'utf8')) as unknown;
  expect(own).toEqual(vscodeSettings('./schemas'));
});

/** A program's full path, from this process's PATH. */
function onPath(tool: string): string {
  const found = (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((d) => path.join(d, tool))
    .find((p) => existsSync(p));
  if (!found) throw new Error(`${tool} is not on PATH`);
  return found;
}

describe('scripts/setup.sh', () => {
  /** Run setup.sh with stand-ins for npm and apt-get on a PATH that has no browser, fonts aside. */
  async function setup(args: string[]): Promise<string> {
    const bin = await tempDir();
    dirs.push(bin);
    const log = path.join(bin, 'calls.log');
    for (const tool of ['bash', 'dirname', 'id']) await symlink(onPath(tool), path.join(bin, tool));
    await symlink(process.execPath, path.join(bin, 'node'));
    for (const tool of ['npm', 'apt-get', 'sudo'])
      await writeFile(path.join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> "${log}"\n`, { mode: 0o755 });
    const r = await run(path.join(bin, 'bash'), [path.join(ROOT, 'scripts', 'setup.sh'), ...args], { env: { PATH: bin, HOME: bin } });
    expect(r.code, r.stderr).toBe(0);
    return readFile(log, 'utf8').catch(() => '');
  }

  test('installs the PDF packages by default (the Quick start), not with --node-only', async () => {
    expect(await setup([])).toMatch(/^apt-get install .*chromium.*poppler-utils/m);
    const nodeOnly = await setup(['--node-only']);
    expect(nodeOnly).not.toMatch(/apt-get/);
    expect(nodeOnly).toMatch(/^npm /m);
  });
});

describe('GitHub Actions', () => {
  test('GITHUB_ACTIONS=true without --reporter: validate and build annotate, validate writes the job summary', async () => {
    const dir = await project();
    const summaryFile = path.join(dir, 'summary.md');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile };
    const v = await runCli(['validate'], { cwd: dir, env });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^::warning file=content\/goals\/od-extra\.md,line=3,col=5,.*title=link\/goal-unserved::/m);
    expect(await readFile(summaryFile, 'utf8')).toContain('link/goal-unserved');
    const b = await runCli(['build', '--format', 'html'], { cwd: dir, env });
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/^::warning file=content\/goals\/od-extra\.md,/m);
    // An explicit reporter still wins; outside Actions the default stays pretty.
    expect((await runCli(['validate', '--reporter', 'pretty'], { cwd: dir, env })).stdout).not.toContain('::warning');
    expect((await runCli(['validate'], { cwd: dir })).stdout).toMatch(/1 warning\.\n$/);
  });
});

describe('--quiet', () => {
  test('reports errors only, keeps the exit code, and cannot be combined with --strict', async () => {
    const dir = await project();
    await edit(path.join(dir, 'content', 'actions', 'alpha', 'alpha-one.md'), (t) => t.replace('parent: alpha', 'parent: alhpa'));
    const loud = await runCli(['validate'], { cwd: dir });
    expect(loud.stdout).toContain('link/goal-unserved');
    const quiet = await runCli(['validate', '--quiet'], { cwd: dir });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('content/actions/alpha/alpha-one.md');
    expect(quiet.stdout).not.toContain('goal-unserved');
    expect(quiet.stdout).toMatch(/1 error, 0 warnings/);
    const both = await runCli(['validate', '--quiet', '--strict'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/cannot be used with/);
  });

  test('plan build --quiet does not list warnings', async () => {
    const dir = await project();
    const loud = await runCli(['build', '--format', 'html'], { cwd: dir });
    expect(loud.stderr).toContain('link/goal-unserved');
    const quiet = await runCli(['build', '--format', 'html', '--quiet', '--no-color'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});

describe('--changed in a real git repository', async () => {
  const gitVersion = await run('git', ['--version']).catch(() => undefined);
  const git = async (cwd: string, ...args: string[]) => {
    const r = await run('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' },
    });
    if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };

  test.skipIf(gitVersion?.code !== 0)(
    'reports what the branch broke elsewhere, not an unrelated warning in an unchanged file',
    async () => {
      const dir = await project();
      await git(dir, 'init', '-q');
      await git(dir, 'config', 'user.name', 'Test');
      await git(dir, 'config', 'user.email', 'test@example.org');
      await git(dir, 'add', 'content');
      await git(dir, 'commit', '-qm', 'first');
      const first = await git(dir, 'rev-parse', 'HEAD');
      // Dropping a goal breaks the reference in actions/alpha.md, a file the commit does not touch.
      await edit(path.join(dir, 'content', 'goals', 'od-wonen.md'), (t) =>
        t.replace('statement: Wonen is betaalbaar.\n', 'statement: Wonen is betaalbaar.\ndropped: 2022\n'),
      );
      await git(dir, 'commit', '-qam', 'second');

      const all = await runCli(['validate'], { cwd: dir });
      expect(all.stdout).toContain('link/goal-unserved');
      const changed = await runCli(['validate', '--changed', '--base', first], { cwd: dir });
      expect(changed.code).toBe(0);
      expect(changed.stdout).toMatch(/content\/actions\/alpha\.md\n\s+10:9 warning .*link\/dropped-goal-referenced/);
      expect(changed.stdout).not.toContain('goal-unserved');
      expect(changed.stderr).toMatch(/^plan: --changed: 1 file changed since [0-9a-f]{40} \([0-9a-f]{12}\)/);

      // Untracked files count as changed; an error (a reference to an id that no longer exists) is always shown.
      await writeFile(path.join(dir, 'content', 'goals', 'od-new.md'), UNSERVED.replace('od-extra', 'od-new'));
      await edit(path.join(dir, 'content', 'goals', 'od-wonen.md'), (t) => t.replace('id: od-wonen\n', 'id: od-housing\n'));
      const worktree = await runCli(['validate', '--changed', '--base', first, '--reporter', 'json'], { cwd: dir });
      const found = (JSON.parse(worktree.stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics.map(
        (d) => `${d.code} ${d.file}`,
      );
      expect(found).toContain('link/goal-unserved content/goals/od-new.md');
      expect(found).toContain('link/unknown-reference content/actions/alpha.md');
      expect(found).not.toContain('link/goal-unserved content/goals/od-extra.md');
    },
  );

  test('without the base ref or outside a repository it reports everything and says so on one line', async () => {
    const dir = await project();
    const r = await runCli(['validate', '--changed', '--base', 'no-such-ref'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('link/goal-unserved');
    expect(r.stderr).toMatch(/^plan: --changed: .*; reporting every finding\.\n$/);
  });
});

describe('accepted findings (planwerk-baseline.json)', () => {
  test('round trip: accept, survive a line shift, report the entry as stale once fixed, prune', async () => {
    const dir = await project();
    const baselineFile = path.join(dir, 'planwerk-baseline.json');
    const update = await runCli(['validate', '--update-baseline'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/0 warnings \(1 accepted\)\.\n$/);
    const written = await readFile(baselineFile, 'utf8');
    const entries = (JSON.parse(written) as { accepted: Record<string, unknown>[] }).accepted;
    expect(entries).toEqual([
      {
        code: 'link/goal-unserved',
        file: 'content/goals/od-extra.md',
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        message: expect.stringContaining('od-extra'),
      },
    ]);
    // Stable: accepting the same findings again writes the same bytes.
    await runCli(['validate', '--update-baseline'], { cwd: dir });
    expect(await readFile(baselineFile, 'utf8')).toBe(written);

    const goal = path.join(dir, 'content', 'goals', 'od-extra.md');
    await edit(goal, (t) => t.replace('---\nkind: goal\n', '---\n# why this goal exists:\n# see the plan, page 12\nkind: goal\n'));
    const shifted = await runCli(['validate', '--strict', '--reporter', 'json'], { cwd: dir });
    expect(shifted.code).toBe(0);
    expect(JSON.parse(shifted.stdout).diagnostics).toEqual([]);
    // --no-baseline shows it, now two lines lower.
    const everything = await runCli(['validate', '--no-baseline'], { cwd: dir });
    expect(everything.stdout).toMatch(/5:5 warning .*link\/goal-unserved/);

    // Fixed: an action serves the goal now, so the entry matches nothing.
    await edit(path.join(dir, 'content', 'actions', 'alpha.md'), (t) =>
      t.replace('goals:\n', 'goals:\n  - id: od-extra\n    strength: contributes\n'),
    );
    const stale = await runCli(['validate', '--strict'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(
      /content\/goals\/od-extra\.md\n\s+warning planwerk-baseline\.json accepts a “link\/goal-unserved” finding .* baseline\/stale/,
    );
    const pruned = await runCli(['validate', '--prune-baseline', '--strict'], { cwd: dir });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain('removed 1 stale entry');
    expect((JSON.parse(await readFile(baselineFile, 'utf8')) as { accepted: unknown[] }).accepted).toEqual([]);
  });

  test('a new warning is reported; errors are never accepted', async () => {
    const dir = await project();
    await runCli(['validate', '--update-baseline'], { cwd: dir });
    await writeFile(path.join(dir, 'content', 'goals', 'od-new.md'), UNSERVED.replace('od-extra', 'od-new'));
    const fresh = await runCli(['validate', '--strict'], { cwd: dir });
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toContain('content/goals/od-new.md');
    expect(fresh.stdout).not.toContain('content/goals/od-extra.md');
    expect(fresh.stdout).toMatch(/1 warning \(1 accepted\)/);

    await edit(path.join(dir, 'content', 'actions', 'alpha', 'alpha-one.md'), (t) => t.replace('parent: alpha', 'parent: alhpa'));
    const withError = await runCli(['validate', '--update-baseline'], { cwd: dir });
    expect(withError.code).toBe(1);
    expect(withError.stderr).toMatch(/errors cannot be accepted, 1 still to fix/);
    const codes = (
      JSON.parse(await readFile(path.join(dir, 'planwerk-baseline.json'), 'utf8')) as { accepted: { code: string }[] }
    ).accepted.map((e) => e.code);
    expect(codes).not.toContain('link/unknown-reference');
    expect(codes).toHaveLength(2);
  });

  test('a broken baseline file stops the tool (exit 2)', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'planwerk-baseline.json'), '{"version": 7}');
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/planwerk-baseline\.json is not a planwerk baseline: unsupported version 7/);
  });

  test('the shipped content passes --strict with the shipped baseline', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    await mkdir(dir, { recursive: true });
    await cp(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    await cp(path.join(ROOT, 'planwerk-baseline.json'), path.join(dir, 'planwerk-baseline.json'));
    const strict = await runCli(['validate', '--strict'], { cwd: dir });
    expect(strict.code).toBe(0);
    expect(strict.stdout).toMatch(/0 errors, 0 warnings \(24 accepted\)/);
    expect((await runCli(['validate', '--strict', '--no-baseline'], { cwd: dir })).code).toBe(1);
  });
});
