/**
 * planwerk as an organisation uses it: packed, started with `npx --package <tarball> plan init` in a folder outside
 * this checkout, installed there with `npm install`, then every command through `npx plan` — validate, build (HTML
 * and PDF), new, new report, one dev request, an lsp initialize with diagnostics, and validate --changed in the
 * repository init made. Nothing runs from the checkout: the content repository has no path back to it.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT, type RunResult, run, tempDir } from '../helpers.js';
import { startLsp } from '../lsp-client.js';

const INSTALL = 240_000;
let home: string;
let tarball: string;
let repo: string;

/** A clean environment, as on a staff member's machine: no npm_* variables of the test run, English, no colour. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    LANG: 'C',
    NO_COLOR: '1',
    npm_config_cache: path.join(process.env.HOME ?? home, '.npm'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Staff',
    GIT_AUTHOR_EMAIL: 'staff@example.org',
    GIT_COMMITTER_NAME: 'Staff',
    GIT_COMMITTER_EMAIL: 'staff@example.org',
    ...extra,
  };
}

const npx = (args: string[], extra?: Record<string, string>): Promise<RunResult> =>
  run('npx', ['plan', ...args], { cwd: repo, env: env(extra) });
const git = async (...args: string[]): Promise<string> => {
  const r = await run('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: repo, env: env() });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
/** `text` with `from` replaced; throws when `from` is not there, so an edit can never silently do nothing. */
const replaced = (text: string, from: string, to: string): string => {
  if (!text.includes(from)) throw new Error(`no “${from}” in the text`);
  return text.replace(from, to);
};
const ok = (r: RunResult): RunResult => {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
};

beforeAll(async () => {
  home = await tempDir('planwerk-org-');
  // lib/ is compiled by the test run (pretest); the pack takes it as it is.
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', home], { env: env() });
  expect(packed.code, packed.stderr).toBe(0);
  tarball = path.join(home, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  // How an organisation starts: the package's own `plan`, fetched by npx, writes the repository.
  const init = await run(
    'npx',
    [
      '--yes',
      `--package=${tarball}`,
      'plan',
      'init',
      'org',
      '--organisation',
      'Buurtwerk Test',
      '--period',
      '2026-2030',
      '--planwerk',
      `file:${tarball}`,
    ],
    { cwd: home, env: env() },
  );
  expect(init.code, init.stderr).toBe(0);
  repo = path.join(home, 'org');
  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: repo, env: env() });
  expect(install.code, install.stderr).toBe(0);
}, INSTALL);

afterAll(async () => {
  if (home) await rm(home, { recursive: true, force: true });
});

