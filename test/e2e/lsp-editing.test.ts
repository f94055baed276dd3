/**
 * References, rename, quick fixes and symbols of plan lsp, over stdio with the protocol client, on the shipped
 * content copied to a temporary folder; and `plan rename` end to end.
 */
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  Location,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { type LspClient, startLsp } from '../lsp-client.js';

let dir: string;
let client: LspClient;
const uri = (file: string) => client.uri(file);
const rel = (u: string) => client.rel(u);
const diagnosticsOf = (file: string, ok: (d: Diagnostic[]) => boolean) =>
  client.diagnosticsOf(file, ok, { ms: 20_000, unpublishedAsNone: true });

/** LSP text edits applied to a text (from the end, so earlier ranges hold). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)))
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const GOAL = 'content/goals/sd1-sociale-bescherming.md';
/** The sentence `plan init` writes in a goal's body (src/core/placeholders.ts). */
const STARTER = 'Leg hier uit waarom deze doelstelling er is en wat ze inhoudt (de toelichting).';
const open = (file: string, text: string) => client.open(file, text);
const change = (file: string, text: string) => client.change(file, text);

/** `plan validate`'s findings as code and file, sorted (positions aside). */
async function findings(cwd: string): Promise<string[]> {
  const r = await runCli(['validate', '--reporter', 'json'], { cwd });
  const list = JSON.parse(r.stdout).diagnostics as { code: string; file?: string }[];
  return list.map((d) => `${d.code} ${d.file ?? ''}`).sort();
}

beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  client = startLsp(dir, { args: ['--lang', 'en'], env: { PATH: process.env.PATH ?? '' } });
  await client.initialize({
    capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } } },
    workspaceFolders: null,
  });
}, 60_000);

