/** plan lsp as an editor drives it: the real CLI over stdio, spoken to with the protocol client. */
import { cp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CompletionItem, Diagnostic, Location, ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { FIXTURES, runCli, tempDir } from '../helpers.js';
import { type LspClient, startLsp } from '../lsp-client.js';

let dir: string;
let client: LspClient;
let connection: ProtocolConnection;
const uri = (rel: string) => client.uri(rel);

/** Resolves once the latest diagnostics of `file` satisfy `ok`. */
const diagnosticsOf = (file: string, ok: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> => client.diagnosticsOf(file, ok);

const ACTION = 'content/actions/a-huur.md';
let good: string;
let typo: string;

beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content'), { recursive: true });
  good = await readFile(path.join(dir, ACTION), 'utf8');
  typo = good.replace('- id: od-wonen', '- id: od-wonnen');
  client = startLsp(dir);
  connection = client.connection;
  await client.initialize({ workspaceFolders: null });
});

afterAll(async () => {
  await client.stop();
  await rm(dir, { recursive: true, force: true });
});

test('a typo in a goal id: the same code and position as plan validate, 0-based', async () => {
  // What plan validate says about the same text on disk, in a copy: the server's own folder stays untouched,
  // so it never reads the file half-written.
  const copy = await tempDir();
  await cp(path.join(dir, 'content'), path.join(copy, 'content'), { recursive: true });
  await writeFile(path.join(copy, ACTION), typo);
  const validate = JSON.parse((await runCli(['validate', '-r', 'json'], { cwd: copy })).stdout) as {
    diagnostics: { code: string; file: string; line: number; column: number; endLine: number; endColumn: number }[];
  };
  await rm(copy, { recursive: true, force: true });
  const expected = validate.diagnostics.find((d) => d.file === ACTION)!;
  expect(expected.code).toBe('link/unknown-reference');

  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri(ACTION), languageId: 'markdown', version: 1, text: typo },
  });
  const [d] = await diagnosticsOf(ACTION, (list) => list.length > 0);
  expect(d!.code).toBe(expected.code);
  expect(d!.range).toEqual({
    start: { line: expected.line - 1, character: expected.column - 1 },
    end: { line: expected.endLine - 1, character: expected.endColumn - 1 },
  });
  expect(d!.message).toMatch(/od-wonen/); // the “did you mean”
});

test('completion in a goals: list offers goal ids with their titles', async () => {
  const line = typo.split('\n').findIndex((l) => l.includes('- id: od-wonnen'));
  const character = '  - id: '.length;
  const items = (await connection.sendRequest('textDocument/completion', {
    textDocument: { uri: uri(ACTION) },
    position: { line, character },
  })) as CompletionItem[];
  const labels = items.map((i) => i.label);
  expect(labels).toEqual(expect.arrayContaining(['od-wonen', 'od-zorg', 'sd1']));
  expect(labels).not.toContain('a-huur'); // actions are not goals
  expect(items.find((i) => i.label === 'od-wonen')!.detail).toBe('Betaalbaar wonen');
});

test('completion of keys and enum values from the schema', async () => {
  const lines = typo.split('\n');
  const strength = lines.findIndex((l) => l.includes('strength:'));
  const values = (await connection.sendRequest('textDocument/completion', {
    textDocument: { uri: uri(ACTION) },
    position: { line: strength, character: lines[strength]!.indexOf(':') + 2 },
  })) as CompletionItem[];
  expect(values.map((i) => i.label).sort()).toEqual(['contributes', 'may-contribute']);
  const keys = (await connection.sendRequest('textDocument/completion', {
    textDocument: { uri: uri(ACTION) },
    position: { line: 1, character: 0 },
  })) as CompletionItem[];
  expect(keys.map((i) => i.label)).toEqual(expect.arrayContaining(['title', 'parent', 'goals', 'municipalities']));
});

test('go to definition on a parent id opens the parent at its id line; hover shows title, kind and file', async () => {
  const file = 'content/actions/a-huur/a-huur-genk.md';
  const text = await readFile(path.join(dir, file), 'utf8');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text } });
  const line = text.split('\n').findIndex((l) => l.startsWith('parent:'));
  const position = { line, character: 'parent: a-h'.length };
  const def = (await connection.sendRequest('textDocument/definition', { textDocument: { uri: uri(file) }, position })) as Location;
  expect(def.uri).toBe(uri(ACTION));
  expect(def.range.start.line).toBe(good.split('\n').findIndex((l) => l.startsWith('id: a-huur')));
  const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(file) }, position })) as {
    contents: { value: string };
  };
  expect(hover.contents.value).toContain('Betaalbaar huren');
  expect(hover.contents.value).toContain('strategic-action');
  expect(hover.contents.value).toContain(ACTION);
});

test('an edit that breaks another file is reported there, and cleared when undone; fixing the typo clears the file', async () => {
  const other = 'content/actions/a-huur/a-huur-genk.md';
  const renamed = typo.replace('id: a-huur\n', 'id: a-huren\n');
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: uri(ACTION), version: 2 },
    contentChanges: [{ text: renamed }],
  });
  const broken = await diagnosticsOf(other, (list) => list.some((d) => d.code === 'link/unknown-reference'));
  expect(broken.find((d) => d.code === 'link/unknown-reference')!.message).toMatch(/a-huur/);
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: uri(ACTION), version: 3 },
    contentChanges: [{ text: good }],
  });
  expect(await diagnosticsOf(ACTION, (list) => list.length === 0)).toEqual([]);
  expect(await diagnosticsOf(other, (list) => list.length === 0)).toEqual([]);
});

