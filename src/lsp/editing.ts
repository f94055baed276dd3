/**
 * References, rename, outline, symbol search and quick fixes, answered from the last check: the link stage's
 * index gives every place an id is written (src/core/edit/), the diagnostics their own fixes (fixOf).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  type CodeAction,
  CodeActionKind,
  type DocumentSymbol,
  type Location,
  LSPErrorCodes,
  type Diagnostic as LspDiagnostic,
  type Position,
  type Range,
  ResponseError,
  type SymbolInformation,
  SymbolKind,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { renameTexts } from '../cli-text/rename.js';
import { fixOf, fixTitle } from '../core/diagnostics/fixes.js';
import type { Lang } from '../core/diagnostics/index.js';
import { type Occurrence, occurrenceAt, occurrencesOf } from '../core/edit/occurrences.js';
import { planRename } from '../core/edit/rename.js';
import { allDocuments } from '../core/link/model.js';
import type { FileView } from './language.js';
import { isKind, keysAt } from './schema-info.js';
import type { Checked, Entity, Workspace } from './workspace.js';
import { wordAt } from './yaml-context.js';

export interface Editing {
  checked: Checked;
  workspace: Workspace;
  lang: Lang;
}

const uriOf = (ws: Workspace, shown: string) => pathToFileURL(ws.absolute(shown)).href;
const rangeOf = (o: Occurrence): Range => ({
  start: { line: o.line - 1, character: o.column - 1 },
  end: { line: o.line - 1, character: o.column - 1 + o.length },
});
const textOf = (e: Editing) => (f: string) => e.workspace.textOf(f);

function idAt(e: Editing, file: FileView, at: Position): { id: string; at: Occurrence } | undefined {
  const w = wordAt(file.text.split('\n')[at.line] ?? '', at.character);
  return occurrenceAt(e.checked.context, textOf(e), file.shown, at.line + 1, at.character + 1, w?.word);
}

export function references(e: Editing, file: FileView, at: Position, includeDeclaration: boolean): Location[] {
  const found = idAt(e, file, at);
  if (!found) return [];
  return occurrencesOf(e.checked.context, found.id, textOf(e))
    .filter((o) => includeDeclaration || !o.definition)
    .map((o) => ({ uri: uriOf(e.workspace, o.file), range: rangeOf(o) }));
}

export function prepareRename(e: Editing, file: FileView, at: Position): { range: Range; placeholder: string } {
  const found = idAt(e, file, at);
  if (!found) throw new ResponseError(LSPErrorCodes.RequestFailed, renameTexts(e.lang).notAnId);
  return { range: rangeOf(found.at), placeholder: found.id };
}

/** The rename as one edit; file renames only when the client can apply them (`resourceOperations`). */
export function rename(e: Editing, file: FileView, at: Position, newName: string, renameFiles: boolean): WorkspaceEdit {
  const t = renameTexts(e.lang);
  const found = idAt(e, file, at);
  if (!found) throw new ResponseError(LSPErrorCodes.RequestFailed, t.notAnId);
  const exists = (f: string) => e.workspace.textOf(f) !== undefined || existsSync(e.workspace.absolute(f));
  const result = planRename(e.checked.context, textOf(e), found.id, newName, exists);
  if (!result.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, t.refusal(result.refusal));
  const byFile = new Map<string, TextEdit[]>();
  for (const o of result.plan.occurrences) {
    const list = byFile.get(o.file) ?? [];
    list.push({ range: rangeOf(o), newText: newName });
    byFile.set(o.file, list);
  }
  if (!renameFiles || result.plan.files.length === 0)
    return { changes: Object.fromEntries([...byFile].map(([f, edits]) => [uriOf(e.workspace, f), edits])) };
  return {
    documentChanges: [
      ...[...byFile].map(([f, edits]) => ({ textDocument: { uri: uriOf(e.workspace, f), version: null }, edits })),
      ...result.plan.files.map((f) => ({ kind: 'rename' as const, oldUri: uriOf(e.workspace, f.from), newUri: uriOf(e.workspace, f.to) })),
    ],
  };
}

const SYMBOL: Record<string, SymbolKind> = { goal: SymbolKind.Class, theme: SymbolKind.Enum, municipality: SymbolKind.Constant };
const symbolKind = (kind: string) =>
  SYMBOL[kind] ?? (kind.endsWith('action') || kind === 'sub-project' ? SymbolKind.Function : SymbolKind.Object);

