/**
 * The cache is keyed by the code that made each entry: a changed template invalidates the builds (the output is
 * made again, with the change) but not the files' checks or their rendered bodies, which it does not touch; a
 * changed parser invalidates those too. Run on a copy of the compiled tool, changed the way a new release would be.
 */
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, type RunResult, run, tempDir } from '../helpers.js';

let tool: string;
let project: string;

/** Build with the copied tool, counting the cache. */
function build(): Promise<RunResult> {
  return run(process.execPath, [path.join(tool, 'bin', 'plan.js'), 'build', '--format', 'html', '--out', 'dist'], {
    cwd: project,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', SOURCE_DATE_EPOCH: '1700000000', PLANWERK_CACHE_STATS: '1' },
  });
}

const stats = (r: RunResult) => r.stderr.split('\n').find((l) => l.startsWith('plan: cache: ')) ?? '';

beforeAll(async () => {
  tool = await tempDir('planwerk-tool-');
  for (const part of ['bin', 'lib', 'templates', 'package.json'])
    await cp(path.join(ROOT, part), path.join(tool, part), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(tool, 'node_modules'));
  project = await tempDir('planwerk-project-');
  await cp(path.join(FIXTURES, 'base'), project, { recursive: true });
  await mkdir(path.join(project, 'dist'), { recursive: true });
});

describe('a changed tool', () => {
  it('a changed template makes the documents again, and reuses every check and body', async () => {
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(stats(first)).toMatch(/documents 0 hits 8 misses/);
    expect(stats(await build())).toMatch(/builds 1 hits/); // up to date

    const template = path.join(tool, 'lib', 'templates', 'layout.js');
    const source = await readFile(template, 'utf8');
    expect(source).toContain("h('main', { id: 'inhoud' }, body)");
    await writeFile(
      template,
      source.replace("h('main', { id: 'inhoud' }, body)", "h('main', { id: 'inhoud', dataRelease: 'next' }, body)"),
    );
    const changed = await build();
    expect(changed.code, changed.stderr).toBe(0);
    expect(stats(changed)).toMatch(/documents 8 hits 0 misses/);
    expect(stats(changed)).toMatch(/bodies \d+ hits 0 misses/);
    expect(stats(changed)).toMatch(/builds 0 hits 1 misses/);
    expect(await readFile(path.join(project, 'dist', 'plan.html'), 'utf8')).toContain('data-release="next"');
  });

  it('a changed parser checks every file again', async () => {
    const parser = path.join(tool, 'lib', 'src', 'core', 'parse.js');
    await writeFile(parser, `${await readFile(parser, 'utf8')}\n// next release\n`);
    const r = await build();
    expect(r.code, r.stderr).toBe(0);
    expect(stats(r)).toMatch(/documents 0 hits 8 misses/);
  });
});
