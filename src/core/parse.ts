/**
 * parse: one source file → YAML data with positions, plus the Markdown body.
 * Pure and per-document: it sees one file and nothing else, so files can be parsed in parallel and cached.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, parseDocument } from 'yaml';
import type { ArgsOf } from './diagnostics/catalogue.js';
import { diag, type Location, type Position, type RawDiagnostic } from './diagnostics/index.js';
import { emptyIndex, indexYamlNodes, lineOf, locator, type PathSegment, type PositionIndex, spanOf } from './positions.js';
import { readFastYaml } from './yaml-fast.js';

export { locator, type PathSegment, type PositionIndex } from './positions.js';

export interface SourceFile {
  /** POSIX path relative to the content folder. */
  path: string;
  /** Text with LF line endings. */
  text: string;
  /** Why the file could not be read as text (set by load): reported here, so it joins every other diagnostic. */
  problem?: LoadProblem;
}

type LoadCode = 'load/outside-content' | 'load/unreadable' | 'load/binary' | 'load/invalid-utf8' | 'load/too-large';
/** A file load could not turn into text, and where (line 1, column 1 unless a byte is to blame). */
export type LoadProblem = { [C in LoadCode]: { code: C; args: ArgsOf<C>; line?: number; column?: number } }[LoadCode];

export interface ParsedDocument {
  file: string;
  format: 'markdown' | 'yaml';
  /** The YAML as plain data; undefined when the YAML could not be read. */
  data: unknown;
  /** Markdown body after the front matter ('' for YAML files). */
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
  /** True when the YAML had syntax errors: data is partial and must not be validated further. */
  broken: boolean;
  /** Where every YAML node is (positions.ts): plain data, so a parsed document can cross a worker boundary or be cached. */
  positions: PositionIndex;
  /** The file location of the node at a data path: a missing node points at its nearest existing ancestor. */
  locate(path: readonly PathSegment[], part?: 'key' | 'value'): Location;
}

