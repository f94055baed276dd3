/**
 * parse: one source file → YAML data with positions, plus the Markdown body.
 * Pure and per-document: it sees one file and nothing else, so files can be parsed in parallel and cached.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { diag, type Location, type Position, type RawDiagnostic } from './diagnostics/index.js';

export interface SourceFile {
  /** POSIX path relative to the content folder. */
  path: string;
  /** Text with LF line endings. */
  text: string;
}

export type PathSegment = string | number;

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
  /** The file location of the node at a data path: a missing node points at its nearest existing ancestor. */
  locate(path: readonly PathSegment[], part?: 'key' | 'value'): Location;
}

export interface ParseResult {
  document: ParsedDocument;
  diagnostics: RawDiagnostic[];
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function parseSource(source: SourceFile): ParseResult {
  const isYamlFile = /\.ya?ml$/i.test(source.path);
  const text = source.text.startsWith('\uFEFF') ? source.text.slice(1) : source.text;
  const diagnostics: RawDiagnostic[] = [];
  const at = (p: Position): Location => ({ file: source.path, ...p });

  let yamlText: string;
  let yamlFirstLine = 1; // file line of the YAML's first line
  let body = '';
  let bodyLine = 1;

  if (isYamlFile) {
    yamlText = text;
  } else {
    const lines = text.split('\n');
    if (!FENCE.test(lines[0] ?? '')) {
      diagnostics.push(diag('parse/front-matter-missing', {}, at({ line: 1, column: 1 })));
      return { document: emptyDocument(source.path, text), diagnostics };
    }
    const close = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
    if (close < 0) {
      diagnostics.push(diag('parse/front-matter-unclosed', {}, at({ line: 1, column: 1 })));
      return { document: emptyDocument(source.path, ''), diagnostics };
    }
    yamlText = lines.slice(1, close).join('\n') + '\n';
    yamlFirstLine = 2;
    body = lines.slice(close + 1).join('\n');
    bodyLine = close + 2;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const toPosition = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + yamlFirstLine - 1, column: p.col };
  };
  const rangeOf = (node: { range?: [number, number, number] | null | undefined } | null | undefined): Position => {
    if (!node?.range) return { line: yamlFirstLine, column: 1 };
    const start = toPosition(node.range[0]);
    const end = toPosition(node.range[1]);
    return { ...start, endLine: end.line, endColumn: end.column };
  };

  for (const err of doc.errors) {
    const pos = toPosition(err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') {
      // The error points at the repeated key: read the key's text from the source there.
      const key = /^\s*["']?([^"':\n]*)/.exec(yamlText.slice(err.pos[0]))?.[1]?.trim() || '?';
      diagnostics.push(diag('parse/duplicate-key', { key }, at(pos)));
    } else {
      diagnostics.push(diag('parse/yaml-syntax', { reason: yamlReason(err.message) }, at(pos)));
    }
  }
  const broken = doc.errors.length > 0;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch {
    data = undefined; // a partial document that cannot even be converted: treat as broken
  }
  if (!broken && data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    diagnostics.push(
      diag('parse/not-a-map', { found: Array.isArray(data) ? 'a list' : `the value ${JSON.stringify(data)}` }, at(rangeOf(doc.contents))),
    );
  }
  if (!broken && (data === null || data === undefined) && !isYamlFile) data = {};

  const locate = (path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Location =>
    at(locateIn(doc, path, part, rangeOf, yamlFirstLine));

  return {
    document: { file: source.path, format: isYamlFile ? 'yaml' : 'markdown', data, body, bodyLine, broken, locate },
    diagnostics,
  };
}

function emptyDocument(file: string, body: string): ParsedDocument {
  return {
    file,
    format: 'markdown',
    data: undefined,
    body,
    bodyLine: 1,
    broken: true,
    locate: () => ({ file, line: 1, column: 1 }),
  };
}

/** Keep the first sentence of the yaml package's message; it names the problem, the rest repeats context. */
function yamlReason(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+.*$/, '').replace(/[.:]\s*$/, '');
}

function locateIn(
  doc: Document,
  path: readonly PathSegment[],
  part: 'key' | 'value',
  rangeOf: (n: Node | null | undefined) => Position,
  firstLine: number,
): Position {
  let node: unknown = doc.contents;
  let lastKey: Node | null = null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = (node.items as Pair<unknown, unknown>[]).find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return lastKey ? rangeOf(lastKey) : rangeOf(node);
      if (last && part === 'key') return rangeOf(pair.key as Node);
      lastKey = pair.key as Node;
      // `key:` with no value has a null value node: point at the key.
      node = pair.value ?? null;
      if (node === null) return rangeOf(lastKey);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return rangeOf(node);
      node = item;
      lastKey = null;
    } else {
      return node ? rangeOf(node as Node) : lastKey ? rangeOf(lastKey) : { line: firstLine, column: 1 };
    }
  }
  return node ? rangeOf(node as Node) : { line: firstLine, column: 1 };
}
