/**
 * A fast reader for the YAML content is written in: block maps and lists, one-line plain and quoted scalars,
 * one-line flow collections, literal and folded block scalars. It gives the data and the positions the yaml
 * package gives, or undefined for anything else (anchors, tags, multi-line plain or quoted scalars, directives,
 * duplicate keys, any error …), which the yaml package then reads. Why: the yaml package's parse was most of a
 * cold `plan validate` (three walks over a tree of objects per file, in code the JIT has not warmed up yet).
 * A differential test (test/unit/yaml-fast.test.ts) holds the two to the same data and positions.
 */
import { PositionBuilder } from './positions.js';
import { BAIL, bail, doubleQuoted, plainKey, plainValue, quoted, skipSpaces, trimSpaces } from './yaml-scalars.js';

export interface FastYaml {
  data: Record<string, unknown>;
  /** Every node's range and its key's range, as offsets (positions.ts). */
  positions: PositionBuilder;
}

const MAX_NESTING = 64;
/** Characters the yaml package treats specially or that this reader does not handle: they send a file there. */
const UNSUPPORTED = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]|^(?:---|\.\.\.|%)/m;
const KEY = /(?:([A-Za-z0-9_-]+)|"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'):(?: +|$)/y;
const FLOW_PLAIN = /(?:[^\s,[\]{}#&*!|>'"%@`:?-]|-(?=[^\s,[\]{}]))[^,[\]{}:#]*/y;
const FLOW_KEY = /([A-Za-z0-9_-]+)|"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'/y;
const BLOCK_HEADER = /^([|>])(-?)(?: +#.*| *)$/;

interface Node {
  value: unknown;
  type: 'map' | 'seq' | 'scalar';
  start: number;
  end: number;
  /** Where the node's text ends for its parent's range: the next line for a one-line value. */
  nodeEnd: number;
  /** An empty value: its end is not modelled, so it may not close a collection. */
  empty?: boolean;
}

export function readFastYaml(text: string): FastYaml | undefined {
  if (!text.endsWith('\n') || UNSUPPORTED.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

class Reader {
  private readonly lines: string[];
  private readonly starts: number[] = [];
  private readonly indents: number[] = [];
  /** Whether a line is blank or a comment only. */
  private readonly skip: boolean[] = [];
  private li = 0;
  private depth = 0;
  readonly positions = new PositionBuilder();

  constructor(text: string) {
    this.lines = text.split('\n');
    this.lines.pop(); // the text ends with a newline
    let offset = 0;
    for (const line of this.lines) {
      this.starts.push(offset);
      offset += line.length + 1;
      let i = 0;
      while (line.charCodeAt(i) === 32) i++;
      this.indents.push(i);
      this.skip.push(i === line.length || line.charCodeAt(i) === 35);
    }
  }

  document(): FastYaml {
    const first = this.next();
    if (first >= this.lines.length || this.indents[first] !== 0) bail();
    const root = this.positions.open('');
    const map = this.map(first, 0);
    if (this.next() < this.lines.length) bail();
    this.positions.close(root, 'map', map.start, map.end);
    return { data: map.value as Record<string, unknown>, positions: this.positions };
  }

  /** The next line from the cursor that is neither blank nor a comment. */
  private next(): number {
    let i = this.li;
    while (i < this.lines.length && this.skip[i]) i++;
    return i;
  }

  /**
   * Where a collection ends, a comment line indented deeper than the line that follows may belong to its range
   * (the yaml package's rules for that are intricate): the yaml package reads such a file.
   */
  private trailing(): void {
    const n = this.next();
    const limit = n < this.lines.length ? this.indents[n]! : 0;
    for (let i = this.li; i < n; i++) if (this.indents[i]! < this.lines[i]!.length && this.indents[i]! > limit) bail();
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) bail();
  }

  /** A block map whose keys start at column `col`; its first key is on line `line`. */
  private map(line: number, col: number): Node {
    this.enter();
    const out: Record<string, unknown> = {};
    let start = -1;
    let last: Node | undefined;
    let l = line;
    let c = col;
    for (;;) {
      const text = this.lines[l]!;
      KEY.lastIndex = c;
      const m = KEY.exec(text);
      if (!m) bail();
      const key = m[1] !== undefined ? plainKey(m[1]) : m[2] !== undefined ? doubleQuoted(m[2]) : m[3]!.replace(/''/g, "'");
      if (Object.hasOwn(out, key) || key === '__proto__') bail();
      const keyFrom = this.starts[l]! + c;
      const keyTo = keyFrom + (m[1] !== undefined ? m[1].length : (m[2] ?? m[3])!.length + 2);
      const entry = this.positions.open(key, keyFrom, keyTo);
      if (start < 0) start = keyFrom;
      this.li = l + 1;
      const value = this.value(l, KEY.lastIndex, col, true);
      this.positions.close(entry, value.type, value.start, value.end);
      out[key] = value.value;
      last = value;
      const n = this.next();
      if (n >= this.lines.length || this.indents[n]! < col) break;
      if (this.indents[n]! > col) bail();
      l = n;
      c = col;
    }
    this.depth--;
    if (last!.empty) bail();
    this.trailing();
    return { value: out, type: 'map', start, end: last!.nodeEnd, nodeEnd: last!.nodeEnd };
  }

  /** A block list whose dashes are at column `col`, from line `line`. */
  private seq(line: number, col: number): Node {
    this.enter();
    const out: unknown[] = [];
    const start = this.starts[line]! + col;
    let last: Node | undefined;
    let l = line;
    for (;;) {
      const text = this.lines[l]!;
      if (text.charCodeAt(col) !== 45 || (text.length > col + 1 && text.charCodeAt(col + 1) !== 32)) break;
      let c = col + 1;
      while (text.charCodeAt(c) === 32) c++;
      const entry = this.positions.open(out.length);
      this.li = l + 1;
      let value: Node;
      KEY.lastIndex = c;
      if (c < text.length && text.charCodeAt(c) !== 35 && KEY.test(text)) {
        value = this.map(l, c);
      } else {
        if (text.charCodeAt(c) === 45 && (c + 1 === text.length || text.charCodeAt(c + 1) === 32)) bail();
        value = this.value(l, c, col, false);
      }
      this.positions.close(entry, value.type, value.start, value.end);
      out.push(value.value);
      last = value;
      const n = this.next();
      if (n >= this.lines.length || this.indents[n]! < col) break;
      if (this.indents[n]! > col) bail();
      l = n;
    }
    this.depth--;
    if (!last || last.empty) bail();
    this.trailing();
    return { value: out, type: 'seq', start, end: last.nodeEnd, nodeEnd: last.nodeEnd };
  }

  /**
   * The value that starts at column `c` of line `l` (after a key or a dash), owned by a map or list at column
   * `col`: on that line, or a block below it. `inMap`: a list at the key's own column is the key's value.
   */
  private value(l: number, c: number, col: number, inMap: boolean): Node {
    const text = this.lines[l]!;
    const from = this.starts[l]! + c;
    const nextLine = this.starts[l]! + text.length + 1;
    if (c >= text.length || text.charCodeAt(c) === 35) {
      const n = this.next();
      if (n < this.lines.length) {
        const indent = this.indents[n]!;
        const line = this.lines[n]!;
        const dash = line.charCodeAt(indent) === 45 && (line.length === indent + 1 || line.charCodeAt(indent + 1) === 32);
        if (indent > col || (inMap && indent === col && dash)) {
          if (indent === col && !dash) bail();
          return dash ? this.seq(n, indent) : this.map(n, indent);
        }
      }
      return { value: null, type: 'scalar', start: from, end: from, nodeEnd: from, empty: true };
    }
    const ch = text[c]!;
    let node: Node;
    if (ch === '|' || ch === '>') return this.block(l, c, col);
    if (ch === '[' || ch === '{') {
      const end = this.flow(text, c, this.starts[l]!);
      this.rest(text, end);
      node = { ...this.flowValue, nodeEnd: nextLine };
    } else if (ch === '"' || ch === "'") {
      const q = quoted(text, c);
      this.rest(text, q.to);
      node = { value: q.value, type: 'scalar', start: from, end: this.starts[l]! + q.to, nodeEnd: nextLine };
    } else {
      if ('-?:,[]{}#&*!|>%@`'.includes(ch) && !(ch === '-' && c + 1 < text.length && text[c + 1] !== ' ')) bail();
      const hash = text.indexOf(' #', c);
      const raw = trimSpaces(hash < 0 ? text.slice(c) : text.slice(c, hash));
      if (raw.includes(': ') || raw.endsWith(':')) bail();
      node = { value: plainValue(raw), type: 'scalar', start: from, end: from + raw.length, nodeEnd: nextLine };
    }
    // A deeper line after a one-line value would continue it (or be an error): the yaml package reads those.
    const n = this.next();
    if (n < this.lines.length && this.indents[n]! > col) bail();
    return node;
  }

  /** After a one-line value: nothing, or a comment after a space. */
  private rest(text: string, i: number): void {
    let j = i;
    while (text.charCodeAt(j) === 32) j++;
    if (j < text.length && !(j > i && text.charCodeAt(j) === 35)) bail();
  }

  /** A literal (`|`) or folded (`>`) block scalar, clipped or stripped, whose header is at column c of line l. */
  private block(l: number, c: number, col: number): Node {
    const header = BLOCK_HEADER.exec(this.lines[l]!.slice(c));
    if (!header) bail();
    let first = l + 1;
    while (first < this.lines.length && /^ *$/.test(this.lines[first]!)) first++;
    const indent = first < this.lines.length ? this.indents[first]! : 0;
    if (indent <= col) bail();
    let last = first;
    const parts: string[] = [];
    for (let i = l + 1; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const blank = this.indents[i] === line.length;
      if (blank) {
        if (line.length > indent) bail();
        parts.push('');
        continue;
      }
      if (this.indents[i]! < indent) break;
      parts.push(line.slice(indent));
      last = i;
    }
    parts.length = last - l;
    let value: string;
    if (header[1] === '|') value = parts.join('\n');
    else {
      value = '';
      let empty = 0;
      for (const [k, p] of parts.entries()) {
        if (p.startsWith(' ')) bail();
        if (p === '') empty++;
        else {
          value += k === 0 ? p : empty === 0 ? ` ${p}` : '\n'.repeat(empty) + p;
          empty = 0;
        }
      }
    }
    if (header[2] !== '-') value += '\n';
    this.li = last + 1;
    const n = this.next();
    if (n < this.lines.length && this.indents[n]! > col) bail();
    const end = this.starts[last]! + this.lines[last]!.length + 1;
    return { value, type: 'scalar', start: this.starts[l]! + c, end, nodeEnd: end };
  }

  private flowValue: Omit<Node, 'nodeEnd'> = { value: null, type: 'scalar', start: 0, end: 0 };

  /** A flow collection on one line from index i; records its items' positions; returns the index after it. */
  private flow(text: string, i: number, base: number): number {
    this.enter();
    const isMap = text[i] === '{';
    const close = isMap ? '}' : ']';
    const out: Record<string, unknown> | unknown[] = isMap ? {} : [];
    let j = skipSpaces(text, i + 1);
    if (text[j] !== close) {
      for (;;) {
        let entry: number;
        if (isMap) {
          FLOW_KEY.lastIndex = j;
          const m = FLOW_KEY.exec(text);
          if (!m) bail();
          const key = m[1] !== undefined ? plainKey(m[1]) : m[2] !== undefined ? doubleQuoted(m[2]) : m[3]!.replace(/''/g, "'");
          if (Object.hasOwn(out, key) || key === '__proto__') bail();
          const to = FLOW_KEY.lastIndex;
          if (text[to] !== ':' || text[to + 1] !== ' ') bail();
          entry = this.positions.open(key, base + j, base + to);
          j = skipSpaces(text, to + 1);
          (out as Record<string, unknown>)[key] = undefined;
          const item = this.flowItem(text, j, base);
          (out as Record<string, unknown>)[key] = item.value;
          this.positions.close(entry, item.type, base + j, base + item.to);
          j = item.to;
        } else {
          entry = this.positions.open((out as unknown[]).length);
          const item = this.flowItem(text, j, base);
          (out as unknown[]).push(item.value);
          this.positions.close(entry, item.type, base + j, base + item.to);
          j = item.to;
        }
        j = skipSpaces(text, j);
        if (text[j] === close) break;
        if (text[j] !== ',') bail();
        j = skipSpaces(text, j + 1);
        if (text[j] === close) bail(); // a trailing comma
      }
    }
    this.depth--;
    this.flowValue = { value: out, type: isMap ? 'map' : 'seq', start: base + i, end: base + j + 1 };
    return j + 1;
  }

  private flowItem(text: string, j: number, base: number): { value: unknown; type: Node['type']; to: number } {
    const ch = text[j];
    if (ch === '[' || ch === '{') {
      const to = this.flow(text, j, base);
      return { value: this.flowValue.value, type: this.flowValue.type, to };
    }
    if (ch === '"' || ch === "'") {
      const q = quoted(text, j);
      return { value: q.value, type: 'scalar', to: q.to };
    }
    FLOW_PLAIN.lastIndex = j;
    const m = FLOW_PLAIN.exec(text);
    if (!m) bail();
    const raw = trimSpaces(m[0]);
    const after = skipSpaces(text, j + m[0].length);
    if (text[after] !== ',' && text[after] !== ']' && text[after] !== '}') bail();
    return { value: plainValue(raw), type: 'scalar', to: j + raw.length };
  }
}
