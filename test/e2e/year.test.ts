/** The organisation's year: plan init, plan new <kind> <id>, plan new report <year>, and the guide that shows them. */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { planReport } from '../../src/commands/report-plan.js';
import { starterFiles } from '../../src/commands/starter/files.js';
import { yamlText } from '../../src/commands/yaml-text.js';
import { parseMarkdown } from '../../src/core/markdown-tree.js';
import { compile } from '../../src/core/pipeline.js';
import { KINDS } from '../../src/core/schema/kinds.js';
import { ROOT, run, runCli, tempDir } from '../helpers.js';

const made: string[] = [];
const temp = async () => {
  const d = await tempDir('planwerk-year-');
  made.push(d);
  return d;
};
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

interface Json {
  summary: { errors: number; warnings: number };
  diagnostics: { code: string; severity: string; file: string }[];
}
const validateJson = async (cwd: string, content = 'content'): Promise<Json & { code: number | null }> => {
  const r = await runCli(['validate', '--content', content, '--reporter', 'json'], { cwd });
  return { code: r.code, ...(JSON.parse(r.stdout) as Json) };
};
const listFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();

async function initProject(args: string[] = []): Promise<string> {
  const parent = await temp();
  const r = await runCli(['init', 'org', '--period', '2026-2030', ...args], { cwd: parent });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return path.join(parent, 'org');
}

