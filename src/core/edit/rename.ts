/**
 * Renaming an id: the edit (every occurrence, and the files and folders named after the id, as `plan new` names them)
 * and the check that it breaks nothing (the content re-validated in memory has the same findings as before, the
 * renamed id's text aside). Pure: the language server and `plan rename` both use it.
 */
import { closest, compareDiagnostics, type RawDiagnostic } from '../diagnostics/index.js';
import type { LinkContext } from '../link/model.js';
import { parseMarkdown } from '../markdown-tree.js';
import type { SourceFile } from '../parse.js';
import { compile } from '../pipeline.js';
import { ID_PATTERN } from '../schema/primitives.js';
import { type Occurrence, occurrencesOf, type TextOf } from './occurrences.js';

export type Refusal =
  | { reason: 'unknown'; id: string; suggestion?: string }
  | { reason: 'invalid'; id: string }
  | { reason: 'same'; id: string }
  | { reason: 'taken'; id: string; file: string }
  | { reason: 'file-taken'; file: string; folder?: true }
  | { reason: 'broken'; findings: RawDiagnostic[] };

export interface RenamePlan {
  old: string;
  new: string;
  occurrences: Occurrence[];
  /**
   * Files whose name follows the id, then folders named after it: from → to (shown paths). In this order, so a
   * file is moved before the folder it lies in would be.
   */
  files: { from: string; to: string; folder?: true }[];
}

/** Where a path is after the plan's moves (a folder's move takes what lies inside it). */
export function movedPath(plan: RenamePlan, file: string): string {
  for (const m of plan.files) {
    if (file === m.from) return m.to;
    if (m.folder && file.startsWith(`${m.from}/`)) return m.to + file.slice(m.from.length);
  }
  return file;
}

/** Where a path was before the plan's moves. */
function formerPath(plan: RenamePlan, file: string): string {
  for (const m of [...plan.files].reverse()) {
    if (file === m.to) return m.from;
    if (m.folder && file.startsWith(`${m.to}/`)) return m.from + file.slice(m.to.length);
  }
  return file;
}

/**
 * The folders named after `id`, as `plan new` makes them: a parent action's sub-projects (actions/<parent>/), a
 * report's or source's chapters (chapters/<document>/). Only the folder a file of such a document lies in.
 */
function namedFolders(ctx: LinkContext, id: string): string[] {
  const folders = new Set<string>();
  const inFolder = (file: string) => {
    const dir = file.slice(0, Math.max(0, file.lastIndexOf('/')));
    if (dir.slice(dir.lastIndexOf('/') + 1) === id) folders.add(dir);
  };
  for (const sub of ctx.childrenOf.get(id) ?? []) inFolder(sub.file);
  for (const c of ctx.chapters) if (c.data.document === id) inFolder(c.file);
  return [...folders].sort();
}

/** A file named after `id` (goals/<id>.md, chapters/…/NN-<id>.md, progress/<project>.md), renamed to `next`. */
function renamedPath(file: string, id: string, next: string): string | undefined {
  const m = /^(.*\/)?(\d+-)?([^/]+)(\.(?:md|ya?ml))$/i.exec(file);
  if (!m || m[3] !== id) return undefined;
  return `${m[1] ?? ''}${m[2] ?? ''}${next}${m[4]}`;
}

