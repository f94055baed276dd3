/**
 * The fix a diagnostic carries, from its own data: the “did you mean” of an id, a key or a value replaces the
 * misspelt text; a missing required key is inserted with a placeholder; a placeholder that says nothing else (a
 * `TODO` line of a body, a starter sentence, the `TODO` of a key that may be left out) is removed. One function,
 * so the editor's quick fix and SARIF's `fixes` are the same edit.
 */
import { PLACEHOLDER } from '../placeholders.js';
import type { Diagnostic, Lang } from './types.js';

/**
 * A text edit on one file: replace from `line`:`column` to `endLine`:`endColumn` (1-based, the end exclusive;
 * `endLine` is `line` when absent; an empty region inserts, an empty text removes).
 */
export interface Fix {
  kind: 'replace' | 'insert' | 'remove';
  line: number;
  column: number;
  endLine?: number;
  endColumn: number;
  text: string;
}

/** What the caller knows of the schema: whether the key at `field` (a dotted path) of `file` may be left out. */
export interface FixContext {
  optional?: (file: string, field: string) => boolean;
}

const PLACEHOLDERS: Record<string, string> = {
  string: PLACEHOLDER,
  number: '0',
  integer: '0',
  boolean: 'false',
  array: '[]',
  object: '{}',
};

/** The fix of a diagnostic, given the lines of its file (LF); undefined when it has none or the text moved. */
export function fixOf(d: Diagnostic, lines: readonly string[], context: FixContext = {}): Fix | undefined {
  if (d.line === undefined || d.column === undefined) return undefined;
  if (d.code === 'link/placeholder' || d.code === 'link/starter-text') return removal(d, lines, context);
  const text = lines[d.line - 1] ?? '';
  if (d.suggestion !== undefined) {
    if (d.endLine !== undefined && d.endLine !== d.line) return undefined;
    const wrong = [d.args.key, d.args.value, d.args.kind, d.args.id].filter((v): v is string => typeof v === 'string' && v !== '');
    const at = d.column - 1;
    for (const w of wrong) {
      // The exact region when the diagnostic has one; else the text at its start (a quoted scalar: inside the quotes).
      const start =
        d.endColumn !== undefined
          ? at
          : text.startsWith(w, at)
            ? at
            : /["']/.test(text[at] ?? '') && text.startsWith(w, at + 1)
              ? at + 1
              : -1;
      if (start < 0 || text.slice(start, start + w.length) !== w) continue;
      if (d.endColumn !== undefined && d.endColumn - 1 !== start + w.length) continue;
      return { kind: 'replace', line: d.line, column: start + 1, endColumn: start + 1 + w.length, text: d.suggestion };
    }
    return undefined;
  }
  if (d.code === 'schema/missing-key' && typeof d.args.key === 'string' && /^[A-Za-z][\w-]*$/.test(d.args.key)) {
    // Located at the key of the map that lacks it, or at the first key of a map that has no key of its own (the
    // top level, a list item). Inserted as a child under the first, as a sibling next to the second.
    const allowed = d.args.allowed as readonly string[] | undefined;
    const value = allowed?.[0] ?? PLACEHOLDERS[String(d.args.expected)] ?? PLACEHOLDER;
    const line = (indent: number, at: number): Fix => ({
      kind: 'insert',
      line: at,
      column: 1,
      endColumn: 1,
      text: `${' '.repeat(indent)}${d.args.key}: ${value}\n`,
    });
    const indentOf = (l: string) => /^ */.exec(l)![0].length;
    const rest = text.slice(d.column - 1);
    if (/^[^:\s]+:\s*$/.test(rest)) {
      const next = lines[d.line] ?? '';
      return line(next.trim() !== '' && indentOf(next) >= d.column ? indentOf(next) : d.column + 1, d.line + 1);
    }
    if (!/^[^:\s]+:/.test(rest)) return undefined;
    // After `- ` of a list item: the new key goes on the next line, at the item's keys' indent.
    return text.slice(0, d.column - 1).trim() === '' ? line(d.column - 1, d.line) : line(d.column - 1, d.line + 1);
  }
  return undefined;
}

/** The whole lines `line`..`endLine` (1-based), with their line break. */
function wholeLines(lines: readonly string[], line: number, endLine = line): Fix {
  return endLine < lines.length
    ? { kind: 'remove', line, column: 1, endLine: endLine + 1, endColumn: 1, text: '' }
    : // The last line has no break of its own: take the one before it.
      line > 1
      ? {
          kind: 'remove',
          line: line - 1,
          column: lines[line - 2]!.length + 1,
          endLine,
          endColumn: lines[endLine - 1]!.length + 1,
          text: '',
        }
      : { kind: 'remove', line, column: 1, endLine, endColumn: lines[endLine - 1]!.length + 1, text: '' };
}

/**
 * Removing a placeholder that says nothing else. In a body (no field): a `TODO` line goes whole, a starter
 * sentence goes with the white space after it (its lines whole when it has them to itself). A value: only a
 * scalar `key: TODO` line of a key the schema lets be left out goes; a required key keeps its `TODO` until a
 * person writes the value (no empty value passes the schema, and none belongs in the funder's documents).
 */
function removal(d: Diagnostic, lines: readonly string[], context: FixContext): Fix | undefined {
  const line = d.line!;
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  const field = typeof d.args.field === 'string' ? d.args.field : '';
  if (field === '') {
    if (d.code === 'link/placeholder') return /^\s*TODO(?![A-Za-z])/.test(text) ? wholeLines(lines, line) : undefined;
    // A starter sentence: reported with its exact range.
    const endLine = d.endLine ?? line;
    const end = lines[endLine - 1];
    if (d.endColumn === undefined || end === undefined) return undefined;
    const before = text.slice(0, d.column! - 1);
    const after = end.slice(d.endColumn - 1);
    if (before.trim() === '' && after.trim() === '') return wholeLines(lines, line, endLine);
    const space = /^[ \t]*/.exec(after)![0].length;
    return { kind: 'remove', line, column: d.column!, endLine, endColumn: d.endColumn + space, text: '' };
  }
  if (d.code !== 'link/placeholder' || d.file === undefined || !context.optional?.(d.file, field)) return undefined;
  const key = field.split('.').at(-1)!;
  const m = /^(\s*)([^\s:#]+):\s*(\S.*?)\s*$/.exec(text);
  if (!m || m[2] !== key || m[3]!.replace(/^["']|["']$/g, '').trim() !== d.args.text) return undefined;
  return wholeLines(lines, line);
}

/** What the fix does, in the user's language (the quick fix's title, SARIF's description). */
export function fixTitle(fix: Fix, lang: Lang): string {
  if (fix.kind === 'remove') return lang === 'nl' ? 'Verwijder de plaatshouder.' : 'Remove the placeholder.';
  const text = fix.text.trim();
  if (fix.kind === 'insert') return lang === 'nl' ? `Voeg “${text}” toe.` : `Add “${text}”.`;
  return lang === 'nl' ? `Vervang door “${text}”.` : `Replace with “${text}”.`;
}