export interface ParseResult {
  document: ParsedDocument;
  diagnostics: RawDiagnostic[];
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * The front matter between its fences and the body after it. Line by line from the start, without splitting the
 * whole text: a body is most of a file, and its lines would be some 40 strings per file for the garbage collector.
 */
function frontMatter(text: string): 'missing' | 'unclosed' | { yaml: string; body: string; bodyLine: number } {
  const firstEnd = lineEnd(text, 0);
  if (!FENCE.test(text.slice(0, firstEnd))) return 'missing';
  const yamlStart = firstEnd + 1;
  for (let start = yamlStart, line = 1; start <= text.length; line++) {
    const end = lineEnd(text, start);
    const c = text.charCodeAt(start);
    if ((c === 45 || c === 46) && CLOSE.test(text.slice(start, end))) {
      // The YAML's lines, each with its line break (one when there are none); the body after the closing line.
      const yaml = start === yamlStart ? '\n' : text.slice(yamlStart, start);
      return { yaml, body: end < text.length ? text.slice(end + 1) : '', bodyLine: line + 2 };
    }
    if (end >= text.length) break;
    start = end + 1;
  }
  return 'unclosed';
}

/** Where the line that starts at `start` ends (its line break, or the end of the text). */
function lineEnd(text: string, start: number): number {
  const i = text.indexOf('\n', start);
  return i < 0 ? text.length : i;
}

/** `fast: false` reads the YAML with the yaml package only (the tests hold the fast reader to it). */
export function parseSource(source: SourceFile, { fast = true }: { fast?: boolean } = {}): ParseResult {
  const isYamlFile = /\.ya?ml$/i.test(source.path);
  const text = source.text.startsWith('\uFEFF') ? source.text.slice(1) : source.text;
  const diagnostics: RawDiagnostic[] = [];
  const at = (p: Position): Location => ({ file: source.path, ...p });
  if (source.problem) {
    const { code, args, line = 1, column = 1 } = source.problem;
    const d = diag(code, args as never, at({ line, column }));
    // Text with a bad byte still names its id, read as well as it can be: that keeps references to it from
    // turning into follow-up errors. Its data is never validated or rendered.
    const rest = source.problem.code === 'load/invalid-utf8' ? parseSource({ path: source.path, text: source.text }).document : undefined;
    const document = rest ? { ...rest, broken: true, body: '' } : emptyDocument(source.path, '');
    return { document, diagnostics: [d] };
  }

  let yamlText: string;
  let yamlFirstLine = 1; // file line of the YAML's first line
  let body = '';
  let bodyLine = 1;

  if (isYamlFile) {
    yamlText = text;
  } else {
    const fence = frontMatter(text);
    if (fence === 'missing') {
      diagnostics.push(diag('parse/front-matter-missing', {}, at({ line: 1, column: 1 })));
      return { document: emptyDocument(source.path, text), diagnostics };
    }
    if (fence === 'unclosed') {
      diagnostics.push(diag('parse/front-matter-unclosed', {}, at({ line: 1, column: 1 })));
      return { document: emptyDocument(source.path, ''), diagnostics };
    }
    yamlText = fence.yaml;
    yamlFirstLine = 2;
    body = fence.body;
    bodyLine = fence.bodyLine;
  }

  // Our own line index, not the yaml package's LineCounter: that one misses the line breaks inside the tokens it
  // recovers from after a syntax error, which put later positions past the end of their line.
  const lineStarts = [0];
  for (let i = yamlText.indexOf('\n'); i >= 0; i = yamlText.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const toPosition = (offset: number): Position => {
    const i = lineOf(lineStarts, offset);
    return { line: i + yamlFirstLine, column: offset - lineStarts[i]! + 1 };
  };
  const lines = { firstLine: yamlFirstLine, lines: lineStarts };
  const rangeOf = (node: { range?: [number, number, number] | null | undefined } | null | undefined): Position =>
    node?.range ? spanOf(lines, node.range[0], node.range[1]) : { line: yamlFirstLine, column: 1 };

  // Most content is in the subset the fast reader reads (the same data and positions, a fraction of the time).
  const quick = fast ? readFastYaml(yamlText) : undefined;
  if (quick) {
    const positions = quick.positions.index(lineStarts, yamlFirstLine);
    return finish(source.path, isYamlFile, quick.data, body, bodyLine, false, positions, diagnostics);
  }

  let doc;
  try {
    doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, version: '1.2' });
  } catch (e) {
    // The yaml parser recurses per level of block nesting: thousands of levels overflow the stack.
    if (!(e instanceof RangeError)) throw e;
    diagnostics.push(diag('parse/too-deep', { limit: MAX_DEPTH, where: 'yaml' }, at(deepestLine(yamlText, yamlFirstLine))));
    // The top-level id and kind, read line by line, keep references to this file from raising follow-up errors.
    const data = Object.fromEntries([...yamlText.matchAll(/^(id|kind):[ \t]*([\w.-]+)[ \t]*$/gm)].map((m) => [m[1], m[2]]));
    return { document: { ...emptyDocument(source.path, ''), data }, diagnostics };
  }
  for (const err of doc.errors) {
    const pos = toPosition(err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') {
      // The error points at the repeated key: read the key's text from the source there.
      const key = /^\s*["']?([^"':\n]*)/.exec(yamlText.slice(err.pos[0]))?.[1]?.trim() || '?';
      diagnostics.push(diag('parse/duplicate-key', { key }, at(pos)));
    } else if (/^Maximum call stack/.test(err.message)) {
      // The parser ran out of stack. Where that happened depends on the stack left at the call, not on the
      // file: name where the flow nesting first goes past the limit (else the error's place).
      diagnostics.push(diag('parse/too-deep', { limit: MAX_DEPTH, where: 'yaml' }, at(deepFlow(yamlText, toPosition) ?? pos)));
    } else {
      diagnostics.push(diag('parse/yaml-syntax', { reason: yamlReason(err.message) }, at(pos)));
    }
  }
  let broken = doc.errors.length > 0;
  let data: unknown;
  // Everything after this point (conversion, positions, schema checks, rendering) recurses per level.
  const tooDeep = broken ? undefined : deeperThan(doc.contents, MAX_DEPTH);
  if (tooDeep) {
    diagnostics.push(diag('parse/too-deep', { limit: MAX_DEPTH, where: 'yaml' }, at(rangeOf(tooDeep))));
    return { document: { ...emptyDocument(source.path, ''), data: topLevelScalars(doc.contents) }, diagnostics };
  }
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // Aliases that expand into millions of nodes (“billion laughs”): the yaml package refuses to expand them.
    // An alias to an anchor that is not set (yet) only shows here too. Any other failure on valid YAML is a bug.
    const message = (e as Error).message;
    if (!broken && !/alias/i.test(message)) throw e;
    const where = at(rangeOf(firstAlias(doc.contents, /^Unresolved alias.*: (.*)$/.exec(message)?.[1])));
    if (!broken && /^Unresolved alias/.test(message)) diagnostics.push(diag('parse/yaml-syntax', { reason: yamlReason(message) }, where));
    else if (!broken) diagnostics.push(diag('parse/alias-expansion', { limit: MAX_ALIAS_COUNT }, where));
    broken = true;
    data = topLevelScalars(doc.contents); // enough for the id, so references to this file raise no follow-up errors
  }
  if (!broken && data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    diagnostics.push(
      diag(
        'parse/not-a-map',
        Array.isArray(data) ? { found: 'list' } : { found: 'scalar', value: JSON.stringify(data) },
        at(rangeOf(doc.contents)),
      ),
    );
  }
  if (!broken && (data === null || data === undefined) && !isYamlFile) data = {};

