/** Completion, hover and go-to-definition over one content file, answered from the last check. */

import { pathToFileURL } from 'node:url';
import { type CompletionItem, CompletionItemKind, type Hover, type Location, MarkupKind, type Position } from 'vscode-languageserver/node';
import type { EntityKind } from '../core/link/model.js';
import { ACTION_KINDS } from '../core/schema/kinds.js';
import { isKind, isMapAt, keysAt, valuesAt } from './schema-info.js';
import type { Checked, Entity, Workspace } from './workspace.js';
import { cursorContext, regionAt, wordAt } from './yaml-context.js';

const ACTIONS: readonly EntityKind[] = ACTION_KINDS;
/** Reference places that count even before any document uses them (the link stage reports the rest as it sees them). */
const KNOWN: Record<string, Record<string, readonly EntityKind[]>> = {
  ...Object.fromEntries(
    ACTION_KINDS.map((k) => [k, { parent: ACTIONS, 'municipalities.*': ['municipality'], 'goals.*.id': ['goal'], 'continues.*': ACTIONS }]),
  ),
  goal: { parent: ['goal'], theme: ['theme'], replacedBy: ['goal'] },
  progress: { project: ACTIONS, theme: ['theme'], 'fixed.goals.*.id': ['goal'] },
  region: { parent: ['region'] },
  municipalities: { 'items.*.region': ['region'] },
};

export interface FileView {
  shown: string;
  text: string;
}

const kindOf = (lines: readonly string[], first: number, end: number): string | undefined => {
  for (let i = first; i < end; i++) {
    const m = /^kind:\s*["']?([a-z-]+)/.exec(lines[i] ?? '');
    if (m) return m[1];
  }
  return undefined;
};

function expectedAt(checked: Checked, kind: string, path: readonly string[]): readonly EntityKind[] | undefined {
  const key = path.join('.');
  return checked.referencePaths.get(kind)?.get(key) ?? KNOWN[kind]?.[key];
}

const idItem = (e: Entity, insert?: string): CompletionItem => ({
  label: e.id,
  kind: CompletionItemKind.Reference,
  detail: e.title ?? e.kind,
  documentation: `${e.kind} — ${e.file}:${e.line}`,
  ...(insert !== undefined ? { insertText: insert, filterText: insert } : {}),
});

export function complete(checked: Checked, file: FileView, at: Position): CompletionItem[] {
  const { items, prefix } = candidates(checked, file, at);
  // Replace the whole prefix: ids contain '-' and '.', which editors may not count as part of a word.
  const range = { start: { line: at.line, character: at.character - prefix.length }, end: at };
  return items.map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } }));
}

function candidates(checked: Checked, file: FileView, at: Position): { items: CompletionItem[]; prefix: string } {
  const none = { items: [], prefix: '' };
  const lines = file.text.split('\n');
  const region = regionAt(lines, at.line, /\.ya?ml$/i.test(file.shown));
  const ids = (expected: readonly EntityKind[] | undefined, insert?: (id: string) => string) =>
    [...checked.entities.values()].filter((e) => !expected || expected.includes(e.kind)).map((e) => idItem(e, insert?.(e.id)));

  if (region.kind === 'body') {
    // A body link `[text](@id)`: any id.
    const link = /\]\(@([a-z0-9.-]*)$/.exec((lines[at.line] ?? '').slice(0, at.character));
    return link ? { items: ids(undefined), prefix: link[1]! } : none;
  }
  if (region.kind !== 'yaml') return none;
  const context = cursorContext(lines, region, at.line, at.character);
  const kind = kindOf(lines, region.first, region.end);
  const prefix = context.prefix;
  if (context.path.length === 1 && context.path[0] === 'kind' && context.mode === 'value') {
    return { items: valuesAt('plan', ['kind']).map((k) => ({ label: k, kind: CompletionItemKind.EnumMember })), prefix };
  }
  if (!isKind(kind))
    return context.mode === 'key' && context.path.length === 0
      ? { items: [{ label: 'kind', kind: CompletionItemKind.Property, insertText: 'kind: ' }], prefix }
      : none;

  const values = (path: readonly string[]): CompletionItem[] => {
    const expected = expectedAt(checked, kind, path);
    if (expected) return ids(expected);
    return valuesAt(kind, path).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
  };
  if (context.mode === 'value') return { items: values(context.path), prefix };

  const items: CompletionItem[] = [];
  const last = context.path[context.path.length - 1];
  if (last === '*' && !isMapAt(kind, context.path)) return { items: values(context.path), prefix };
  if (last === '*') {
    // A new list item of maps whose id is a reference (`goals:` of an action): offer `id: <goal>` directly.
    const expected = expectedAt(checked, kind, [...context.path, 'id']);
    if (expected) items.push(...ids(expected, (id) => `id: ${id}`));
  }
  for (const k of keysAt(kind, context.path)) {
    items.push({
      label: k.key,
      kind: CompletionItemKind.Property,
      detail: k.required ? 'required' : 'optional',
      ...(k.description !== undefined ? { documentation: k.description } : {}),
      insertText: `${k.key}: `,
    });
  }
  return { items, prefix };
}

/** The id under the cursor, when it names an entity (also `@id` in a body link). */
function entityAt(checked: Checked, file: FileView, at: Position): { entity: Entity; start: number; end: number } | undefined {
  const line = file.text.split('\n')[at.line] ?? '';
  const w = wordAt(line, at.character);
  if (!w) return undefined;
  const entity = checked.entities.get(w.word);
  return entity ? { entity, start: w.start, end: w.end } : undefined;
}

export function hover(checked: Checked, file: FileView, at: Position): Hover | null {
  const found = entityAt(checked, file, at);
  if (!found) return null;
  const { entity: e } = found;
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${e.title ?? e.id}**\n\n\`${e.id}\` — ${e.kind}, ${e.file}:${e.line}` },
    range: { start: { line: at.line, character: found.start }, end: { line: at.line, character: found.end } },
  };
}

export function definition(checked: Checked, workspace: Workspace, file: FileView, at: Position): Location | null {
  const found = entityAt(checked, file, at);
  if (!found) return null;
  const e = found.entity;
  const position = { line: e.line - 1, character: e.column - 1 };
  return { uri: pathToFileURL(workspace.absolute(e.file)).href, range: { start: position, end: position } };
}