export function planRename(
  ctx: LinkContext,
  textOf: TextOf,
  old: string,
  next: string,
  exists: (file: string) => boolean,
): { ok: true; plan: RenamePlan } | { ok: false; refusal: Refusal } {
  const defs = ctx.definitions.get(old);
  if (!defs) {
    const suggestion = closest(old, ctx.definitions.keys());
    return { ok: false, refusal: { reason: 'unknown', id: old, ...(suggestion !== undefined ? { suggestion } : {}) } };
  }
  if (!ID_PATTERN.test(next)) return { ok: false, refusal: { reason: 'invalid', id: next } };
  if (next === old) return { ok: false, refusal: { reason: 'same', id: next } };
  const holder = ctx.definitions.get(next)?.[0]?.file ?? ctx.placeholders.get(next)?.file;
  if (holder !== undefined) return { ok: false, refusal: { reason: 'taken', id: next, file: holder } };
  // The files named after the id: the defining ones, and the progress entries of an action (named by project).
  const named = new Set(
    defs.filter((d) => d.kind !== 'theme' && d.kind !== 'activity-type' && d.kind !== 'municipality').map((d) => d.file),
  );
  for (const p of ctx.progress) if (p.data.project === old) named.add(p.file);
  const files: RenamePlan['files'] = [];
  for (const from of [...named].sort()) {
    const to = renamedPath(from, old, next);
    if (to === undefined) continue;
    if (exists(to)) return { ok: false, refusal: { reason: 'file-taken', file: to } };
    files.push({ from, to });
  }
  for (const from of namedFolders(ctx, old)) {
    const to = `${from.slice(0, from.length - old.length)}${next}`;
    if (exists(to)) return { ok: false, refusal: { reason: 'file-taken', file: to, folder: true } };
    files.push({ from, to, folder: true });
  }
  return { ok: true, plan: { old, new: next, occurrences: occurrencesOf(ctx, old, textOf), files } };
}

/** The text of `file` with the plan's occurrences in it replaced (right to left, so positions hold). */
export function editedText(plan: RenamePlan, file: string, text: string): string {
  const lines = text.split('\n');
  const here = plan.occurrences.filter((o) => o.file === file).sort((a, b) => b.line - a.line || b.column - a.column);
  for (const o of here) {
    const l = lines[o.line - 1]!;
    lines[o.line - 1] = l.slice(0, o.column - 1) + plan.new + l.slice(o.column - 1 + o.length);
  }
  return lines.join('\n');
}

/** The sources after the rename: texts edited, files moved. */
export function renamedSources(plan: RenamePlan, sources: readonly SourceFile[]): SourceFile[] {
  const touched = new Set(plan.occurrences.map((o) => o.file));
  return sources.map((s) => ({
    ...s,
    path: movedPath(plan, s.path),
    text: touched.has(s.path) ? editedText(plan, s.path, s.text) : s.text,
  }));
}

/**
 * The findings the rename would add: the edited content's diagnostics that are not among the ones before, once a
 * position is mapped back to where it was (a longer or shorter id shifts what follows it on its line), a moved
 * file to its old name, and the new id's text to the old one. A suggestion (“did you mean”) is not a finding.
 */
export function newFindings(plan: RenamePlan, before: readonly RawDiagnostic[], after: readonly RawDiagnostic[]): RawDiagnostic[] {
  const delta = plan.new.length - plan.old.length;
  const column = (file: string, line: number | undefined, col: number | undefined) => {
    if (line === undefined || col === undefined) return col;
    let shift = 0;
    for (const o of plan.occurrences) if (o.file === file && o.line === line && o.column + shift + plan.new.length <= col) shift += delta;
    return col - shift;
  };
  const key = (d: RawDiagnostic, file: string | undefined, col: number | undefined) => {
    const { suggestion: _s, ...args } = d.args as Record<string, unknown>;
    return `${d.code}|${file ?? ''}|${d.line ?? ''}|${col ?? ''}|${JSON.stringify(args)}`;
  };
  const seen = new Map<string, number>();
  for (const d of before) {
    const k = key(d, d.file, d.column);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const swap = (d: RawDiagnostic): RawDiagnostic =>
    JSON.parse(JSON.stringify(d, (_k, v: unknown) => (v === plan.new ? plan.old : v))) as RawDiagnostic;
  const out: RawDiagnostic[] = [];
  for (const d of after) {
    const file = d.file !== undefined ? formerPath(plan, d.file) : undefined;
    const k = key(swap(d), file, column(file ?? '', d.line, d.column));
    const n = seen.get(k) ?? 0;
    if (n > 0) seen.set(k, n - 1);
    else out.push(d);
  }
  return out.sort(compareDiagnostics);
}

/** Whether the rename leaves the content as sound as it was: the findings it would add (none: go ahead). */
export function checkRename(plan: RenamePlan, sources: readonly SourceFile[], before?: readonly RawDiagnostic[]): RawDiagnostic[] {
  const was = before ?? compile(sources, parseMarkdown).diagnostics;
  return newFindings(plan, was, compile(renamedSources(plan, sources), parseMarkdown).diagnostics);
}
