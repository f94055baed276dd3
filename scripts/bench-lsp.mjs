#!/usr/bin/env node
// `plan lsp` on the shipped content: start-up (spawn → initialize answered → first diagnostics published) and
// diagnostics after an edit (didChange → publishDiagnostics for that file), with the usual 150 ms debounce and
// without it (the check alone); and a rename request of the much-used theme `sociale-bescherming` (request →
// answer; the edit is not applied). Usage: node scripts/bench-lsp.mjs [edits]. Reads content/, writes nothing.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EDITS = Number(process.argv[2] ?? 10);
const actions = path.join(ROOT, 'content/actions');
const file = path.join(
  actions,
  readdirSync(actions)
    .filter((f) => f.endsWith('.md'))
    .sort()[0],
);
const uri = pathToFileURL(file).href;
const good = readFileSync(file, 'utf8');
// An edit that changes the file's diagnostics each time: alternately a title removed (schema error) and restored.
const broken = good.replace(/^title:.*\n/m, '');

async function session(debounce) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/plan.js'), 'lsp', '--stdio'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let onDiagnostics = () => {};
  let first;
  const firstDiagnostics = new Promise((resolve) => (first = resolve));
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    first(performance.now() - t0);
    onDiagnostics(p);
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ROOT).href,
    capabilities: {},
    initializationOptions: { debounce },
  });
  const initialized = performance.now() - t0;
  await connection.sendNotification('initialized', {});
  const ready = await firstDiagnostics;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: good } });
  await new Promise((r) => setTimeout(r, 500));
  const times = [];
  for (let i = 0; i < EDITS; i++) {
    const text = i % 2 === 0 ? broken : good;
    const published = new Promise((resolve) => (onDiagnostics = (p) => p.uri === uri && resolve()));
    const s = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] });
    await published;
    times.push(performance.now() - s);
    await new Promise((r) => setTimeout(r, 100));
  }
  const plan = path.join(ROOT, 'content/plan.md');
  const planText = readFileSync(plan, 'utf8');
  const planUri = pathToFileURL(plan).href;
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: planUri, languageId: 'markdown', version: 1, text: planText },
  });
  const line = planText.split('\n').findIndex((l) => l.endsWith('id: sociale-bescherming'));
  const at = { textDocument: { uri: planUri }, position: { line, character: planText.split('\n')[line].indexOf('sociale') } };
  const renames = [];
  let uses = 0;
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const edit = await connection.sendRequest('textDocument/rename', { ...at, newName: 'sociale-bescherming-x' });
    renames.push(performance.now() - s);
    uses = Object.values(edit.changes).reduce((n, list) => n + list.length, 0);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((r) => child.on('exit', r));
  connection.dispose();
  return { initialized, ready, times, renames, uses };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${Math.round(s[Math.floor(s.length / 2)])} ms, min ${Math.round(s[0])} ms, max ${Math.round(s[s.length - 1])} ms`;
};
const usual = await session(150);
const bare = await session(0);
console.log(`plan lsp on the shipped content (${EDITS} edits of ${path.relative(ROOT, file)}):`);
console.log(
  `  start-up: initialize answered ${Math.round(usual.initialized)} ms; first diagnostics ${Math.round(usual.ready)} ms (target ≤ 1500 ms)`,
);
console.log(`  edit → diagnostics, 150 ms debounce: ${stats(usual.times)} (target ≤ 200 ms)`);
console.log(`  edit → diagnostics, no debounce:     ${stats(bare.times)}`);
console.log(`  rename of sociale-bescherming (${usual.uses} uses), request → edit: ${stats([...usual.renames, ...bare.renames])}`);
