/**
 * Fuzzing the language server: random sequences of what can arrive on its input (well-formed messages with
 * random edits and requests, broken YAML, unknown files and positions, malformed frames, lying Content-Length,
 * invalid JSON, JSON that is not a message), all through ONE `plan lsp --stdio` process. After every sequence the
 * server must still be running and answer a final request; no request may fail inside the server; the content
 * folder (and the folder around it) must be byte for byte as it was: the server never writes.
 * Runs: PLANWERK_LSP_FUZZ_RUNS (default 1000); scripts/fuzz-lsp.mjs runs 10,000.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Message, StreamMessageReader } from 'vscode-languageserver-protocol/node';
import { BIN, FIXTURES, tempDir } from '../helpers.js';

const RUNS = Number(process.env.PLANWERK_LSP_FUZZ_RUNS ?? 1000);
const WAIT = Number(process.env.PLANWERK_LSP_FUZZ_WAIT ?? 30_000);

let dir: string;
let child: ChildProcess;
let stderr = '';
const answered = new Map<string | number, Message & { error?: { code: number; message: string } }>();
let onAnswer = () => {};
const internalErrors: string[] = [];

/** URIs are written with a placeholder for the folder (made later), so a failing sequence prints as data. */
const ROOT = '@ROOT@';
const uri = (rel: string) => `${ROOT}/${rel}`;
const rootUri = () => pathToFileURL(dir).href;
const frame = (o: unknown): Buffer => {
  const body = Buffer.from(JSON.stringify(o), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
};
const send = (b: Buffer) => new Promise<void>((resolve, reject) => child.stdin!.write(b, (e) => (e ? reject(e) : resolve())));

/** Every file under a folder with a hash of its bytes: what the server must leave as it was. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(root, { recursive: true })).sort()) {
    const bytes = await readFile(path.join(root, name)).catch(() => undefined);
    out[name] = bytes ? createHash('sha256').update(bytes).digest('hex') : 'folder';
  }
  return out;
}

const FILES = ['content/plan.md', 'content/goals/sd1.md', 'content/municipalities.yaml', 'content/goals/new.md', 'content/x.yaml'];
const URIS = fc.oneof(
  fc.constantFrom(...FILES).map(uri),
  fc.constantFrom(
    'untitled:Untitled-1',
    'file:///',
    'file:///etc/passwd',
    'http://example.com/a.md',
    '',
    'not a uri',
    'file:',
    `${ROOT}/../x.md`,
  ),
  fc.string().map((s) => uri(`content/${s}.md`)),
);
const YAMLISH = fc.constantFrom(
  '---\nkind: goal\nid: sd9\nlevel: strategic\ntitle: T\nstatement: S\n---\n',
  '---\nkind: goal\nid: [\n',
  '---\n: : :\n---\n',
  '---\nkind: &a goal\nid: *a\n---\n',
  '---\nkind: plan\n',
  'kind: municipalities\nitems:\n  - {id: x, name: X, region: }\n',
  '---\n\t- - -\n...\n',
  '\uFEFF---\r\nkind: goal\r\n---\r\n',
  'a\u0000b',
  '\uD800 lone',
  '---\nkind: goal\nid: x\nparent: x\n---\n[link](@x) ![img](../../../etc/passwd)\n',
);
const TEXT = fc.oneof(YAMLISH, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 }));
const POSITION = fc.record({
  line: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-1, 2 ** 31 - 1, 1.5)),
  character: fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constantFrom(-1, 2 ** 31 - 1)),
});
const ID = fc.integer({ min: 1, max: 1e9 });

/** One thing arriving on the server's input: a message (framed correctly) or raw bytes (latin1). */
type Step = { msg: Record<string, unknown> } | { raw: string };
const msg = (m: Record<string, unknown>): Step => ({ msg: { jsonrpc: '2.0', ...m } });
const bytesOf = (step: Step): Buffer =>
  'msg' in step ? frame(JSON.parse(JSON.stringify(step.msg).replaceAll(ROOT, rootUri()))) : Buffer.from(step.raw, 'latin1');

const STEPS: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(URIS, TEXT, fc.integer())
    .map(([u, text, version]) =>
      msg({ method: 'textDocument/didOpen', params: { textDocument: { uri: u, languageId: 'markdown', version, text } } }),
    ),
  fc.tuple(URIS, TEXT, fc.option(fc.record({ start: POSITION, end: POSITION }), { nil: undefined })).map(([u, text, range]) =>
    msg({
      method: 'textDocument/didChange',
      params: { textDocument: { uri: u, version: 2 }, contentChanges: [range ? { range, text } : { text }] },
    }),
  ),
  URIS.map((u) => msg({ method: 'textDocument/didClose', params: { textDocument: { uri: u } } })),
  fc
    .tuple(fc.constantFrom('textDocument/hover', 'textDocument/definition', 'textDocument/completion'), URIS, POSITION, ID)
    .map(([method, u, position, id]) => msg({ id, method, params: { textDocument: { uri: u }, position } })),
  fc
    .tuple(URIS, fc.integer({ min: 0, max: 4 }))
    .map(([u, type]) => msg({ method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: u, type }] } })),
  // Messages whose shape is wrong: params of every type, unknown methods, no method, responses to nothing.
  fc
    .record({
      jsonrpc: fc.constantFrom('2.0', '1.0', 2),
      id: fc.option(fc.oneof(ID, fc.string()), { nil: undefined }),
      method: fc.option(
        fc.constantFrom(
          'textDocument/hover',
          'textDocument/definition',
          'textDocument/didOpen',
          'textDocument/didChange',
          'textDocument/completion',
          'workspace/didChangeWatchedFiles',
          '$/cancelRequest',
          'nope',
          '__proto__',
        ),
        { nil: undefined },
      ),
      params: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    })
    .map((m): Step => ({ msg: m })),
  // Frames that are wrong: invalid JSON, JSON that is not an object, no length, a length that lies, garbage.
  fc
    .string({ maxLength: 40 })
    .map((s): Step => ({ raw: `Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${Buffer.from(s).toString('latin1')}` })),
  fc
    .constantFrom('null', '[]', '42', '"x"', '{"jsonrpc":"2.0","method":')
    .map((s): Step => ({ raw: `Content-Length: ${s.length}\r\n\r\n${s}` })),
  fc.tuple(fc.integer({ min: -30, max: 300 }), ID).map(([lie, id]): Step => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id,
      method: 'textDocument/hover',
      params: { textDocument: { uri: 'untitled:x' }, position: { line: 0, character: 0 } },
    });
    return { raw: `Content-Length: ${Math.max(0, body.length + lie)}\r\n\r\n${body}` };
  }),
  fc
    .constantFrom(
      'Content-Type: x\r\n\r\n{}',
      'Content-Length: abc\r\n\r\n',
      'Content-Length: -5\r\n\r\n',
      'Content-Length: 99999999999999999999\r\n\r\n',
      'no header at all',
      '\r\n\r\n',
      'Content-Length: 2',
    )
    .map((raw): Step => ({ raw })),
  fc.uint8Array({ maxLength: 64 }).map((b): Step => ({ raw: Buffer.from(b).toString('latin1') })),
);

