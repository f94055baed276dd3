/**
 * The hostile-content corpus: each folder in test/corpus is a content folder (the base fixture overlaid with the
 * case's files, as the golden fixtures do) plus expected.json. The real CLI builds it into an --out that holds
 * a previous build, and must: exit as expected, report exactly the expected diagnostics (code and position),
 * never print a stack trace, read nothing outside the content folder, and either write nothing at all (the
 * previous dist/ byte for byte) or, when the build succeeds, write HTML without active markup.
 * Refresh expected.json after an intended change: UPDATE_GOLDEN=1 npx vitest run test/golden/corpus.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, lstat, mkdir, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { FIXTURES, materialize, ROOT, runCli, tempDir, UPDATE } from '../helpers.js';
import { activeMarkup } from '../inert.js';

const CORPUS = path.join(ROOT, 'test', 'corpus');
const CASES = readdirSync(CORPUS)
  .filter((n) => existsSync(path.join(CORPUS, n, 'expected.json')) || UPDATE)
  .sort();
/** Written outside content/ by cases that link out: it must never show up in any output. */
const SECRET = 'SECRET-OUTSIDE-CONTENT-7f3a';

interface Expected {
  exit: number;
  /** Exactly these diagnostics, in the order plan prints them. */
  diagnostics: { code: string; file: string; line: number; column: number }[];
  /** A build that succeeds must write HTML without active markup. */
  inert?: boolean;
  /** Why this case fails today (a bug outside this suite's files): the case runs as an expected failure. */
  knownBug?: string;
}

/** What git cannot hold portably: exact bytes, a file over the size limit, symbolic links. */
interface CaseSpec {
  remove?: string[];
  bytes?: Record<string, string>;
  large?: Record<string, number>;
  symlinks?: Record<string, string>;
}

async function setUp(name: string): Promise<string> {
  const caseDir = path.join(CORPUS, name);
  const dir = await materialize(caseDir);
  const spec: CaseSpec = existsSync(path.join(caseDir, 'case.json'))
    ? JSON.parse(await readFile(path.join(caseDir, 'case.json'), 'utf8'))
    : {};
  const content = path.join(dir, 'content');
  const put = async (rel: string, data: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(content, rel)), { recursive: true });
    await writeFile(path.join(content, rel), data);
  };
  for (const [rel, hex] of Object.entries(spec.bytes ?? {})) await put(rel, Buffer.from(hex, 'hex'));
  for (const [rel, size] of Object.entries(spec.large ?? {})) {
    const head = '---\nkind: goal\nid: huge\nlevel: strategic\ntitle: Huge\nstatement: S\n---\n';
    await put(rel, head + 'x'.repeat(size - head.length));
  }
  for (const [rel, target] of Object.entries(spec.symlinks ?? {})) {
    let to = target;
    if (target.startsWith('@outside')) {
      // A valid document outside content/: had it been read, its id and text would appear in the output.
      await mkdir(path.join(dir, 'outside'), { recursive: true });
      await writeFile(
        path.join(dir, 'outside', 'secret.md'),
        `---\nkind: goal\nid: secret\nlevel: strategic\ntitle: ${SECRET}\nstatement: ${SECRET}\n---\n${SECRET}\n`,
      );
      to = path.join(dir, 'outside', target.slice('@outside'.length));
    }
    await mkdir(path.dirname(path.join(content, rel)), { recursive: true });
    await symlink(to, path.join(content, rel));
  }
  await cp(previousBuild, path.join(dir, 'dist'), { recursive: true });
  return dir;
}

/** Every entry under dir: file bytes, link targets, folders; not the build cache (node_modules/.cache). */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const rel of (await readdir(dir, { recursive: true })).sort()) {
    if (rel === 'node_modules' || rel.startsWith(`node_modules${path.sep}`)) continue;
    const abs = path.join(dir, rel);
    const info = await lstat(abs);
    out.set(
      rel,
      info.isSymbolicLink() ? `link:${await readlink(abs)}` : info.isDirectory() ? 'dir' : (await readFile(abs)).toString('base64'),
    );
  }
  return out;
}

