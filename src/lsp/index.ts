/**
 * plan lsp: a Language Server Protocol server on stdio. Diagnostics come from the same pipeline as
 * `plan validate` (same codes, same positions, 0-based as LSP wants them), re-published as you type for every
 * file whose diagnostics changed; completion, hover and go-to-definition read the same link index.
 * Standard output carries the protocol only: everything else goes to the client's log (stderr).
 */

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  DiagnosticSeverity,
  FileChangeType,
  type Diagnostic as LspDiagnostic,
  type Position,
  ProposedFeatures,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Lang } from '../core/diagnostics/index.js';
import type { Io } from '../run/types.js';
import { codeActions, documentSymbols, type Editing, prepareRename, references, rename, workspaceSymbols } from './editing.js';
import { FrameReader } from './frames.js';
import { complete, definition, type FileView, hover } from './language.js';
import { type Checked, Workspace } from './workspace.js';

export interface LspOptions {
  lang: Lang;
  /** Milliseconds between the last keystroke and the check. */
  debounce?: number;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toLsp(d: Diagnostic, text: string | undefined, uriOf: (file: string) => string): LspDiagnostic {
  const line = (d.line ?? 1) - 1;
  const character = (d.column ?? 1) - 1;
  let end = { line, character: character + 1 };
  if (d.endLine !== undefined && d.endColumn !== undefined) end = { line: d.endLine - 1, character: d.endColumn - 1 };
  else if (text !== undefined) {
    // No end given: underline the word the diagnostic points at.
    const rest = (text.split('\n')[line] ?? '').slice(character);
    end = { line, character: character + Math.max(1, /^\S*/.exec(rest)![0].length) };
  }
  return {
    range: { start: { line, character }, end },
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'planwerk',
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
    relatedInformation: d.related
      .filter((r) => r.line !== undefined)
      .map((r) => ({
        location: {
          uri: uriOf(r.file),
          range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.line - 1, character: r.column - 1 } },
        },
        message: r.message,
      })),
  };
}

const isIndex = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** The document and position of a request, when they have the protocol's shape. */
function located(p: unknown): { uri: string; position: Position } | undefined {
  const q = p as { textDocument?: { uri?: unknown }; position?: { line?: unknown; character?: unknown } } | null;
  const uri = q?.textDocument?.uri;
  const line = q?.position?.line;
  const character = q?.position?.character;
  return typeof uri === 'string' && isIndex(line) && isIndex(character) ? { uri, position: { line, character } } : undefined;
}

