/** plan doctor, spawned as a user runs it: one line per check, the fix when not ok, exit 1 on a problem. */
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CHECK_IDS } from '../../src/doctor/types.js';
import { findBrowser } from '../../src/pdf/browser.js';
import { VERSION } from '../../src/version.js';
import { FIXTURES, ROOT, run, runCli, tempDir } from '../helpers.js';

/** The machine's Chromium, as the PDF tests find it. */
const CHROMIUM = findBrowser(process.env);
const MISSING = '/nonexistent/chromium';

const made: string[] = [];
/** A project folder holding the base fixture's content (one plan, no errors), outside any repository. */
async function project(): Promise<string> {
  const dir = await tempDir('planwerk-doctor-');
  made.push(dir);
  await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
  return dir;
}
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

interface Check {
  id: string;
  status: 'ok' | 'warning' | 'problem';
  label: string;
  message: string;
  fix: string | null;
  facts: Record<string, unknown>;
}
interface Report {
  planwerk: string;
  lang: string;
  status: string;
  exitCode: number;
  counts: Record<string, number>;
  checks: Check[];
}

async function doctorJson(cwd: string, env: Record<string, string>, args: string[] = []) {
  const r = await runCli(['doctor', '--reporter', 'json', ...args], { cwd, env });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as Report;
  const check = (id: string) => report.checks.find((c) => c.id === id)!;
  return { code: r.code, report, check };
}

const filesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe('plan doctor', () => {
  test('a ready project: Chromium found and started, the content’s one plan, exit 0; it leaves the folder as it was', async () => {
    const dir = await project();
    const before = await filesUnder(dir);
    const { code, report, check } = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM });
    expect(report.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(check('chromium')).toMatchObject({ status: 'ok', fix: null, facts: { found: true, started: true, path: CHROMIUM } });
    expect(check('chromium').facts.version).toMatch(/\/\d+\./);
    expect(check('content')).toMatchObject({ status: 'ok', facts: { plans: 1, plan: 'plan', locale: 'nl-BE', files: 8, errors: 0 } });
    expect(check('fonts')).toMatchObject({ status: 'ok', facts: { lang: 'nl', checked: true, font: 'Liberation Sans' } });
    expect(check('node')).toMatchObject({ status: 'ok', facts: { version: process.versions.node, minimum: '20.19' } });
    expect(check('cache')).toMatchObject({ status: 'ok', facts: { exists: false, writable: true } });
    // Not a repository and no editor settings: warnings, each with what to do.
    expect(check('git')).toMatchObject({ status: 'warning', facts: { installed: true, repository: null } });
    expect(check('git').fix).toContain('git init');
    expect(check('editor').status).toBe('warning');
    expect(check('editor').fix).toContain(
      `{ "yaml.schemas": { "${path.join(ROOT, 'schemas', 'content.schema.json')}": ["/content/**/*.yaml"] } }`,
    );
    expect(check('editor').fix).toContain('"recommendations": ["redhat.vscode-yaml"]');
    expect(report).toMatchObject({ status: 'warning', exitCode: 0, counts: { ok: 6, warning: 2, problem: 0 } });
    expect(code).toBe(0);
    // No cache folder, no node_modules/, no probe: doctor wrote nothing here.
    expect(await filesUnder(dir)).toEqual(before);

    const pretty = await runCli(['doctor'], { cwd: dir, env: { PUPPETEER_EXECUTABLE_PATH: CHROMIUM } });
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toMatch(/^ok {7}Chromium {2}Chrome\/\S+ started and closed \(.+, from PUPPETEER_EXECUTABLE_PATH\)$/m);
    expect(pretty.stdout).toMatch(/^ok {7}content {3}content\/: plan plan \(nl-BE\), 8 files, no errors$/m);
    expect(pretty.stdout).toMatch(/^warning {2}git {7}.*\n {19}→ Run `git init` in /m);
    expect(pretty.stdout.trimEnd().split('\n').at(-1)).toBe('2 warnings: planwerk works; the warnings say what would help.');
  });

  test('an explicit Chromium path that does not exist is a problem with the fix, not a fall-back to the system’s', async () => {
    const dir = await project();
    const r = await runCli(['doctor'], { cwd: dir, env: { PUPPETEER_EXECUTABLE_PATH: MISSING } });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => /^problem {2}Chromium/.test(l));
    expect(lines[at]).toBe(
      `problem  Chromium  PUPPETEER_EXECUTABLE_PATH=${MISSING}: not an executable file; a browser named there is used or none, so no PDF can be printed`,
    );
    expect(lines[at + 1]).toMatch(/^ {19}→ Point PUPPETEER_EXECUTABLE_PATH at an installed Chrome or Chromium, or unset it/);
    expect(lines[at + 1]).toContain('`apt-get install chromium`');
    expect(lines[at + 1]).toContain('`plan build --format html` builds everything but the PDFs');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 problem and 2 warnings: fix the problems first.');

    const { code, check } = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING });
    expect(code).toBe(1);
    expect(check('chromium')).toMatchObject({
      status: 'problem',
      facts: { found: false, started: false, source: 'PUPPETEER_EXECUTABLE_PATH' },
    });
  });

  test('a browser that is found but does not start is a problem; one passed over for CHROME_PATH is a warning', async () => {
    const dir = await project();
    const fake = path.join(dir, 'broken-chromium');
    await writeFile(fake, '#!/bin/sh\necho "cannot open display" >&2\nexit 1\n');
    await chmod(fake, 0o755);
    const broken = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: fake });
    expect(broken.code).toBe(1);
    expect(broken.check('chromium')).toMatchObject({ status: 'problem', facts: { found: true, started: false, path: fake } });
    expect(broken.check('chromium').message).toMatch(/^found but did not start: could not start the browser /);
    expect(broken.check('chromium').fix).toContain(`\`${fake} --headless --version\``);

    const passed = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING, CHROME_PATH: CHROMIUM });
    expect(passed.check('chromium')).toMatchObject({ status: 'warning', facts: { started: true, source: 'CHROME_PATH' } });
    expect(passed.check('chromium').message).toContain(`PUPPETEER_EXECUTABLE_PATH=${MISSING}: not an executable file; using ${CHROMIUM}`);
    expect(passed.code).toBe(0);
  });

  test('a content folder without a plan is a problem; so is none at all', async () => {
    const dir = await project();
    await rm(path.join(dir, 'content', 'plan.md'));
    const { code, check } = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM });
    expect(code).toBe(1);
    expect(check('content')).toMatchObject({ status: 'problem', facts: { exists: true, plans: 0, plan: null, files: 7 } });
    expect(check('content').message).toBe('content/ holds no plan (7 files read): every document belongs to a plan');
    expect(check('content').fix).toContain('`plan new plan <id>`');
    // Without a plan the documents' language is not known: the fonts are checked for the default, Dutch.
    expect(check('fonts').facts.lang).toBe('nl');

    const none = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM }, ['-c', 'elsewhere']);
    expect(none.code).toBe(1);
    expect(none.check('content')).toMatchObject({
      status: 'problem',
      message: 'no content folder at elsewhere/',
      facts: { exists: false },
    });
    expect(none.check('content').fix).toContain('`-c DIR`');
  });

  test('content with errors is a warning that says to run plan validate (not a crash); two plans are a problem', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'content', 'goals', 'broken.md'), '---\nkind: goal\nid: broken\nlevel: sideways\n---\n');
    const { code, check } = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM });
    expect(check('content').status).toBe('warning');
    expect(check('content').facts).toMatchObject({ plans: 1, files: 9 });
    expect(check('content').facts.errors).toBeGreaterThan(0);
    expect(check('content').fix).toBe('Run `plan validate`: it shows every error at its file, line and column, with what to do.');
    expect(code).toBe(0);

    await rm(path.join(dir, 'content', 'goals', 'broken.md'));
    const plan = await readFile(path.join(dir, 'content', 'plan.md'), 'utf8');
    await mkdir(path.join(dir, 'other'));
    await cp(path.join(dir, 'content'), path.join(dir, 'other', 'content'), { recursive: true });
    await writeFile(path.join(dir, 'other', 'content', 'plan-2.md'), plan.replace('id: plan', 'id: plan-2'));
    const two = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING }, ['--content', 'other/content']);
    expect(two.check('content')).toMatchObject({ status: 'problem', facts: { plans: 2 } });
    // In the order of their files (plan-2.md before plan.md), as plan validate reports them.
    expect(two.check('content').message).toBe('other/content/ holds 2 plans (plan-2 and plan); a content folder holds exactly one');
    expect(two.check('content').fix).toContain('`plan validate -c other/content`');
  });

  test('Dutch with --lang nl, and from LANG=nl_*', async () => {
    const dir = await project();
    const r = await runCli(['doctor', '--lang', 'nl'], { cwd: dir, env: { PUPPETEER_EXECUTABLE_PATH: MISSING } });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`planwerk ${VERSION}: controle van deze computer en dit project`);
    expect(r.stdout).toContain(
      `probleem      Chromium     PUPPETEER_EXECUTABLE_PATH=${MISSING}: geen uitvoerbaar bestand; een browser die daar opgegeven is, wordt gebruikt of geen, dus er kan geen PDF afgedrukt worden\n`,
    );
    expect(r.stdout).toMatch(/\n {27}→ Laat PUPPETEER_EXECUTABLE_PATH verwijzen naar een geïnstalleerde Chrome of Chromium/);
    expect(r.stdout).toMatch(/^ok {12}inhoud {7}content\/: plan plan \(nl-BE\), 8 bestanden, geen fouten$/m);
    expect(r.stdout).toMatch(/^waarschuwing {2}git {10}/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 probleem en 2 waarschuwingen: los eerst de problemen op.');
    expect(r.stdout).not.toMatch(/\b(not|problem|warning|the)\b/);

    const json = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING, LANG: 'nl_BE.UTF-8' });
    expect(json.report.lang).toBe('nl');
    expect(json.check('content').label).toBe('inhoud');
  });

  test('fonts: without the fonts the print styles ask for, a warning that names the packages; a branding font too', async () => {
    const dir = await project();
    const conf = path.join(dir, 'no-fonts.conf');
    await writeFile(conf, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
    const bare = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING, FONTCONFIG_FILE: conf });
    expect(bare.check('fonts')).toMatchObject({ status: 'warning', facts: { lang: 'nl', checked: true, font: null } });
    expect(bare.check('fonts').message).toBe(
      'none of the fonts the print styles ask for (Liberation Sans, DejaVu Sans and Arial) covers nl: Chromium picks another, and the PDFs look different',
    );
    expect(bare.check('fonts').fix).toContain('`apt-get install fonts-liberation2 fonts-dejavu-core`');

    const planFile = path.join(dir, 'content', 'plan.md');
    const plan = await readFile(planFile, 'utf8');
    await writeFile(planFile, plan.replace('locale: nl-BE', 'locale: en\nbranding:\n  fonts:\n    body:\n      family: Nowhere Sans'));
    const branded = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING });
    expect(branded.check('content').facts).toMatchObject({ locale: 'en', errors: 0 });
    expect(branded.check('fonts')).toMatchObject({
      status: 'warning',
      facts: { lang: 'en', missingBranding: 'Nowhere Sans', font: 'Liberation Sans' },
    });
    expect(branded.check('fonts').message).toContain(
      '“Nowhere Sans” is not installed for en and has no `file`: the PDFs use Liberation Sans instead',
    );
  });

  test('cache: a probe inside the folder, removed; what is there is left alone; a file in its place is a warning', async () => {
    const dir = await project();
    const cache = path.join(dir, 'node_modules', '.cache', 'planwerk');
    await mkdir(cache, { recursive: true });
    await writeFile(path.join(cache, 'keep.txt'), 'not planwerk’s\n');
    const { check } = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING });
    expect(check('cache')).toMatchObject({
      status: 'ok',
      message: 'node_modules/.cache/planwerk/ is writable',
      facts: { exists: true, writable: true },
    });
    const after = await filesUnder(cache);
    expect(after).toContain('keep.txt');
    expect(after.filter((f) => f.endsWith('.probe'))).toEqual([]);
    expect(await readFile(path.join(cache, 'keep.txt'), 'utf8')).toBe('not planwerk’s\n');

    await rm(cache, { recursive: true });
    await writeFile(cache, '');
    const blocked = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING });
    expect(blocked.check('cache')).toMatchObject({ status: 'warning', facts: { exists: false, writable: false } });
    expect(blocked.check('cache').message).toBe(
      'node_modules/.cache/planwerk is not a folder, so nothing is cached and every run starts cold',
    );
    expect(existsSync(cache)).toBe(true);
  });

  test('git repository and editor settings (comments allowed) make those lines ok; a schema that is not there is named', async () => {
    const dir = await project();
    const git = await run('git', ['init', '-q'], { cwd: dir });
    expect(git.code).toBe(0);
    await mkdir(path.join(dir, '.vscode'));
    const schema = path.join(ROOT, 'schemas', 'content.schema.json');
    await writeFile(
      path.join(dir, '.vscode', 'settings.json'),
      `{\n  // planwerk's schemas\n  "yaml.schemas": { "${schema}": ["/content/**/*.yaml"], "./schemas/staffing.schema.json": "x", },\n  /* the rest */\n}\n`,
    );
    await writeFile(path.join(dir, '.vscode', 'extensions.json'), '{ "recommendations": ["redhat.vscode-yaml"] }\n');
    const stale = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING });
    expect(stale.check('git')).toMatchObject({ status: 'ok', fix: null });
    expect(stale.check('git').facts.repository).toBeTruthy();
    expect(stale.check('editor')).toMatchObject({ status: 'warning', facts: { settings: true, schemas: 2, extension: true } });
    expect(stale.check('editor').message).toBe('"yaml.schemas" maps ./schemas/staffing.schema.json, which does not exist');

    await writeFile(path.join(dir, '.vscode', 'settings.json'), `{ "yaml.schemas": { "${schema}": ["/content/**/*.yaml"] } }\n`);
    const ready = await doctorJson(dir, { PUPPETEER_EXECUTABLE_PATH: MISSING });
    expect(ready.check('editor')).toMatchObject({
      status: 'ok',
      fix: null,
      message: '.vscode/settings.json maps 1 planwerk schema; .vscode/extensions.json recommends redhat.vscode-yaml',
    });
  });
});
