/**
 * `plan lsp` as an editor starts it, spoken to over stdio with the protocol client: the one setup the tests of the
 * language server share (the process, the connection, the diagnostics it publishes, the way down).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { BIN } from './helpers.js';

export interface LspOptions {
  /** The command line; by default this checkout's `plan lsp --stdio` followed by `args`. */
  command?: readonly [string, ...string[]];
  args?: readonly string[];
  /** The server's whole environment (default: PATH and LANG=C). */
  env?: Record<string, string>;
}

export interface LspClient {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** The latest list published for each URI. */
  latest: Map<string, Diagnostic[]>;
  /** The URI of a path relative to the workspace folder, and back. */
  uri(file: string): string;
  rel(uri: string): string;
  /** Everything the server wrote to standard output and error. */
  output(): string;
  /** initialize (the workspace folder as rootUri, plus `params`), then initialized; the server's answer. */
  initialize(params?: Record<string, unknown>): Promise<{ capabilities: Record<string, unknown> }>;
  /** Resolves once `ok` holds, now or after a publish; a server that stalls fails by the test's timeout. */
  until(ok: () => boolean): Promise<void>;
  /**
   * Resolves with the latest diagnostics of `file` once they satisfy `ok`, or rejects after `ms` (default 10 s).
   * A file nothing was published for has no list, unless `unpublishedAsNone` counts it as an empty one.
   */
  diagnosticsOf(
    file: string,
    ok: (d: Diagnostic[]) => boolean,
    options?: { ms?: number; unpublishedAsNone?: boolean },
  ): Promise<Diagnostic[]>;
  /** didOpen and didChange (the whole text), with a version that goes up with every call. */
  open(file: string, text: string, languageId?: string): Promise<void>;
  change(file: string, text: string): Promise<void>;
  /** shutdown and exit, then waits for the process to end. */
  stop(): Promise<void>;
  /** Ends the connection, and the process if it still runs (for a finally). */
  dispose(): void;
}

/** Start the server in the workspace folder `dir` and listen to it. */
export function startLsp(dir: string, options: LspOptions = {}): LspClient {
  const [command, ...args] = options.command ?? [process.execPath, BIN, 'lsp', '--stdio', ...(options.args ?? [])];
  const child = spawn(command, args, {
    cwd: dir,
    env: options.env ?? { PATH: process.env.PATH ?? '', LANG: 'C' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString('utf8')));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, Diagnostic[]>();
  const waiters = new Set<() => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    latest.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) w();
  });
  connection.listen();
  const uri = (file: string) => pathToFileURL(path.join(dir, file)).href;
  let version = 1;

  const until = (ok: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!ok()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });

  return {
    child,
    connection,
    latest,
    uri,
    rel: (u) => path.relative(dir, fileURLToPath(u)).split(path.sep).join('/'),
    output: () => output,
    async initialize(params = {}) {
      const answer = (await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(dir).href,
        capabilities: {},
        ...params,
      })) as { capabilities: Record<string, unknown> };
      await connection.sendNotification('initialized', {});
      return answer;
    },
    until,
    diagnosticsOf(file, ok, { ms = 10_000, unpublishedAsNone = false } = {}) {
      const current = () => latest.get(uri(file)) ?? (unpublishedAsNone ? [] : undefined);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${file}: ${JSON.stringify(latest.get(uri(file)))}`)), ms);
      });
      const found = until(() => {
        const d = current();
        return d !== undefined && ok(d);
      }).then(() => current()!);
      return Promise.race([found, timeout]).finally(() => clearTimeout(timer));
    },
    open: (file, text, languageId = 'markdown') =>
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId, version: version++, text } }),
    change: (file, text) =>
      connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(file), version: version++ },
        contentChanges: [{ text }],
      }),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)));
      connection.dispose();
    },
    dispose() {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}