export async function runLsp(io: Io, options: LspOptions): Promise<number> {
  // Frames are read by our own reader, which skips a bad frame instead of stalling on it (frames.ts).
  const reader = new FrameReader(process.stdin, (line) => process.stderr.write(`${line}\n`));
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  const documents = new TextDocuments(TextDocument);
  let workspace: Workspace | undefined;
  let checked: Checked | undefined;
  let ready: Promise<void> = Promise.resolve();
  let debounce = options.debounce ?? 150;
  const published = new Map<string, string>(); // uri → JSON of the last list sent
  const log = (s: string) => connection.console.log(s);
  let renameFiles = false; // whether the client applies a RenameFile in a workspace edit

  const fsPath = (uri: unknown): string | undefined => {
    if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined; // a file URL with a host, or an encoded slash: no file of ours
    }
  };
  const uriOf = (shown: string) => pathToFileURL(workspace!.absolute(shown)).href;

  let generation = 0;
  const runCheck = async () => {
    if (!workspace) return;
    const ws = workspace;
    const started = performance.now();
    const current = (checked = ws.check());
    // The referred files are read after the (synchronous) check; a newer check that started meanwhile publishes instead.
    const seen = ++generation;
    const byFile = await ws.withFiles(current);
    if (seen !== generation || workspace !== ws) return;
    const next = new Map<string, LspDiagnostic[]>();
    for (const [file, list] of byFile)
      next.set(
        uriOf(file),
        list.map((d) => toLsp(d, workspace!.textOf(file), uriOf)),
      );
    // Publish what changed, and clear what became clean.
    for (const uri of new Set([...published.keys(), ...next.keys()])) {
      const diagnostics = next.get(uri) ?? [];
      const json = JSON.stringify(diagnostics);
      if ((published.get(uri) ?? '[]') === json) continue;
      void connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length === 0) published.delete(uri);
      else published.set(uri, json);
    }
    log(`checked ${byFile.size} file(s) with diagnostics in ${Math.round(performance.now() - started)} ms`);
  };
  let timer: NodeJS.Timeout | undefined;
  const schedule = (delay = debounce) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void ready.then(runCheck);
    }, delay);
  };

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as { content?: string; debounce?: number };
    const edit = params.capabilities?.workspace?.workspaceEdit;
    renameFiles = edit?.documentChanges === true && Array.isArray(edit.resourceOperations) && edit.resourceOperations.includes('rename');
    if (typeof init.debounce === 'number') debounce = init.debounce;
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    const root = (rootUri ? fsPath(rootUri) : undefined) ?? params.rootPath ?? io.cwd;
    workspace = new Workspace(path.resolve(root, init.content ?? 'content'), root, options.lang);
    const ws = workspace;
    ready = ws.load().then(
      () => {
        for (const d of documents.all()) syncOpen(d.uri, d.getText());
      },
      (e: unknown) => {
        connection.window.showErrorMessage(`planwerk: ${(e as Error).message}`);
        workspace = undefined;
      },
    );
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' ', '-', '@', '[', ','] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'planwerk' },
    };
  });
  connection.onInitialized(() => schedule(0));

  const syncOpen = (uri: string, text: string | undefined) => {
    const file = fsPath(uri);
    if (file && workspace?.contains(file)) workspace.setOpen(file, text);
  };
  documents.onDidOpen((e) => {
    syncOpen(e.document.uri, e.document.getText());
    schedule(0);
  });
  documents.onDidChangeContent((e) => {
    syncOpen(e.document.uri, e.document.getText());
    schedule();
  });
  documents.onDidClose((e) => {
    syncOpen(e.document.uri, undefined);
    schedule(0);
  });
  connection.onDidChangeWatchedFiles(async (e) => {
    await ready; // a reread before the initial scan would not know the content folder yet
    for (const change of Array.isArray(e?.changes) ? e.changes : []) {
      if (typeof change !== 'object' || change === null) continue;
      const file = fsPath(change.uri);
      if (file && workspace?.contains(file)) workspace.reread(file);
      if (change.type === FileChangeType.Deleted) syncOpen(change.uri, undefined);
    }
    schedule(0);
  });

  /** The file the editor shows, and a check that includes its latest text. */
  const view = async (uri: string): Promise<FileView | undefined> => {
    await ready;
    const doc = documents.get(uri);
    const file = fsPath(uri);
    if (!doc || !file || !workspace) return undefined;
    // A path the loader refuses (a link out of the content folder): its text is not looked at, not even here.
    if (workspace.refused(workspace.shown(file))) return undefined;
    if (timer || !checked) {
      clearTimeout(timer);
      timer = undefined;
      void runCheck();
    }
    return { shown: workspace.shown(file), text: doc.getText() };
  };
  // Requests whose parameters are not what the protocol says (a client's bug) get the empty answer.
  connection.onCompletion(async (p) => {
    const at = located(p);
    const file = at && (await view(at.uri));
    return at && file && checked ? complete(checked, file, at.position) : [];
  });
  connection.onHover(async (p) => {
    const at = located(p);
    const file = at && (await view(at.uri));
    return at && file && checked ? hover(checked, file, at.position) : null;
  });
  connection.onDefinition(async (p) => {
    const at = located(p);
    const file = at && (await view(at.uri));
    return at && file && checked && workspace ? definition(checked, workspace, file, at.position) : null;
  });
  const editing = (): Editing | undefined => (checked && workspace ? { checked, workspace, lang: options.lang } : undefined);
  connection.onReferences(async (p) => {
    const at = located(p);
    const file = at && (await view(at.uri));
    const e = editing();
    return at && file && e
      ? references(e, file, at.position, (p as { context?: { includeDeclaration?: unknown } }).context?.includeDeclaration !== false)
      : [];
  });
  connection.onPrepareRename(async (p) => {
    const at = located(p);
    const file = at && (await view(at.uri));
    const e = editing();
    return at && file && e ? prepareRename(e, file, at.position) : null;
  });
  connection.onRenameRequest(async (p) => {
    const at = located(p);
    const file = at && (await view(at.uri));
    const e = editing();
    const newName = (p as { newName?: unknown }).newName;
    return at && file && e && typeof newName === 'string' ? rename(e, file, at.position, newName, renameFiles) : null;
  });
  connection.onDocumentSymbol(async (p) => {
    const uri = (p as { textDocument?: { uri?: unknown } })?.textDocument?.uri;
    const file = typeof uri === 'string' ? await view(uri) : undefined;
    const e = editing();
    return file && e ? documentSymbols(e, file) : [];
  });
  connection.onWorkspaceSymbol(async (p) => {
    await ready;
    if (!checked) await runCheck();
    const e = editing();
    const query = (p as { query?: unknown })?.query;
    return e ? workspaceSymbols(e, typeof query === 'string' ? query : '') : [];
  });
  connection.onCodeAction(async (p) => {
    const q = p as { textDocument?: { uri?: unknown }; range?: { start?: Position; end?: Position } };
    const uri = q?.textDocument?.uri;
    const start = q?.range?.start;
    const end = q?.range?.end;
    if (typeof uri !== 'string' || !isIndex(start?.line) || !isIndex(end?.line)) return [];
    const file = await view(uri);
    const e = editing();
    return file && e ? codeActions(e, file, { start: start!, end: end! }, uri) : [];
  });

  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  documents.listen(connection);
  connection.listen();
  // The connection ends the process on `exit` (code 0 after shutdown, 1 without). The end of the input does the
  // same, as the editor has gone (a timer watching the editor's process would keep it alive otherwise).
  reader.onClose(() => process.exit(shutdown ? 0 : 1));
  await new Promise<void>((resolve) => connection.onExit(() => resolve()));
  return 0;
}
