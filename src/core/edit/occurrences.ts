/**
 * Every place an id is written: its definitions, every reference the link stage knows (referencesOf) and every
 * body link `[text](@id)`, at the exact characters of the id (quotes and the `@` left out). Read from the linked
 * model and the files' texts, so references, rename and the outline agree with what `plan validate` checks.
 */

import { bodyLinksTo } from '../body-links.js';
import { allDocuments, type LinkContext } from '../link/model.js';
import { referencesOf } from '../link/references.js';
import { parseMarkdown } from '../markdown-tree.js';
import type { PathSegment } from '../parse.js';

export interface Occurrence {
  file: string;
  /** 1-based line and column of the id's first character. */
  line: number;
  column: number;
  length: number;
  definition: boolean;
}

export type TextOf = (file: string) => string | undefined;

const ID_CHAR = /[a-z0-9]/;

/** The column of `id` written as a YAML scalar at (line, column): bare or quoted; undefined when it is not there. */
function scalarAt(lines: readonly string[], line: number, column: number, id: string): number | undefined {
  const rest = (lines[line - 1] ?? '').slice(column - 1);
  const quoted = rest[0] === '"' || rest[0] === "'";
  const start = quoted ? 1 : 0;
  if (!rest.startsWith(id, start)) return undefined;
  const after = rest[start + id.length];
  return after === undefined || !ID_CHAR.test(after) ? column + start : undefined;
}

/** The position of the `id` of a body link or definition that starts at (line, column): the first `(@id` (` @id`) after it. */
function bodyLinkAt(
  lines: readonly string[],
  line: number,
  column: number,
  id: string,
  definition: boolean,
): { line: number; column: number } | undefined {
  const needle = `@${id}`;
  for (let l = line; l <= lines.length && l < line + 20; l++) {
    const text = lines[l - 1] ?? '';
    let from = l === line ? column - 1 : 0;
    for (;;) {
      const i = text.indexOf(needle, from);
      if (i < 0) break;
      const before = text[i - 1];
      const after = text[i + needle.length];
      // A definition's destination follows white space (or starts its own line); an inline link's follows `(`.
      const opens = before === '(' || before === '<' || (definition && (before === ' ' || before === '\t' || before === undefined));
      if (opens && (after === ')' || after === '>' || after === ' ' || after === '\t' || after === undefined))
        return { line: l, column: i + 2 };
      from = i + 1;
    }
  }
  return undefined;
}

export function occurrencesOf(ctx: LinkContext, id: string, textOf: TextOf): Occurrence[] {
  const out: Occurrence[] = [];
  const lines = new Map<string, string[]>();
  const linesOf = (file: string) => {
    let l = lines.get(file);
    if (!l) lines.set(file, (l = (textOf(file) ?? '').split('\n')));
    return l;
  };
  const add = (file: string, line: number, column: number | undefined, definition: boolean) => {
    if (column !== undefined) out.push({ file, line, column, length: id.length, definition });
  };
  for (const d of ctx.definitions.get(id) ?? []) add(d.file, d.at.line, scalarAt(linesOf(d.file), d.at.line, d.at.column, id), true);
  for (const doc of allDocuments(ctx)) {
    for (const ref of referencesOf(doc)) {
      if (ref.id !== id) continue;
      // Measures are keyed by activity type: the key is the reference.
      const at = doc.locate(ref.path as PathSegment[], ref.path[0] === 'measures' ? 'key' : 'value');
      add(doc.file, at.line, scalarAt(linesOf(doc.file), at.line, at.column, id), false);
    }
    for (const link of bodyLinksTo(doc.links, doc.body, doc.bodyLine, id, parseMarkdown)) {
      const at = bodyLinkAt(linesOf(doc.file), link.line, link.column, id, link.definition === true);
      if (at) add(doc.file, at.line, at.column, false);
    }
  }
  return dedupe(out);
}

function dedupe(list: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return list
    .filter((o) => {
      const key = `${o.file}:${o.line}:${o.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** The id written at a position (1-based), when it is one of its occurrences. */
export function occurrenceAt(
  ctx: LinkContext,
  textOf: TextOf,
  file: string,
  line: number,
  column: number,
  word: string | undefined,
): { id: string; at: Occurrence } | undefined {
  if (word === undefined || !ctx.definitions.has(word)) return undefined;
  const at = occurrencesOf(ctx, word, textOf).find(
    (o) => o.file === file && o.line === line && column >= o.column && column <= o.column + o.length,
  );
  return at ? { id: word, at } : undefined;
}