describe('the package', () => {
  test('holds the compiled tool, the schemas and the style sheets: no sources, source maps, tests or tooling', async () => {
    const files = (await run('tar', ['-tzf', tarball])).stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/bin/plan.js');
    expect(files).toContain('package/lib/src/cli.js');
    expect(files).toContain('package/schemas/content.schema.json');
    expect(files).toContain('package/templates/style.css');
    expect(files.filter((f) => /\.(ts|map)$/.test(f) || /^package\/(src|test|scripts|content|docs)\//.test(f))).toEqual([]);
  });

  test('installs as a dev dependency with its runtime dependencies only, copied into the repository', () => {
    const modules = path.join(repo, 'node_modules');
    expect(lstatSync(path.join(modules, 'planwerk')).isSymbolicLink()).toBe(false);
    expect(existsSync(path.join(modules, '.bin', 'plan'))).toBe(true);
    for (const dev of ['typescript', 'vitest', '@biomejs', 'vnu-jar', '@microsoft', 'fast-check', 'axe-core'])
      expect(existsSync(path.join(modules, dev)), dev).toBe(false);
  });
});

describe('plan init', () => {
  test('writes a repository: package.json, .gitignore, editor settings, a workflow, a README, and git init', async () => {
    const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(pkg.devDependencies).toEqual({ planwerk: `file:${tarball}` });
    expect(pkg.private).toBe(true);
    expect(Object.keys(pkg.scripts!).sort()).toEqual(['build', 'check', 'dev', 'doctor', 'validate']);
    expect((await readFile(path.join(repo, '.gitignore'), 'utf8')).split('\n')).toEqual(expect.arrayContaining(['node_modules/', 'dist/']));
    expect(await git('symbolic-ref', '--short', 'HEAD')).toBe('main');
    // Every schema the editor settings name is in the installed package.
    const settings = JSON.parse(await readFile(path.join(repo, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string>;
    };
    const schemas = Object.keys(settings['yaml.schemas']);
    expect(schemas.length).toBeGreaterThan(5);
    for (const s of schemas) expect(existsSync(path.join(repo, s)), s).toBe(true);
    const workflow = parse(await readFile(path.join(repo, '.github', 'workflows', 'planwerk.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
    };
    expect(workflow.jobs.validate!.steps.map((s) => s.run ?? '').join('\n')).toContain('npx plan validate --reporter github --strict');
    expect(await readFile(path.join(repo, 'README.md'), 'utf8')).toContain('npx plan dev');
  });
});

describe('npx plan in the organisation’s repository', () => {
  test('doctor finds everything ready; validate, then build writes the documents as HTML and PDF', async () => {
    // Node, the installed planwerk, Chromium started, fonts, the content, the cache, git and the editor settings.
    const doctor = ok(await npx(['doctor']));
    expect(doctor.stdout).not.toMatch(/^(warning|problem)/m);
    expect(doctor.stdout).toContain(path.join(repo, 'node_modules', 'planwerk'));
    ok(await npx(['validate']));
    const build = ok(await npx(['build']));
    expect(build.stdout).toContain('dist/mjp-2026-2030.pdf');
    const dist = await readdir(path.join(repo, 'dist'));
    expect(dist).toEqual(expect.arrayContaining(['mjp-2026-2030.html', 'mjp-2026-2030.pdf', 'vr-2026.html', 'vr-2026.pdf', 'data.json']));
    const pdf = await readFile(path.join(repo, 'dist', 'vr-2026.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The installed planwerk ran: nothing points back to the checkout it was packed from.
    expect(await readFile(path.join(repo, 'dist', 'data.json'), 'utf8')).not.toContain(ROOT);
    // git ignores the build and the cache.
    expect(await git('status', '--porcelain', '--ignored', 'dist', 'node_modules')).toMatch(/^!! dist\/\n!! node_modules\/$/);
  }, 120_000);

  test('new writes an action, new report next year’s report, and the content stays valid', async () => {
    ok(await npx(['new', 'strategic-action', 'taalcafe', '--title', 'Taalcafé', '--goal', 'sd2-ontmoeting']));
    expect(existsSync(path.join(repo, 'content', 'actions', 'taalcafe.md'))).toBe(true);
    const report = ok(await npx(['new', 'report', '2027']));
    expect(report.stdout).toContain('content/reports/2027/report.md');
    const json = JSON.parse(ok(await npx(['validate', '--reporter', 'json'])).stdout) as { summary: { errors: number } };
    expect(json.summary.errors).toBe(0);
  }, 60_000);

  test('dev serves the documents', async () => {
    const child = spawn('npx', ['plan', 'dev', '--port', '0'], { cwd: repo, env: env(), detached: true });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`plan dev exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${base}/mjp-2026-2030.html`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Buurtwerk Test');
    } finally {
      // npx runs plan as its child: end the whole group.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  }, 60_000);

  test('lsp answers initialize and publishes a problem of an open file', async () => {
    const client = startLsp(repo, { command: ['npx', 'plan', 'lsp', '--stdio'], env: env() });
    const file = 'content/actions/woonloket.md';
    try {
      const init = await client.initialize();
      expect(init.capabilities).toHaveProperty('completionProvider');
      const text = replaced(await readFile(path.join(repo, file), 'utf8'), '{id: sd1-woonkwaliteit,', '{id: sd1-woonkwalitijt,');
      await client.open(file, text);
      const [d] = await client.diagnosticsOf(file, (list) => list.length > 0, { ms: 60_000 });
      expect(d!.code).toBe('link/unknown-reference');
      await client.connection.sendRequest('shutdown');
      await client.connection.sendNotification('exit');
    } finally {
      client.dispose();
    }
  }, 60_000);

  test('validate --changed reports what a branch changed, in the repository init made', async () => {
    await git('add', '-A');
    await git('commit', '-qm', 'Start');
    await git('switch', '-qc', 'edit');
    const file = path.join(repo, 'content', 'actions', 'buurtpunt.md');
    await writeFile(file, replaced(await readFile(file, 'utf8'), '{id: sd2-ontmoeting,', '{id: sd2-ontmoetingen,'));
    await git('commit', '-qam', 'Typo');
    const r = await npx(['validate', '--changed', '--base', 'main']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('content/actions/buurtpunt.md');
    expect(r.stdout).toContain('link/unknown-reference');
  }, 60_000);

  test('diff lists a reworded action and writes its redline into diff/, which git ignores', async () => {
    await git('switch', '-qc', 'review', 'main');
    const file = path.join(repo, 'content', 'actions', 'buurtpunt.md');
    const text = await readFile(file, 'utf8');
    const title = /^title: .*$/m.exec(text)![0];
    await writeFile(file, replaced(text, title, 'title: "Buurtpunt in de wijk"'));
    const r = await npx(['diff', '--base', 'main', '--reporter', 'markdown']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('buurtpunt');
    expect(r.stdout).toContain('Buurtpunt in de wijk');
    expect((await readdir(path.join(repo, 'diff'))).filter((f) => f.endsWith('.redline.html')).length).toBeGreaterThan(0);
    expect((await git('status', '--porcelain')).trim()).toBe('M content/actions/buurtpunt.md');
  }, 60_000);
});