afterAll(async () => {
  await client.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('plan lsp: editing', () => {
  test('references of a goal: its definition and every use, in other files, open or not', async () => {
    await open(GOAL, await readFile(path.join(dir, GOAL), 'utf8'));
    const refs = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri(GOAL) },
      position: { line: 2, character: 6 },
      context: { includeDeclaration: true },
    })) as Location[];
    const files = new Set(refs.map((r) => rel(r.uri)));
    expect(files.has(GOAL)).toBe(true);
    expect(files.has('content/actions/aandachtsbuurten-versterken.md')).toBe(true);
    expect(files.size).toBeGreaterThan(5);
    // Each location covers the id exactly.
    for (const r of refs) {
      const line = (await readFile(path.join(dir, rel(r.uri)), 'utf8')).split('\n')[r.range.start.line]!;
      expect(line.slice(r.range.start.character, r.range.end.character)).toBe('sd1-sociale-bescherming');
    }
    const without = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri(GOAL) },
      position: { line: 2, character: 6 },
      context: { includeDeclaration: false },
    })) as Location[];
    expect(without.length).toBe(refs.length - 1);
  });

  test('a rename refused: an id that is taken, an invalid id, a place that is not an id', async () => {
    const at = { textDocument: { uri: uri(GOAL) }, position: { line: 2, character: 6 } };
    expect(await client.connection.sendRequest('textDocument/prepareRename', at)).toMatchObject({ placeholder: 'sd1-sociale-bescherming' });
    await expect(client.connection.sendRequest('textDocument/rename', { ...at, newName: 'sd2' })).rejects.toThrow(
      /taken.*content\/goals\/sd2\.md/,
    );
    await expect(client.connection.sendRequest('textDocument/rename', { ...at, newName: 'Not An Id' })).rejects.toThrow(/not a valid id/);
    await expect(
      client.connection.sendRequest('textDocument/prepareRename', {
        textDocument: { uri: uri(GOAL) },
        position: { line: 1, character: 1 },
      }),
    ).rejects.toThrow(/cursor on an id/);
  });

  test('symbols: the outline of a file and any document by a word of its title', async () => {
    const outline = (await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: uri(GOAL) },
    })) as DocumentSymbol[];
    expect(outline[0]).toMatchObject({ detail: 'sd1-sociale-bescherming · goal' });
    const found = (await client.connection.sendRequest('workspace/symbol', { query: 'grond- en mensen' })) as SymbolInformation[];
    expect(found.map((s) => s.name)).toContain('sd1 — Grond- en mensenrechten');
    const byId = (await client.connection.sendRequest('workspace/symbol', { query: 'sd1-sociale' })) as SymbolInformation[];
    expect(rel(byId[0]!.location.uri)).toBe(GOAL);
  });

  /**
   * The goal back to its own text, its diagnostics published: none. Without the wait, the list of the case before
   * (a fixed missing key leaves `statement: TODO`) could pass for this case's and point at a line that moved.
   */
  const clean = () => diagnosticsOf(GOAL, (d) => d.length === 0);
  const cases: [string, (t: string) => string, string][] = [
    ['the did-you-mean of an id', (t) => t.replace('parent: sd1', 'parent: sd1x'), 'link/'],
    ['the did-you-mean of a value', (t) => t.replace('level: operational', 'level: operationl'), 'schema/invalid-value'],
    ['an unknown key with a close known key', (t) => t.replace('\ntitle:', '\ntitel:'), 'schema/unknown-key'],
    ['a missing required key', (t) => t.replace(/\nstatement:.*/, ''), 'schema/missing-key'],
    ['a TODO line of a body', (t) => t.replace('\n---\n\n', '\n---\n\nTODO: write the text here.\n'), 'link/placeholder'],
    ['a TODO line that ends the file', (t) => `${t.trimEnd()}\nTODO`, 'link/placeholder'],
    ['a starter sentence on a line of its own', (t) => t.replace('\n---\n\n', `\n---\n\n${STARTER}\n`), 'link/starter-text'],
    [
      'a starter sentence rewrapped, text after it',
      (t) => t.replace('\n---\n\n', `\n---\n\n${STARTER.replace(' uit ', '\nuit ')} Echte tekst.\n`),
      'link/starter-text',
    ],
    // `code` may be left out (the goal already has one: its value becomes the placeholder).
    ['the TODO of a key that may be left out', (t) => t.replace(/\ncode: .*/, '\ncode: TODO'), 'link/placeholder'],
  ];
  test.each(cases)('a quick fix: %s, applied, leaves no such diagnostic', async (_name, spoil, code) => {
    const good = await readFile(path.join(dir, GOAL), 'utf8');
    const bad = spoil(good);
    expect(bad).not.toBe(good);
    await clean();
    await change(GOAL, bad);
    const ds = await diagnosticsOf(GOAL, (d) => d.some((x) => String(x.code).startsWith(code)));
    const target = ds.find((x) => String(x.code).startsWith(code))!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(GOAL) },
      range: target.range,
      context: { diagnostics: [target] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === target.code));
    expect(fix, JSON.stringify(actions)).toBeDefined();
    const fixed = applyEdits(bad, fix!.edit!.changes![uri(GOAL)]!);
    await change(GOAL, fixed);
    // A fixed missing key holds `TODO` (link/placeholder); any other fix leaves the goal without a finding.
    await diagnosticsOf(GOAL, (d) => (code === 'schema/missing-key' ? !d.some((x) => x.code === target.code) : d.length === 0));
    await change(GOAL, good);
  });

  test('no quick fix for the TODO of a required key: a person writes the value', async () => {
    const good = await readFile(path.join(dir, GOAL), 'utf8');
    const bad = good.replace(/\nstatement:.*/, '\nstatement: TODO');
    await clean();
    await change(GOAL, bad);
    const ds = await diagnosticsOf(GOAL, (d) => d.some((x) => x.code === 'link/placeholder'));
    const target = ds.find((x) => x.code === 'link/placeholder')!;
    expect(target.range.start.line).toBe(bad.split('\n').indexOf('statement: TODO'));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(GOAL) },
      range: target.range,
      context: { diagnostics: [target] },
    })) as CodeAction[];
    expect(actions).toEqual([]);
    await change(GOAL, good);
  });

  test('a rename moves the folder named after the id, after the files', async () => {
    const file = 'content/actions/de-stek.md';
    const text = await readFile(path.join(dir, file), 'utf8');
    await open(file, text);
    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: uri(file) },
      position: { line: text.split('\n').indexOf('id: de-stek'), character: 5 },
      newName: 'de-stek-x',
    })) as WorkspaceEdit;
    const moves = edit.documentChanges!.filter((c) => 'kind' in c && c.kind === 'rename') as { oldUri: string; newUri: string }[];
    expect(moves.map((m) => [rel(m.oldUri), rel(m.newUri)])).toEqual([
      [file, 'content/actions/de-stek-x.md'],
      ['content/reports/2021/progress/de-stek.md', 'content/reports/2021/progress/de-stek-x.md'],
      ['content/actions/de-stek', 'content/actions/de-stek-x'],
    ]);
  });

  test('a rename whose edit, applied, leaves plan validate with the same findings', async () => {
    const before = await findings(dir);
    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: uri(GOAL) },
      position: { line: 2, character: 6 },
      newName: 'sd1-bescherming',
    })) as WorkspaceEdit;
    const changes = edit.documentChanges!;
    expect(changes.length).toBeGreaterThan(5);
    for (const c of changes) {
      if ('edits' in c) {
        const file = path.join(dir, rel(c.textDocument.uri));
        await writeFile(file, applyEdits(await readFile(file, 'utf8'), c.edits as TextEdit[]));
      }
    }
    const moves = changes.filter((c) => 'kind' in c && c.kind === 'rename') as { oldUri: string; newUri: string }[];
    expect(moves.map((m) => [rel(m.oldUri), rel(m.newUri)])).toEqual([[GOAL, 'content/goals/sd1-bescherming.md']]);
    for (const m of moves) await rename(fileURLToPath(m.oldUri), fileURLToPath(m.newUri));
    const after = (await findings(dir)).map((f) => f.replace('content/goals/sd1-bescherming.md', GOAL));
    expect(after).toEqual(before);
  }, 60_000);
});