  const positions = indexYamlNodes(doc.contents as Node | null, lineStarts, yamlFirstLine);
  return finish(source.path, isYamlFile, data, body, bodyLine, broken, positions, diagnostics);
}

function finish(
  file: string,
  isYamlFile: boolean,
  data: unknown,
  body: string,
  bodyLine: number,
  broken: boolean,
  positions: PositionIndex,
  diagnostics: RawDiagnostic[],
): ParseResult {
  const locate = locator(file, positions);
  const deepBody = broken ? undefined : deepMarkdown(body, bodyLine);
  if (deepBody) {
    diagnostics.push(diag('parse/too-deep', { limit: MAX_DEPTH, where: 'markdown' }, { file, ...deepBody }));
  }
  return {
    document: { file, format: isYamlFile ? 'yaml' : 'markdown', data, body, bodyLine, broken: broken || !!deepBody, positions, locate },
    diagnostics,
  };
}

/**
 * Nesting deeper than this is refused. Real content nests six levels at most; the parsers, the schema check and
 * the Markdown renderer recurse per level (and the renderer takes seconds from some 200 nested lists on), so a
 * deeper file would crash or stall the build instead of getting a diagnostic.
 */
export const MAX_DEPTH = 100;
/** Aliases the YAML may expand: a real file has none or a few; a “billion laughs” file has billions. */
const MAX_ALIAS_COUNT = 1000;

/** The first node nested deeper than `limit`, found without recursion. */
function deeperThan(root: unknown, limit: number): Node | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= limit) return node as Node;
    const items = isMap(node) ? (node.items as Pair<unknown, unknown>[]).flatMap((p) => [p.key, p.value]) : node.items;
    for (let i = items.length - 1; i >= 0; i--) stack.push([items[i], depth + 1]);
  }
  return undefined;
}

