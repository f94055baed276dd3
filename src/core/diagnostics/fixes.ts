/**
 * The fix a diagnostic carries, from its own data: the “did you mean” of an id, a key or a value replaces the
 * misspelt text; a missing required key is inserted with a placeholder. One function, so the editor's quick fix
 * and SARIF's `fixes` are the same edit.
 */
import { PLACEHOLDER } from '../placeholders.js';
import type { Diagnostic, Lang } from './types.js';

/** A text edit on one file: replace [column, endColumn) of `line` (1-based; equal columns insert). */
export interface Fix {
  kind: 'replace' | 'insert';
  line: number;
  column: number;
  endColumn: number;
  text: string;
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
export function fixOf(d: Diagnostic, lines: readonly string[]): Fix | undefined {
  if (d.line === undefined || d.column === undefined) return undefined;
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

/** What the fix does, in the user's language (the quick fix's title, SARIF's description). */
export function fixTitle(fix: Fix, lang: Lang): string {
  const text = fix.text.trim();
  if (fix.kind === 'insert') return lang === 'nl' ? `Voeg “${text}” toe.` : `Add “${text}”.`;
  return lang === 'nl' ? `Vervang door “${text}”.` : `Replace with “${text}”.`;
}
