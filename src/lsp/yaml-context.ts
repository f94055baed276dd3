/**
 * Where the cursor is in a content file, read from the lines themselves: the YAML being typed is usually
 * incomplete, so a parser cannot be asked. Handles block maps and lists (also `key:` followed by `- item` at the
 * same indentation) and one-line flow lists (`[a, b]`); that is how content files are written.
 */

export type Region = { kind: 'yaml'; first: number; end: number } | { kind: 'body' } | { kind: 'none' };

/** Lines (0-based) of the YAML in a file: a whole .yaml file, or the front matter of a .md file. */
export function regionAt(lines: readonly string[], line: number, isYaml: boolean): Region {
  if (isYaml) return { kind: 'yaml', first: 0, end: lines.length };
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return { kind: 'none' };
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l));
  if (close < 0) return line > 0 ? { kind: 'yaml', first: 1, end: lines.length } : { kind: 'none' };
  if (line > 0 && line < close) return { kind: 'yaml', first: 1, end: close };
  return line > close ? { kind: 'body' } : { kind: 'none' };
}

interface Opener {
  col: number;
  /** A key (`key:`), or undefined for a list item (`- `). */
  key?: string;
}

const KEY = /^("[^"]*"|'[^']*'|[^\s:#'"[\]{},][^:#]*?)\s*:(?=\s|$)/;

/** The keys and list items a line opens, left to right, in the text up to `limit`; and what follows them. */
function openers(text: string): { openers: Opener[]; rest: string; restCol: number } {
  const found: Opener[] = [];
  let i = 0;
  for (;;) {
    while (text[i] === ' ') i++;
    if (text[i] === '-' && (i + 1 === text.length || text[i + 1] === ' ')) {
      found.push({ col: i });
      i++;
      continue;
    }
    const m = KEY.exec(text.slice(i));
    if (m) {
      found.push({ col: i, key: m[1]!.replace(/^["']|["']$/g, '') });
      i += m[0].length;
      continue;
    }
    return { openers: found, rest: text.slice(i), restCol: i };
  }
}

export type CursorContext =
  /** Writing a value: `path` is where the value goes (with '*' for a list item). */
  | { mode: 'value'; path: string[]; prefix: string }
  /** At the start of an entry: a key of the map at `path`, or (when `path` ends in '*') a list item. */
  | { mode: 'key'; path: string[]; prefix: string };

/** The context at (line, character) within a YAML region. */
export function cursorContext(lines: readonly string[], region: { first: number }, line: number, character: number): CursorContext {
  const before = (lines[line] ?? '').slice(0, character);
  const own = openers(before);
  const path: string[] = [];
  // Ancestors: walk up to lines that open something left of where this line starts.
  let limit = own.openers[0]?.col ?? own.restCol;
  let limitIsItem = own.openers[0] !== undefined && own.openers[0].key === undefined;
  if (own.openers.length === 0 && own.rest.trim() === '') limit = before.length;
  for (let l = line - 1; l >= region.first && (limit > 0 || limitIsItem); l--) {
    const text = lines[l] ?? '';
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const above = openers(text).openers.filter((o) => o.col < limit || (limitIsItem && o.key !== undefined && o.col === limit));
    if (above.length === 0) continue;
    path.unshift(...above.map((o) => o.key ?? '*'));
    limit = above[0]!.col;
    limitIsItem = above[0]!.key === undefined;
  }
  path.push(...own.openers.map((o) => o.key ?? '*'));
  const rest = own.rest;
  // Inside a one-line flow map `{id: x, strength: c`: the entry being written decides.
  const flowMap = /\{([^{}]*)$/.exec(rest);
  if (flowMap && !rest.includes('}')) {
    const entry = flowMap[1]!.split(',').pop()!;
    const pair = /^\s*([\w.-]+)\s*:\s*(.*)$/.exec(entry);
    return pair ? { mode: 'value', path: [...path, pair[1]!], prefix: pair[2]!.trim() } : { mode: 'key', path, prefix: entry.trim() };
  }
  const last = own.openers[own.openers.length - 1];
  if (last?.key !== undefined) {
    // After `key:`: a value, or an item of a flow list `[a, b`.
    const flow = /^\[([^\]]*)$/.exec(rest.trim());
    if (flow) return { mode: 'value', path: [...path, '*'], prefix: (flow[1]!.split(',').pop() ?? '').trim() };
    return { mode: 'value', path, prefix: rest.trim() };
  }
  return { mode: 'key', path, prefix: rest.trim() };
}

/** The id-like word at a character of a line (ids: lower-case letters, digits, '-' and '.'), with its span. */
export function wordAt(text: string, character: number): { word: string; start: number; end: number } | undefined {
  const isId = (c: string | undefined) => c !== undefined && /[a-z0-9.\-_]/i.test(c);
  let start = character;
  let end = character;
  while (start > 0 && isId(text[start - 1])) start--;
  while (end < text.length && isId(text[end])) end++;
  if (start === end) return undefined;
  return { word: text.slice(start, end).replace(/^[.-]+|[.-]+$/g, ''), start, end };
}
