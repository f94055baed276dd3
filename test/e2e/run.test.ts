/**
 * The build around the core: where diagnostics say files are, output names the file system cannot hold, a file
 * system that refuses the output, and two builds into one folder at once. Each spawns the real CLI.
 */
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planOutputs } from '../../src/core/outputs.js';
import { BASE_HTML_BUILD, BIN, FIXTURES, type RunResult, runCli, tempDir } from '../helpers.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
let root: string;
let project: string;

beforeAll(async () => {
  root = await tempDir('planwerk-run-');
  project = path.join(root, 'project');
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(project, 'content'), { recursive: true });
  // A content error, so that the diagnostics are not empty.
  await writeFile(path.join(project, 'content', 'goals', 'broken.md'), '---\nkind: goal\nid: broken\nlevel: [strategic\n---\n');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Files and folders beside the output that a build must never leave behind. */
const leftovers = async (dir: string) => (await readdir(dir)).filter((f) => f.includes('.staging-') || f.includes('.old-'));

describe('file in diagnostics is relative to the content folder’s parent', () => {
  test('the same JSON from the project and from another folder', async () => {
    const here = await runCli(['validate', '--reporter', 'json'], { cwd: project });
    const other = path.join(root, 'elsewhere');
    await mkdir(other, { recursive: true });
    const there = await runCli(['validate', '--reporter', 'json', '--content', '../project/content'], { cwd: other });
    expect(here.code).toBe(1);
    expect(there.code).toBe(1);
    expect(there.stdout).toBe(here.stdout);
    const files = (JSON.parse(here.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file);
    expect(files).toContain('content/goals/broken.md');
  });

  test('export says the same from anywhere', async () => {
    const here = await runCli(['export'], { cwd: project });
    const there = await runCli(['export', '--content', path.join(project, 'content')], { cwd: root });
    expect(there.stdout).toBe(here.stdout);
  });
});

describe('planned outputs', () => {
  test('a report id too long for a file name: a diagnostic at the id, nothing written, no stack', async () => {
    const dir = await tempDir('planwerk-run-long-');
    await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
    const report = path.join(dir, 'content', 'reports', '2021', 'report.md');
    const id = `vr-2021-${'x'.repeat(500)}`;
    await writeFile(report, (await readFile(report, 'utf8')).replace('id: vr-2021\n', `id: ${id}\n`));
    const r = await runCli(['build', '--format', 'html'], { cwd: dir, env: EPOCH });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('output/name-too-long');
    expect(r.stderr).toMatch(/content\/reports\/2021\/report\.md[\s\S]*3:5 error/);
    expect(r.stderr).toContain('nothing written');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.match(/output\/name-too-long/g)).toHaveLength(1);
    expect((await readdir(dir)).filter((f) => f !== 'node_modules').sort()).toEqual(['content']); // node_modules: the cache
    await rm(dir, { recursive: true, force: true });
  });

  test('two outputs with one path (also when only case differs): a diagnostic with both origins, not a crash', () => {
    const a = { file: 'content/plan.md', line: 3, column: 5 };
    const b = { file: 'content/reports/2021/report.md', line: 3, column: 5 };
    const { outputs, diagnostics } = planOutputs([
      { path: 'vr.html', contents: '', role: 'document', at: a },
      { path: 'VR.html', contents: '', role: 'document', at: b },
      { path: 'data.json', contents: '{}', role: 'data' },
    ]);
    expect(outputs.map((o) => o.path)).toEqual(['vr.html', 'data.json']);
    expect(diagnostics).toEqual([{ code: 'output/path-conflict', args: { path: 'VR.html', other: 'vr.html' }, ...b, related: [a] }]);
  });
});

describe('when the file system refuses the output', () => {
  let work: string;
  let before: string[];
  beforeAll(async () => {
    work = await tempDir('planwerk-run-fs-');
    await cp(path.join(FIXTURES, 'base', 'content'), path.join(work, 'content'), { recursive: true });
    const first = await runCli(['build', '--format', 'html'], { cwd: work, env: EPOCH });
    expect(first.code, first.stderr).toBe(0);
    before = (await readdir(path.join(work, 'dist'))).sort();
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  /** The CLI under a file size limit of a few kilobytes: every write of a document fails as on a full disk. */
  const limited = (args: string[]): Promise<RunResult> =>
    new Promise((resolve) => {
      const child = spawn('sh', ['-c', `ulimit -f 16 && exec "${process.execPath}" "${BIN}" ${args.join(' ')}`], {
        cwd: work,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', ...EPOCH },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  test('a write that fails (file too large, as on a full disk): one line, exit 2, the previous output intact', async () => {
    // Something changed, so the build has to write (with nothing changed it would find dist/ up to date).
    await appendFile(path.join(work, 'content', 'goals', 'sd1.md'), '\nEen nieuwe zin.\n');
    // --no-cache: the cache's own failed write would add its one warning line (the cache is optional); this is
    // about the outputs.
    const r = await limited(['build', '--format', 'html', '--no-cache']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^plan: cannot write \S+: .*\(EFBIG\); dist\/ is left as it was\.$/m);
    expect((await readdir(path.join(work, 'dist'))).sort()).toEqual(before);
    expect(await leftovers(work)).toEqual([]);
  });

  test('an output folder under a file: one line, exit 2, nothing written', async () => {
    await writeFile(path.join(work, 'notes.txt'), 'keep me\n');
    const r = await runCli(['build', '--format', 'html', '--out', 'notes.txt/site'], { cwd: work, env: EPOCH });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^plan: cannot write .*notes\.txt.*; notes\.txt\/site\/ is left as it was\.$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(path.join(work, 'notes.txt'), 'utf8')).toBe('keep me\n');
    expect(await leftovers(work)).toEqual([]);
  });
});

describe('two builds into one folder at once', () => {
  test('both finish; one complete build is in place and nothing else is left', async () => {
    const dir = await tempDir('planwerk-run-race-');
    await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
    const [a, b] = await Promise.all([0, 1].map(() => runCli(['build', '--format', 'html'], { cwd: dir, env: EPOCH })));
    expect(a!.code, a!.stderr).toBe(0);
    expect(b!.code, b!.stderr).toBe(0);
    expect((await readdir(path.join(dir, 'dist'))).sort()).toEqual(BASE_HTML_BUILD);
    expect((await readdir(dir)).filter((f) => f !== 'node_modules').sort()).toEqual(['content', 'dist']); // node_modules: the cache
    await rm(dir, { recursive: true, force: true });
  });
});