test('flow-style lists and body links complete too; closing an unsaved new file clears its diagnostics', async () => {
  const file = 'content/actions/a-nieuw.md';
  const text = '---\nkind: strategic-action\nid: a-nieuw\ntitle: Nieuw\ngoals:\n  - {id: od-w\n---\n\nZie [huren](@a-h\n';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text } });
  const at = (line: number) => ({ textDocument: { uri: uri(file) }, position: { line, character: text.split('\n')[line]!.length } });
  const flow = (await connection.sendRequest('textDocument/completion', at(5))) as CompletionItem[];
  const wonen = flow.find((i) => i.label === 'od-wonen')!;
  expect(wonen.textEdit).toEqual({ range: { start: { line: 5, character: 9 }, end: { line: 5, character: 13 } }, newText: 'od-wonen' });
  expect(flow.map((i) => i.label)).not.toContain('a-huur');
  const body = (await connection.sendRequest('textDocument/completion', at(8))) as CompletionItem[];
  expect(body.map((i) => i.label)).toEqual(expect.arrayContaining(['a-huur', 'od-wonen']));
  await diagnosticsOf(file, (list) => list.length > 0);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
  expect(await diagnosticsOf(file, (list) => list.length === 0)).toEqual([]);
});

test('a missing image in a body is published where plan validate reports it, and cleared when the file is put next to it', async () => {
  const file = 'content/actions/a-huur/a-huur-genk.md';
  const text = `${await readFile(path.join(dir, file), 'utf8')}\n![Kaart](kaart.png)\n`;
  const line = text.split('\n').indexOf('![Kaart](kaart.png)');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text } });
  const [d] = await diagnosticsOf(file, (list) => list.some((x) => x.code === 'asset/missing'));
  expect(d!.code).toBe('asset/missing');
  expect(d!.range.start).toEqual({ line, character: 0 });
  // Relative to the file's own folder, as an editor's Markdown preview reads it.
  expect(d!.message).toContain('content/actions/a-huur/kaart.png');
  await writeFile(path.join(dir, 'content', 'actions', 'a-huur', 'kaart.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  await connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: uri('content/actions/a-huur/kaart.png'), type: 1 }],
  });
  expect(await diagnosticsOf(file, (list) => list.length === 0)).toEqual([]);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
});

test('an editor buffer is held to the rules of a file: size, NUL, a lone surrogate get the codes a file with those bytes gets', async () => {
  const cases: { file: string; text: string; code: string; start: { line: number; character: number } }[] = [
    {
      file: 'content/actions/big.md',
      text: `---\nid: big\n---\n${'x'.repeat(5.5 * 1024 * 1024)}`,
      code: 'load/too-large',
      start: { line: 0, character: 0 },
    },
    { file: 'content/actions/nul.md', text: '---\nid: nul\n---\na\u0000b\n', code: 'load/binary', start: { line: 0, character: 0 } },
    {
      file: 'content/actions/lone.md',
      text: '---\nid: lone\ntitle: a\uD800b\n---\n',
      code: 'load/invalid-utf8',
      start: { line: 2, character: 8 },
    },
  ];
  for (const c of cases) {
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(c.file), languageId: 'markdown', version: 1, text: c.text },
    });
    const list = await diagnosticsOf(c.file, (l) => l.length > 0);
    expect(list.map((d) => [d.code, d.range.start])).toEqual([[c.code, c.start]]);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(c.file) } });
    expect(await diagnosticsOf(c.file, (l) => l.length === 0)).toEqual([]);
  }
});

test('a link out of the content folder: refused on reread, whatever text the editor sends for it; hover on it says nothing', async () => {
  const secret = path.join(dir, 'secret.md');
  await writeFile(secret, '---\nkind: goal\nid: geheim-doel\ntitle: GEHEIM\n---\n');
  const file = 'content/goals/link.md';
  await symlink(secret, path.join(dir, file));
  await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(file), type: 1 }] });
  const onDisk = await diagnosticsOf(file, (l) => l.length > 0);
  expect(onDisk.map((d) => d.code)).toEqual(['load/outside-content']);
  // The editor read the link's target and sends it: the server still does not look at it.
  const text = await readFile(secret, 'utf8');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text } });
  const hover = await connection.sendRequest('textDocument/hover', {
    textDocument: { uri: uri(file) },
    position: { line: 2, character: 5 },
  });
  expect(hover).toBeNull();
  const completion = (await connection.sendRequest('textDocument/completion', {
    textDocument: { uri: uri(ACTION) },
    position: { line: 0, character: 0 },
  })) as CompletionItem[];
  expect(JSON.stringify(completion)).not.toContain('geheim');
  expect((client.latest.get(uri(file)) ?? []).map((d) => d.code)).toEqual(['load/outside-content']);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
  await rm(path.join(dir, file));
  await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(file), type: 3 }] });
  expect(await diagnosticsOf(file, (l) => l.length === 0)).toEqual([]);
});