describe('plan init', () => {
  for (const locale of ['nl-BE', 'en']) {
    test(`writes a starter (${locale}) that validates with 0 errors, warnings only about its placeholders, and builds HTML`, async () => {
      const dir = await initProject(['--locale', locale, '--organisation', 'Wijkhuis Test']);
      expect(existsSync(path.join(dir, 'README.md'))).toBe(true);
      const v = await validateJson(dir);
      expect(v.summary.errors).toBe(0);
      // The starter's texts are there to be replaced (test/e2e/placeholders.test.ts); the organisation's name was given.
      expect(new Set(v.diagnostics.map((d) => d.code))).toEqual(new Set(['link/starter-text', 'report/nothing-stated']));
      expect(v.code).toBe(0);
      const plan = await readFile(path.join(dir, 'content/plan.md'), 'utf8');
      expect(plan).toContain('name: Wijkhuis Test');
      expect(plan).toContain(`locale: ${locale}`);
      const b = await runCli(['build', '--format', 'html'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
      expect(b.code).toBe(0);
      const report = locale === 'en' ? 'report-2026.html' : 'vr-2026.html';
      const planHtml = locale === 'en' ? 'plan-2026-2030.html' : 'mjp-2026-2030.html';
      expect(b.stdout.split('\n')).toEqual(expect.arrayContaining([`dist/${planHtml}`, `dist/${report}`]));
      expect(await readFile(path.join(dir, 'dist', report), 'utf8')).toContain('Wijkhuis Test');
    });
  }

  test('plan build writes the PDFs of the starter', { timeout: 180_000 }, async () => {
    const dir = await initProject();
    const b = await runCli(['build'], { cwd: dir, env: { PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' } });
    expect(b.code).toBe(0);
    for (const pdf of ['mjp-2026-2030.pdf', 'vr-2026.pdf'])
      expect((await readFile(path.join(dir, 'dist', pdf))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('refuses a folder with someone’s work in it (exit 1, nothing written)', async () => {
    const parent = await temp();
    await mkdir(path.join(parent, 'busy/content'), { recursive: true });
    await writeFile(path.join(parent, 'busy/content/plan.md'), 'mine\n');
    const r = await runCli(['init', 'busy'], { cwd: parent });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/busy already holds content; choose a new or empty folder/);
    expect(await listFiles(path.join(parent, 'busy'))).toEqual([path.join(parent, 'busy/content/plan.md')]);
    // A package.json is someone's project: refused too, though it is a file init would write.
    await mkdir(path.join(parent, 'node-project'));
    await writeFile(path.join(parent, 'node-project/package.json'), '{}\n');
    expect((await runCli(['init', 'node-project'], { cwd: parent })).code).toBe(1);
    expect(await readFile(path.join(parent, 'node-project/package.json'), 'utf8')).toBe('{}\n');
  });

  test('accepts a repository just cloned from GitHub: keeps its README and .gitignore, makes no second repository', async () => {
    const parent = await temp();
    const fresh = path.join(parent, 'fresh');
    await mkdir(fresh);
    const git = await run('git', ['init', '-q', fresh]).catch(() => undefined);
    if (git?.code !== 0) await mkdir(path.join(fresh, '.git'));
    await writeFile(path.join(fresh, 'README.md'), '# Ours\n');
    await writeFile(path.join(fresh, '.gitignore'), '*.tmp\n');
    await writeFile(path.join(fresh, 'LICENSE'), 'MIT\n');
    const r = await runCli(['init', 'fresh', '--period', '2026-2030'], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('fresh/README.md (kept as it was)');
    expect(r.stdout).toContain('fresh/.gitignore (kept as it was)');
    expect(await readFile(path.join(fresh, 'README.md'), 'utf8')).toBe('# Ours\n');
    expect(await readFile(path.join(fresh, '.gitignore'), 'utf8')).toBe('*.tmp\n');
    expect(existsSync(path.join(fresh, 'package.json'))).toBe(true);
    if (git?.code === 0) expect(r.stdout).toMatch(/Already inside the git repository .*fresh: no git init/);
  });

  test('--no-git makes no repository; --planwerk writes the dependency spec', async () => {
    const parent = await temp();
    const r = await runCli(['init', 'x', '--period', '2026-2030', '--no-git', '--planwerk', 'file:../planwerk.tgz'], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('No git init (--no-git).');
    expect(existsSync(path.join(parent, 'x', '.git'))).toBe(false);
    const pkg = JSON.parse(await readFile(path.join(parent, 'x', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies).toEqual({ planwerk: 'file:../planwerk.tgz' });
  });

  test('a malformed --period writes nothing', async () => {
    const parent = await temp();
    const r = await runCli(['init', 'x', '--period', '2030-2026'], { cwd: parent });
    expect(r.code).toBe(2);
    expect(existsSync(path.join(parent, 'x'))).toBe(false);
  });

  test('the starter is the same for the same answers', () => {
    const o = { organisation: 'A', start: 2026, end: 2030, locale: 'nl-BE' as const };
    expect(starterFiles(o)).toEqual(starterFiles(o));
    expect(starterFiles(o).map((f) => f.path)).toContain('content/actions/buurtpunt/buurtpunt-noord.md');
  });
});

/** Arguments of `plan new` per kind, on the starter (nl-BE). Order matters: progress needs the action before it. */
const NEW_ARGS: Record<string, string[]> = {
  goal: ['goal', 'sd1-huurrecht', '--parent', 'sd1', '--theme', 'wonen', '--title', 'Huurrecht'],
  'strategic-action': ['strategic-action', 'huurdersbond', '--goal', 'sd1-huurrecht', '--title', 'Huurdersbond', '--start', '2027'],
  'transversal-action': ['transversal-action', 'gezondheid', '--goal', 'sd2-ontmoeting', '--title', 'Gezondheid'],
  'internal-action': ['internal-action', 'vorming-team', '--goal', 'sd2', '--title', 'Vorming'],
  'sub-project': ['sub-project', 'buurtpunt-zuid', '--parent', 'buurtpunt', '--title', 'Buurtpunt Zuid', '--start', '2027-03'],
  region: ['region', 'zuidrand', '--parent', 'voorbeeldstreek', '--title', 'Zuidrand'],
  municipalities: ['municipalities', 'gemeenten'],
  source: ['source', 'armoedebarometer', '--title', 'Armoedebarometer', '--year', '2025'],
  chapter: ['chapter', 'omgevingsanalyse', '--title', 'Omgevingsanalyse'],
  'priority-theme': ['priority-theme', 'pt-wonen', '--source', 'armoedebarometer', '--title', 'Wonen'],
  statistics: ['statistics', 'cijfers-2025', '--title', 'Cijfers'],
  staffing: ['staffing', 'personeel', '--title', 'Personeelsinzet'],
  'extension-request': ['extension-request', 'uitbreiding', '--title', 'Uitbreidingsvraag'],
  budget: ['budget', 'begroting', '--title', 'Begroting'],
  targets: ['targets', 'streefwaarden'],
  divergences: ['divergences', 'afwijkingen'],
  progress: ['progress', 'vr-2026-huurdersbond', '--project', 'huurdersbond', '--year', '2026'],
  signal: ['signal', 'vr-2026-signaal', '--title', 'Te weinig sociale woningen', '--theme', 'wonen'],
  change: ['change', 'vr-2026-nieuw', '--type', 'action-added', '--project', 'huurdersbond', '--title', 'Huurdersbond toegevoegd'],
  evaluation: ['evaluation', 'vr-2026-eval-wonen', '--theme', 'wonen'],
  partnerships: ['partnerships', 'vr-2026-partners', '--title', 'Samenwerkingsverbanden'],
  report: ['report', '2027'],
};

describe('plan new', () => {
  test('writes a file for every kind; each validates, warning only about its placeholders', { timeout: 300_000 }, async () => {
    expect(Object.keys(NEW_ARGS).sort()).toEqual(KINDS.filter((k) => k !== 'plan').sort());
    const dir = await initProject();
    const written: string[] = [];
    for (const args of Object.values(NEW_ARGS)) {
      const r = await runCli(['new', ...args], { cwd: dir });
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code).toBe(0);
      const first = r.stdout.split('\n')[0]!;
      expect(existsSync(path.join(dir, first))).toBe(true);
      written.push(first);
    }
    const v = await validateJson(dir);
    expect(v.summary.errors).toBe(0);
    expect(v.code).toBe(0);
    for (const d of v.diagnostics.filter((x) => x.severity === 'warning'))
      expect(`${d.code} ${d.file}`).toMatch(/^(link\/placeholder|link\/starter-text|report\/nothing-stated) /);
    // Every scaffold that could not know its title or body says so.
    expect(v.diagnostics.filter((d) => d.file === 'content/municipalities.yaml')).toEqual([]);
    expect(v.diagnostics.some((d) => d.file === 'content/goals/sd1-huurrecht.md' && d.code === 'link/placeholder')).toBe(true);
  });

  test('plan new plan writes a plan where there is none', { timeout: 120_000 }, async () => {
    const dir = await initProject();
    await rm(path.join(dir, 'content/plan.md'));
    const r = await runCli(
      [
        'new',
        'plan',
        'mjp-nieuw',
        '--period',
        '2026-2030',
        '--theme',
        'wonen',
        '--goal',
        'sd1',
        '--title',
        'Plan',
        '--organisation',
        'Org',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const v = await validateJson(dir);
    const own = v.diagnostics.filter((d) => d.file === 'content/plan.md');
    expect(own.map((d) => d.code)).toEqual(['link/placeholder', 'link/placeholder']); // the theme's title and the body
  });

  test('--dry-run prints the file and writes nothing', async () => {
    const dir = await initProject();
    const r = await runCli(['new', 'goal', 'sd3', '--title', 'Derde doel', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '# content/goals/sd3.md\n---\nkind: goal\nid: sd3\nlevel: strategic\ntitle: Derde doel\nstatement: TODO\n---\n\nTODO: schrijf hier de tekst.\n',
    );
    expect(existsSync(path.join(dir, 'content/goals/sd3.md'))).toBe(false);
  });

  const refusals: [string, string[], RegExp][] = [
    [
      'an id that is taken',
      ['goal', 'sd1-woonkwaliteit', '--parent', 'sd1'],
      /id “sd1-woonkwaliteit” is taken by content\/goals\/sd1-woonkwaliteit\.md/,
    ],
    ['an unknown parent', ['sub-project', 'x', '--parent', 'buurtpunnt'], /no action has the id “buurtpunnt”\. Did you mean “buurtpunt”\?/],
    ['an unknown kind', ['sub-projct', 'x'], /no kind “sub-projct” \(did you mean “sub-project”\?\); the kinds are: budget, change, /],
    ['a missing reference flag', ['strategic-action', 'x'], /needs --goal <id> naming a goal/],
    ['an existing file', ['staffing', 'tweede'], /content\/staffing\.yaml already exists/],
    ['a report year that exists', ['report', '2026'], /already a report for 2026: content\/reports\/2026\/report\.md/],
    ['a report year outside the plan', ['report', '2031'], /2031 is outside the plan period 2026-2030/],
  ];
  test.each(refusals)('refuses %s: exit 1, a clear message, nothing written', async (_what, args, message) => {
    const dir = await initProject();
    await runCli(['new', 'staffing', 'personeel'], { cwd: dir });
    const before = await listFiles(dir);
    const r = await runCli(['new', ...args], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/nothing written/);
    expect(await listFiles(dir)).toEqual(before);
  });
});

describe('plan new report on the shipped content', () => {
  test('2022: validates with the warnings that were there, builds vr-2022, and leaves the 2021 report byte-identical', {
    timeout: 120_000,
  }, async () => {
    const dir = await temp();
    await cp(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const before = await validateJson(dir);
    expect((await runCli(['build', '--format', 'html', '--out', 'before'], { cwd: dir, env })).code).toBe(0);

    const r = await runCli(['new', 'report', '2022'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote the 2022 report and \d+ progress entries/);
    expect(r.stdout).toMatch(/ons-centrum-leopoldsburg: its timing ends 2021-03-31/);
    expect(r.stdout).toMatch(/steenveld-beringen: continued by steenveld-en-waterstraat-beringen/);
    const entry = await readFile(path.join(dir, 'content/reports/2022/progress/cafe-anoniem.md'), 'utf8');
    expect(entry).toContain('id: vr-2022-cafe-anoniem\nproject: cafe-anoniem\nyear: 2022\ntheme: sociale-bescherming\nnumber: "3.2.4"\n');
    expect(entry).toContain(
      'ratings: {cooperation: not-stated, politicalResults: not-stated, participation: not-stated}\nstatus: not-stated\n',
    );
    expect(entry).not.toMatch(/measures|planning|dossiers/);

    const after = await validateJson(dir);
    expect(after.code).toBe(0);
    expect(after.summary.errors).toBe(0);
    // One new warning: the new report states nothing yet.
    expect(after.summary.warnings).toBe(before.summary.warnings + 1);
    const isNew = (d: Json['diagnostics'][number]) => !before.diagnostics.some((b) => b.code === d.code && b.file === d.file);
    expect(after.diagnostics.filter((d) => d.severity === 'warning' && isNew(d))).toEqual([
      expect.objectContaining({ code: 'report/nothing-stated', file: 'content/reports/2022/report.md' }),
    ]);
    const b = await runCli(['build', '--format', 'html', '--out', 'after'], { cwd: dir, env });
    expect(b.code).toBe(0);
    expect(existsSync(path.join(dir, 'after/vr-2022.html'))).toBe(true);
    expect(await readFile(path.join(dir, 'after/vr-2021.html'))).toEqual(await readFile(path.join(dir, 'before/vr-2021.html')));
  });

  test('the plan of a report is pure: the same content gives the same files', async () => {
    const { loadContent } = await import('../../src/io/load.js');
    const ctx = compile(await loadContent(path.join(ROOT, 'content'), ROOT), parseMarkdown).context;
    const a = planReport(ctx, 2023);
    expect(a).toEqual(planReport(ctx, 2023));
    expect(a.ok && a.plan.files[0]!.path).toBe('reports/2023/report.md');
    expect(planReport(ctx, 2021)).toEqual({ ok: false, message: 'there is already a report for 2021: content/reports/2021/report.md' });
  });
});

describe('generated YAML', () => {
  test('keeps the key order, writes short structures in flow style and quotes what would read as something else', () => {
    expect(yamlText({ kind: 'x', id: 'a', number: '3.10', year: '2021', timing: { start: '2021-09', end: 'open' }, title: 'a: b' })).toBe(
      'kind: x\nid: a\nnumber: "3.10"\nyear: "2021"\ntiming: {start: 2021-09, end: open}\ntitle: "a: b"\n',
    );
  });
});

describe('docs/your-organisations-year.md', () => {
  test('every `npx plan …` command of the guide runs, in order, in a fresh folder (cd included)', { timeout: 180_000 }, async () => {
    const guide = await readFile(path.join(ROOT, 'docs/your-organisations-year.md'), 'utf8');
    const lines = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)]
      .map((m) => m[1]!.trim().split('\n'))
      .filter((block) => /^npx plan(werk)? /.test(block[0]!))
      .flat()
      .map((l) => l.replace(/\s+#.*$/, '').trim());
    expect(lines.filter((l) => l.startsWith('npx plan')).length).toBeGreaterThan(5);
    const dir = await temp();
    let cwd = dir;
    for (const line of lines) {
      if (line.startsWith('cd ')) cwd = path.join(cwd, line.slice(3));
      else if (line === 'npm install')
        continue; // the installed package: test/e2e/package.test.ts
      else {
        expect(line).toMatch(/^npx plan(werk)? /);
        // Split like a shell would for these commands: words, and double-quoted phrases.
        const words = [...line.replace(/^npx plan(werk)? /, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
        const r = await runCli(words, { cwd, env: { SOURCE_DATE_EPOCH: '1700000000' } });
        expect(r.code, `${line}\n${r.stdout}\n${r.stderr}`).toBe(0);
      }
    }
    expect(existsSync(path.join(dir, 'buurtwerk/content/reports/2027/progress/huurdersbond.md'))).toBe(true);
  });
});