/** The outline of a file: each id it defines (with its title), the document's Markdown headings under the first. */
export function documentSymbols(e: Editing, file: FileView): DocumentSymbol[] {
  const lines = file.text.split('\n');
  const defined = [...e.checked.entities.values()].filter((x) => x.file === file.shown).sort((a, b) => a.line - b.line);
  const symbol = (x: Entity): DocumentSymbol => {
    const r = { start: { line: x.line - 1, character: x.column - 1 }, end: { line: x.line - 1, character: x.column - 1 + x.id.length } };
    return { name: x.title ?? x.id, detail: `${x.id} · ${x.kind}`, kind: symbolKind(x.kind), range: r, selectionRange: r, children: [] };
  };
  const symbols = defined.map(symbol);
  const headings: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  let fence: string | undefined;
  let front = /\.md$/i.test(file.shown) && /^---\s*$/.test(lines[0] ?? '') ? 1 : 0; // 1: inside the front matter
  lines.forEach((line, i) => {
    if (front === 1) {
      if (i > 0 && /^(---|\.\.\.)\s*$/.test(line)) front = 0;
      return;
    }
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) fence = fence === undefined ? f[1]![0] : f[1]![0] === fence ? undefined : fence;
    const h = fence === undefined && !/\.ya?ml$/i.test(file.shown) ? /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (!h) return;
    const r = { start: { line: i, character: 0 }, end: { line: i, character: line.length } };
    const s: DocumentSymbol = { name: h[2]!, kind: SymbolKind.String, range: r, selectionRange: r, children: [] };
    const level = h[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.symbol.children! : headings).push(s);
    stack.push({ level, symbol: s });
  });
  if (symbols.length === 0) return headings;
  symbols[0]!.children!.push(...headings);
  return symbols;
}

/** Any document or item by id, or by a word of its title (case and accents aside). */
export function workspaceSymbols(e: Editing, query: string): SymbolInformation[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  const out: SymbolInformation[] = [];
  for (const x of e.checked.entities.values()) {
    if (q !== '' && !fold(x.id).includes(q) && !fold(x.title ?? '').includes(q)) continue;
    const p = { line: x.line - 1, character: x.column - 1 };
    out.push({
      name: x.title ? `${x.id} — ${x.title}` : x.id,
      kind: symbolKind(x.kind),
      location: { uri: uriOf(e.workspace, x.file), range: { start: p, end: p } },
      containerName: x.kind,
    });
    if (out.length >= 500) break;
  }
  return out;
}

/** Whether the key at a dotted field path of a file may be left out, by its document's schema. */
function optionalKey(e: Editing): (file: string, field: string) => boolean {
  return (file, field) => {
    const doc = allDocuments(e.checked.context).find((x) => x.file === file);
    const path = field.split('.').map((s) => (/^\d+$/.test(s) ? '*' : s));
    const key = path.pop();
    if (!doc || !isKind(doc.kind) || key === undefined) return false;
    return keysAt(doc.kind, path).some((k) => k.key === key && !k.required);
  };
}

/** Quick fixes for the diagnostics in a range: each of ours that carries its fix (fixOf). */
export function codeActions(e: Editing, file: FileView, range: Range, uri: string): CodeAction[] {
  const lines = file.text.split('\n');
  const out: CodeAction[] = [];
  const context = { optional: optionalKey(e) };
  for (const d of e.checked.byFile.get(file.shown) ?? []) {
    if (d.line === undefined || d.line - 1 > range.end.line || (d.endLine ?? d.line) - 1 < range.start.line) continue;
    const fix = fixOf(d, lines, context);
    if (!fix) continue;
    const r = {
      start: { line: fix.line - 1, character: fix.column - 1 },
      end: { line: (fix.endLine ?? fix.line) - 1, character: fix.endColumn - 1 },
    };
    const start = { line: d.line - 1, character: (d.column ?? 1) - 1 };
    const diagnostic: LspDiagnostic = {
      range: {
        start,
        end: d.endLine !== undefined && d.endColumn !== undefined ? { line: d.endLine - 1, character: d.endColumn - 1 } : start,
      },
      code: d.code,
      source: 'planwerk',
      message: d.message,
    };
    out.push({
      title: fixTitle(fix, e.lang),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: r, newText: fix.text }] } },
    });
  }
  return out;
}