/** What the protocol library logs when it refuses a message that is not one (not a failure of the server). */
const REFUSED =
  /^(Received (message which is neither a response nor a notification message|response message without id)|(Notification|Request) \S+ defines (parameters by name|\d+ params))/;

let finals = 0;
/** A request that must be answered: the server is alive and its input in step again. */
async function finalRequest(): Promise<void> {
  const id = `final-${++finals}`;
  const done = new Promise<void>((resolve) => {
    onAnswer = () => answered.has(id) && resolve();
  });
  await send(
    bytesOf(
      msg({ id, method: 'textDocument/hover', params: { textDocument: { uri: uri(FILES[0]!) }, position: { line: 0, character: 0 } } }),
    ),
  );
  // A bound far above any answer, so a server that stopped answering fails the case instead of the whole run.
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, WAIT);
  });
  await Promise.race([done, silent]);
  clearTimeout(timer);
  expect(answered.has(id), `no answer to ${id}; stderr: ${stderr.slice(-2000)}`).toBe(true);
  expect(answered.get(id)!.error).toBeUndefined();
}

beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LANG: 'C' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const reader = new StreamMessageReader(child.stdout!);
  reader.listen((m) => {
    const r = m as {
      id?: string | number;
      method?: string;
      params?: { type?: number; message?: string };
      error?: { code: number; message: string };
    };
    if (r.id !== undefined && r.method === undefined) {
      // InternalError (-32603): a handler threw, that is a bug. Other errors answer requests that were wrong.
      if (r.error?.code === -32603) internalErrors.push(r.error.message);
      answered.set(r.id, m as never);
      onAnswer();
    } else if (r.method === 'window/logMessage' && r.params?.type === 1 && !REFUSED.test(r.params.message ?? '')) {
      internalErrors.push(r.params.message ?? '');
    }
  });
  await send(
    frame({
      jsonrpc: '2.0',
      id: 'init',
      method: 'initialize',
      params: { processId: null, rootUri: rootUri(), capabilities: {}, initializationOptions: { debounce: 0 } },
    }),
  );
  await send(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  await finalRequest();
});

afterAll(async () => {
  if (child.exitCode === null) {
    child.stdin!.end();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)));
  }
  await rm(dir, { recursive: true, force: true });
});

test(`${RUNS} random sequences of messages and frames: no crash, no write, a final request still answered`, async () => {
  const before = await snapshot(dir);
  await fc.assert(
    fc.asyncProperty(fc.array(STEPS, { minLength: 1, maxLength: 8 }), async (steps) => {
      internalErrors.length = 0;
      for (const step of steps) await send(bytesOf(step));
      await finalRequest();
      expect(child.exitCode).toBeNull();
      expect(JSON.stringify(internalErrors)).toBe('[]');
    }),
    { numRuns: RUNS, endOnFailure: process.env.PLANWERK_LSP_FUZZ_NO_SHRINK === '1' },
  );
  expect(await snapshot(dir)).toEqual(before);
  // The server names what it dropped on stderr; a stack trace there would be a crash it survived.
  expect(stderr).not.toMatch(/\n\s+at /);
}, 600_000);