describe('plan rename', () => {
  test('renames everywhere, with the same findings after; --dry-run writes nothing', async () => {
    const d = await tempDir();
    await cp(path.join(ROOT, 'content'), path.join(d, 'content'), { recursive: true });
    // A link by reference: the id is written in the definition, which the rename rewrites too.
    const linking = path.join(d, 'content/goals/sd1-sociale-bescherming.md');
    await writeFile(linking, `${await readFile(linking, 'utf8')}\nZie [het doel][d].\n\n[d]: @sd1\n`);
    const before = await findings(d);
    const dry = await runCli(['rename', 'sd1', 'sd1-rechten', '--dry-run', '--lang', 'en'], { cwd: d });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('content/goals/sd1.md → content/goals/sd1-rechten.md');
    expect(await readFile(path.join(d, 'content/goals/sd1.md'), 'utf8')).toContain('id: sd1\n');
    const r = await runCli(['rename', 'sd1', 'sd1-rechten', '--lang', 'en'], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(path.join(d, 'content/goals/sd1-rechten.md'), 'utf8')).toContain('id: sd1-rechten\n');
    expect(await readFile(path.join(d, 'content/goals/sd1-sociale-bescherming.md'), 'utf8')).toContain('parent: sd1-rechten\n');
    expect(await readFile(linking, 'utf8')).toContain('\n[d]: @sd1-rechten\n');
    expect((await findings(d)).map((f) => f.replace('sd1-rechten.md', 'sd1.md'))).toEqual(before);
    await rm(d, { recursive: true, force: true });
  }, 60_000);

  test('renames the folder named after the id: the sub-projects of a parent action, the chapters of a report', async () => {
    const d = await tempDir();
    await cp(path.join(ROOT, 'content'), path.join(d, 'content'), { recursive: true });
    const before = await findings(d);
    const dry = await runCli(['rename', 'de-stek', 'de-stek-x', '--dry-run', '--lang', 'en'], { cwd: d });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('content/actions/de-stek.md → content/actions/de-stek-x.md');
    expect(dry.stdout).toContain('content/actions/de-stek/ → content/actions/de-stek-x/');
    const r = await runCli(['rename', 'de-stek', 'de-stek-x', '--lang', 'en'], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    const sub = await readFile(path.join(d, 'content/actions/de-stek-x/de-stek-leopoldsburg.md'), 'utf8');
    expect(sub).toContain('parent: de-stek-x\n');
    await expect(readFile(path.join(d, 'content/actions/de-stek/de-stek-leopoldsburg.md'))).rejects.toThrow(/ENOENT/);
    const back = (f: string) => f.replace(/de-stek-x([/.])/, 'de-stek$1');
    expect((await findings(d)).map(back)).toEqual(before.map(back));
    // A report's chapters: its id names their folder; a folder that exists refuses the rename.
    await mkdir(path.join(d, 'content/chapters/vr-2021-x'));
    const taken = await runCli(['rename', 'vr-2021', 'vr-2021-x', '--lang', 'en'], { cwd: d });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('the folder content/chapters/vr-2021-x already exists');
    await rm(path.join(d, 'content/chapters/vr-2021-x'), { recursive: true });
    const report = await runCli(['rename', 'vr-2021', 'vr-2021-x', '--lang', 'en'], { cwd: d });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('content/chapters/vr-2021/ → content/chapters/vr-2021-x/');
    expect(await readFile(path.join(d, 'content/chapters/vr-2021-x/04-doelgroepbereik.md'), 'utf8')).toContain('document: vr-2021-x\n');
    await rm(d, { recursive: true, force: true });
  }, 90_000);

  test('refuses an id that is taken, an invalid id, an unknown id, and a rename that would break a file', async () => {
    const d = await tempDir();
    await cp(path.join(ROOT, 'content'), path.join(d, 'content'), { recursive: true });
    const taken = await runCli(['rename', 'sd1', 'sd2', '--lang', 'nl'], { cwd: d });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('het id “sd2” is al in gebruik (content/goals/sd2.md). Niets geschreven.');
    const invalid = await runCli(['rename', 'sd1', 'SD_1', '--lang', 'en'], { cwd: d });
    expect(invalid.stderr).toContain('“SD_1” is not a valid id');
    const unknown = await runCli(['rename', 'sd11', 'x', '--lang', 'en'], { cwd: d });
    expect(unknown.stderr).toMatch(/no document or item has the id “sd11” \(did you mean/);
    // A report's id names its output file: one named like another output would be overwritten by it.
    const broken = await runCli(['rename', 'vr-2021', 'kwaliteitsrapport', '--lang', 'en'], { cwd: d });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('the rename would leave 1 new finding(s). Nothing written.');
    expect(broken.stderr).toContain('output/path-conflict');
    expect(await readFile(path.join(d, 'content/reports/2021/report.md'), 'utf8')).toContain('id: vr-2021\n');
    await writeFile(path.join(d, 'content/goals/sd1-x.md'), '---\nkind: source\n---\n');
    const file = await runCli(['rename', 'sd1', 'sd1-x', '--lang', 'en'], { cwd: d });
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('the file content/goals/sd1-x.md already exists');
    expect(await readFile(path.join(d, 'content/goals/sd1.md'), 'utf8')).toContain('id: sd1\n');
    await rm(d, { recursive: true, force: true });
  }, 60_000);
});