/**
 * `plan validate --reporter json` through the CLI's own entry point, in this process: the same code as the
 * binary, without a second process per case (the build below is spawned).
 */
async function validateJson(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    env: { NO_COLOR: '1', LANG: 'C' },
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await main(['node', 'plan', 'validate', '--reporter', 'json'], io);
  return { code, stdout, stderr };
}

let previousBuild: string;
let scratch: string;

beforeAll(async () => {
  scratch = await tempDir('planwerk-corpus-');
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(scratch, 'content'), { recursive: true });
  const r = await runCli(['build', '--format', 'html', '--out', 'dist'], { cwd: scratch, env: { SOURCE_DATE_EPOCH: '0' } });
  expect(r.code, r.stderr).toBe(0);
  previousBuild = path.join(scratch, 'dist');
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const expectedOf = (name: string): Partial<Expected> =>
  existsSync(path.join(CORPUS, name, 'expected.json')) ? JSON.parse(readFileSync(path.join(CORPUS, name, 'expected.json'), 'utf8')) : {};
/** Cases that show a bug in a file this suite's owner may not change: they must fail until it is fixed. */
const KNOWN_BUGS = CASES.filter((n) => expectedOf(n).knownBug !== undefined && !UPDATE);

describe.concurrent('hostile content corpus', () => {
  test.each(CASES.filter((n) => !KNOWN_BUGS.includes(n)))('%s', (name) => runCase(name), 240_000);
  test.fails.each(KNOWN_BUGS)('%s (known bug, see expected.json)', (name) => runCase(name), 240_000);
});

async function runCase(name: string): Promise<void> {
  {
    const caseDir = path.join(CORPUS, name);
    const dir = await setUp(name);
    try {
      const json = await validateJson(dir);
      const report = JSON.parse(json.stdout) as { diagnostics: Expected['diagnostics'] };
      const diagnostics = report.diagnostics.map(({ code, file, line, column }) => ({ code, file, line, column }));
      const before = await snapshot(dir);
      const build = await runCli(['build', '--format', 'html', '--out', 'dist'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '0' } });
      const after = await snapshot(dir);

      const expectedFile = path.join(caseDir, 'expected.json');
      if (UPDATE) {
        const old: Partial<Expected> = existsSync(expectedFile) ? JSON.parse(await readFile(expectedFile, 'utf8')) : {};
        const keep = { ...(old.inert ? { inert: true } : {}), ...(old.knownBug ? { knownBug: old.knownBug } : {}) };
        await writeFile(expectedFile, `${JSON.stringify({ exit: build.code, diagnostics, ...keep }, null, 2)}\n`);
      }
      const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as Expected;

      expect(build.code, build.stderr).toBe(expected.exit);
      expect(json.code).toBe(expected.exit);
      expect(diagnostics).toEqual(expected.diagnostics);
      for (const out of [json.stdout, json.stderr, build.stdout, build.stderr]) {
        expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // a stack trace
        expect(out).not.toContain(SECRET);
      }
      const written = [...after.keys()].filter((k) => !k.startsWith(`dist${path.sep}`) && k !== 'dist');
      expect(written).toEqual([...before.keys()].filter((k) => !k.startsWith(`dist${path.sep}`) && k !== 'dist'));
      if (expected.exit !== 0) {
        // Nothing new written anywhere, the previous build left byte for byte.
        expect(after).toEqual(before);
        for (const code of new Set(expected.diagnostics.map((d) => d.code))) expect(build.stderr).toContain(code);
        return;
      }
      const html = [...after.keys()].filter((k) => k.startsWith(`dist${path.sep}`) && k.endsWith('.html'));
      expect(html.length).toBeGreaterThan(0);
      for (const file of html) {
        const text = await readFile(path.join(dir, file), 'utf8');
        expect(text).not.toContain(SECRET);
        // Every document carries its strict policy: even markup that slipped through could not run or load.
        if (file.endsWith('.html'))
          expect(text, file).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;/);
        if (expected.inert) expect(activeMarkup(text), file).toEqual([]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
