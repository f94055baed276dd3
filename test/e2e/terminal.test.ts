/**
 * Control characters in content never reach a terminal raw: a content file holding ESC sequences (OSC 52, the
 * clipboard write; CSI 2J, clear the screen), a C1 CSI and a right-to-left override, through the real CLI with
 * every reporter. Text reporters show them as `\x1b`, `\u202e`; JSON and SARIF keep the data, as JSON escapes.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

const ESC = '\u001b';
const OSC52 = `${ESC}]52;c;aGk=\u0007`;
const CLEAR = `${ESC}[2J`;
const RLO = '\u202e';
const C1_CSI = '\u009b';
/** Anything a terminal acts on or a reader is misled by: C0 but tab and newline, DEL, C1, bidi controls. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('planwerk-terminal-');
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A goal whose parent id holds the bytes (an error that quotes them), with the bytes on the lines around it too. */
const BAD_PARENT = [
  '---',
  'kind: goal',
  'id: od-evil',
  'level: operational',
  `# ${OSC52} ${CLEAR}`,
  `parent: "sd${OSC52}${RLO}${C1_CSI}x"`,
  'theme: wonen',
  'title: Titel',
  'statement: Tekst.',
  '---',
  `Body ${CLEAR} raw.`,
  '',
].join('\n');
/** A placeholder warning that quotes the bytes: a build goes ahead and prints one line for it. */
const PLACEHOLDER = [
  '---',
  'kind: goal',
  'id: sd1',
  'level: strategic',
  'code: SD1',
  'title: Grondrechten',
  `statement: "TODO ${OSC52} ${CLEAR} ${RLO}"`,
  '---',
  '',
].join('\n');

async function withFile(name: string, text: string, remove?: string): Promise<() => Promise<void>> {
  const file = path.join(dir, 'content', 'goals', name);
  const before = remove === undefined ? undefined : await readFile(file, 'utf8');
  await writeFile(file, text);
  return async () => {
    if (before === undefined) await rm(file);
    else await writeFile(file, before);
  };
}

/** Every string in a parsed JSON value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v !== null && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
const holds = (json: string, text: string) => strings(JSON.parse(json)).some((s) => s.includes(text));

const noRaw = (r: { stdout: string; stderr: string }) => {
  expect(r.stdout).not.toMatch(RAW);
  expect(r.stderr).not.toMatch(RAW);
  expect(r.stdout + r.stderr).not.toContain(ESC);
};

describe('an error quoting control characters', () => {
  let restore: () => Promise<void>;
  beforeAll(async () => {
    restore = await withFile('od-evil.md', BAD_PARENT);
  });
  afterAll(async () => restore());

  test('pretty: message and code frame show escapes, the caret under the whole value', async () => {
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    noRaw(r);
    expect(r.stdout).toContain('“sd\\x1b]52;c;aGk=\\x07\\u202e\\x9bx” is not a valid id');
    expect(r.stdout).toContain('  5 | # \\x1b]52;c;aGk=\\x07 \\x1b[2J');
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('> 6 | parent:'));
    const shown = lines[at]!.slice(lines[at]!.indexOf('"'));
    expect(shown).toBe('"sd\\x1b]52;c;aGk=\\x07\\u202e\\x9bx"');
    // The caret starts under the opening quote and spans the value as shown.
    expect(lines[at + 1]!.indexOf('^')).toBe(lines[at]!.indexOf('"'));
    expect(lines[at + 1]!.trimEnd().length).toBe(lines[at]!.length);
  });

  test('github: workflow commands and the job summary', async () => {
    const summary = path.join(dir, 'summary.md');
    const r = await runCli(['validate', '--reporter', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    noRaw(r);
    expect(r.stdout).toContain('::error file=content/goals/od-evil.md,line=6,');
    expect(r.stdout).toContain('“sd\\x1b]52;c;aGk=\\x07\\u202e\\x9bx”');
    const md = await readFile(summary, 'utf8');
    expect(md).not.toMatch(RAW);
    expect(md).toContain('“sd\\\\x1b]52;c;aGk=\\\\x07\\\\u202e\\\\x9bx”');
  });

  test.each(['json', 'sarif'])('%s: JSON escapes, the same data when parsed', async (reporter) => {
    const r = await runCli(['validate', '--reporter', reporter], { cwd: dir });
    expect(r.code).toBe(1);
    noRaw(r);
    expect(r.stdout).toContain('\\u001b]52;c;aGk=\\u0007\\u202e\\u009bx');
    expect(holds(r.stdout, `sd${OSC52}${RLO}${C1_CSI}x`)).toBe(true);
  });

  test('a failed build prints the frames on stderr, escaped', async () => {
    const r = await runCli(['build', '--format', 'html', '--out', path.join(dir, 'out-failed')], { cwd: dir });
    expect(r.code).toBe(1);
    noRaw(r);
    expect(r.stderr).toContain('# \\x1b]52;c;aGk=\\x07 \\x1b[2J');
  });
});

describe('a warning quoting control characters', () => {
  let restore: () => Promise<void>;
  beforeAll(async () => {
    restore = await withFile('sd1.md', PLACEHOLDER, 'restore');
  });
  afterAll(async () => restore());

  test("a build's one-line warnings", async () => {
    const r = await runCli(['build', '--format', 'html', '--out', path.join(dir, 'out')], {
      cwd: dir,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(r.code).toBe(0);
    noRaw(r);
    expect(r.stderr).toContain(
      'content/goals/sd1.md:7:12: warning “statement” still holds the placeholder “TODO \\x1b]52;c;aGk=\\x07 \\x1b[2J \\u202e”',
    );
    // data.json keeps the text, with the characters a terminal would act on as JSON escapes.
    const data = await readFile(path.join(dir, 'out', 'data.json'), 'utf8');
    expect(data).not.toMatch(RAW);
    expect(data).toContain('\\u001b]52;c;aGk=\\u0007 \\u001b[2J \\u202e');
  });

  test('plan export on standard output', async () => {
    const r = await runCli(['export'], { cwd: dir });
    expect(r.code).toBe(0);
    noRaw(r);
    expect(holds(r.stdout, `TODO ${OSC52} ${CLEAR} ${RLO}`)).toBe(true);
  });
});