/** The first alias in document order (to the anchor `name` when given). */
function firstAlias(root: unknown, name?: string): Node | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node) && (name === undefined || node.source === name)) return node;
    if (isMap(node)) for (const p of [...(node.items as Pair<unknown, unknown>[])].reverse()) stack.push(p.value, p.key);
    else if (isSeq(node)) stack.push(...[...node.items].reverse());
  }
  return undefined;
}

/** The plain top-level values of a map (id, kind) for a document whose whole data cannot be had. */
function topLevelScalars(root: unknown): Record<string, unknown> | undefined {
  if (!isMap(root)) return undefined;
  const out: Record<string, unknown> = {};
  for (const p of root.items as Pair<unknown, unknown>[]) {
    if (isScalar(p.key) && isScalar(p.value) && (p.key.value === 'id' || p.key.value === 'kind')) out[String(p.key.value)] = p.value.value;
  }
  return out;
}

/** Where `[` and `{` first nest deeper than MAX_DEPTH, outside quoted strings and comments; linear. */
function deepFlow(yamlText: string, toPosition: (offset: number) => Position): Position | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < yamlText.length; i++) {
    const c = yamlText[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(yamlText[i - 1]!))) {
      const end = yamlText.indexOf('\n', i);
      i = end < 0 ? yamlText.length : end;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return toPosition(i);
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** The line of the deepest indentation: where a YAML too deep for the parser most likely is. */
function deepestLine(yamlText: string, firstLine: number): Position {
  let best = 0;
  let line = 0;
  yamlText.split('\n').forEach((l, i) => {
    const indent = /^[ \t]*/.exec(l)![0].length;
    if (indent > best) [best, line] = [indent, i];
  });
  return { line: firstLine + line, column: 1 };
}

/**
 * Where a Markdown body nests deeper than MAX_DEPTH: block quotes (`>` markers), indentation (nested lists, two
 * or more columns a level), or open HTML elements. Linear, and conservative: it may stop a body the renderer
 * could have handled slowly, never one a person would write.
 */
/** Elements that are never or implicitly closed: they do not nest. */
const SELF_CLOSING = new Set('area base br col dd dt embed hr img input li link meta option p param source td th tr track wbr'.split(' '));

const DEEP_INDENT = ' '.repeat(2 * MAX_DEPTH + 1);

function deepMarkdown(body: string, firstLine: number): Position | undefined {
  // Too few `>` for that many quote markers on a line, too few `<` for that many open elements, and no run of
  // spaces that long: no line can be too deep (most bodies; this skips a regular expression per line).
  if (fewerThan(body, '>', MAX_DEPTH + 1) && fewerThan(body, '<', 2 * MAX_DEPTH + 1) && !body.includes(DEEP_INDENT)) return undefined;
  let open = 0;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const quotes = /^(?:[ \t]*>)*/.exec(l)![0].replace(/[^>]/g, '').length;
    const indent = /^ */.exec(l)![0].length;
    for (const m of l.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)/g)) {
      if (!SELF_CLOSING.has(m[2]!.toLowerCase())) open = Math.max(0, open + (m[1] ? -1 : 1));
    }
    if (quotes > MAX_DEPTH || indent > 2 * MAX_DEPTH || open > 2 * MAX_DEPTH) return { line: firstLine + i, column: 1 };
  }
  return undefined;
}

/** Whether `text` holds fewer than `n` of `c`. */
function fewerThan(text: string, c: string, n: number): boolean {
  let count = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) if (++count >= n) return false;
  return true;
}

function emptyDocument(file: string, body: string): ParsedDocument {
  return {
    file,
    format: 'markdown',
    data: undefined,
    body,
    bodyLine: 1,
    broken: true,
    positions: emptyIndex(),
    locate: () => ({ file, line: 1, column: 1 }),
  };
}

/** Keep the first sentence of the yaml package's message; it names the problem, the rest repeats context. */
function yamlReason(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+.*$/, '').replace(/[.:]\s*$/, '');
}
