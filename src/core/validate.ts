/**
 * validate: one parsed document → a typed document of its kind, or diagnostics at the exact YAML nodes.
 * Shape only: whether a referenced id exists is the link stage's business.
 */
import type { z } from 'zod';
import { type BodyLinkScan, type ParseMarkdown, scanBodyLinks } from './body-links.js';
import { checkDate } from './dates.js';
import { closest, diag, type RawDiagnostic } from './diagnostics/index.js';
import type { ParsedDocument, PathSegment, PositionIndex } from './parse.js';
import { type DocOf, KINDS, type Kind, SCHEMAS } from './schema/kinds.js';
import { DAY_PATTERN, ID_PATTERN, PARTIAL_DATE_PATTERN } from './schema/primitives.js';

/** A document that passed its schema. */
export interface ValidDocument<K extends Kind = Kind> {
  kind: K;
  file: string;
  data: DocOf<K>;
  body: string;
  bodyLine: number;
  locate: ParsedDocument['locate'];
  /** The positions `locate` reads: plain data, kept so the document can cross a worker boundary. */
  positions: PositionIndex;
  /** Links to other entities in the body, `[text](@id)`: found, or the ids they could name (body-links.ts). */
  links: BodyLinkScan;
}

export type AnyValidDocument = { [K in Kind]: ValidDocument<K> }[Kind];

/** What we know of a document that failed: enough to keep its id from causing follow-up errors elsewhere. */
export interface Placeholder {
  file: string;
  id?: string;
  kind?: string;
}

export type ValidateResult =
  | { ok: true; document: AnyValidDocument; diagnostics: RawDiagnostic[] }
  | { ok: false; placeholder: Placeholder; diagnostics: RawDiagnostic[] };

export function validateDocument(doc: ParsedDocument, parse: ParseMarkdown): ValidateResult {
  const data = doc.data as Record<string, unknown> | undefined;
  const placeholder: Placeholder = { file: doc.file };
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    if (typeof data.id === 'string') placeholder.id = data.id;
    if (typeof data.kind === 'string') placeholder.kind = data.kind;
  }
  if (doc.broken || !data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, placeholder, diagnostics: [] };

  const kind = data.kind;
  if (typeof kind !== 'string' || !(kind in SCHEMAS)) {
    const at = kind === undefined ? doc.locate([]) : doc.locate(['kind']);
    const value = typeof kind === 'string' ? kind : undefined;
    const args: { kind: string | undefined; known: readonly string[]; suggestion?: string } = { kind: value, known: KINDS };
    const s = value === undefined ? undefined : closest(value, KINDS);
    if (s !== undefined) args.suggestion = s;
    return { ok: false, placeholder, diagnostics: [diag('schema/unknown-kind', args, at)] };
  }
  const schema = SCHEMAS[kind as Kind] as z.ZodType;
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) {
    const document = {
      kind: kind as Kind,
      file: doc.file,
      data: result.data,
      body: doc.body,
      bodyLine: doc.bodyLine,
      locate: doc.locate,
      positions: doc.positions,
      links: scanBodyLinks(doc.body, doc.bodyLine, parse),
    } as AnyValidDocument;
    return { ok: true, document, diagnostics: [] };
  }
  // One bad value can fail two checks (a date's pattern and its calendar check): report it once. The arguments
  // are part of the key: every missing field of a map is located at the same node, and each must be reported.
  const seen = new Set<string>();
  const diagnostics = result.error.issues
    .flatMap((issue) => issueDiagnostics(issue as Issue, doc, schema))
    .filter((d) => {
      const key = `${d.line}:${d.column}:${d.code}:${JSON.stringify(d.args)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { ok: false, placeholder, diagnostics };
}

/** The parts of a zod 4 issue we read. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  params?: Record<string, unknown>;
  errors?: Issue[][];
  pattern?: string;
}

function issueDiagnostics(issue: Issue, doc: ParsedDocument, root: z.ZodType): RawDiagnostic[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p === 'string' || typeof p === 'number');
  const at = doc.locate(path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'integer' : (issue.expected ?? 'value');
      if (issue.input === undefined) {
        return [diag('schema/missing-key', { key: String(path[path.length - 1] ?? ''), expected }, at)];
      }
      const args: { expected: string; found: string; value?: string } = { expected, found: typeName(issue.input) };
      if (isScalar(issue.input)) args.value = JSON.stringify(issue.input);
      return [diag('schema/invalid-type', args, at)];
    }
    case 'unrecognized_keys': {
      const known = keysAt(root, path);
      return (issue.keys ?? []).map((key) => {
        const args: { key: string; known: readonly string[]; suggestion?: string } = { key, known };
        const s = closest(key, known);
        if (s !== undefined) args.suggestion = s;
        return diag('schema/unknown-key', args, doc.locate([...path, key], 'key'));
      });
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String);
      if (issue.input === undefined)
        return [diag('schema/missing-key', { key: String(path[path.length - 1] ?? ''), expected: 'value', allowed }, at)];
      const value = String(issue.input);
      const args: { value: string; allowed: readonly string[]; suggestion?: string } = { value, allowed };
      const s = closest(value, allowed);
      if (s !== undefined) args.suggestion = s;
      return [diag('schema/invalid-value', args, at)];
    }
    case 'too_small':
    case 'too_big': {
      const direction = issue.code === 'too_small' ? 'min' : 'max';
      const limit = String(direction === 'min' ? issue.minimum : issue.maximum);
      const what = issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint' ? 'number' : 'size';
      return [diag('schema/out-of-range', { value: String(issue.input), limit, direction, what }, at)];
    }
    case 'invalid_format': {
      if (issue.pattern === String(ID_PATTERN)) return [diag('schema/invalid-id', { value: String(issue.input) }, at)];
      if (issue.pattern === String(DAY_PATTERN) || issue.pattern === String(PARTIAL_DATE_PATTERN)) {
        const allowsPartial = issue.pattern === String(PARTIAL_DATE_PATTERN);
        return [diag('schema/invalid-date', { value: String(issue.input), reason: 'format', allowsPartial }, at)];
      }
      return [diag('schema/invalid', { detail: issue.message }, at)];
    }
    case 'custom': {
      if (issue.params?.pw === 'date') {
        const allowsPartial = issue.params.allowsPartial === true;
        const check = checkDate(String(issue.input), allowsPartial);
        const reason = check.ok ? 'format' : check.reason;
        return [diag('schema/invalid-date', { value: String(issue.input), reason, allowsPartial }, at)];
      }
      return [diag('schema/invalid', { detail: issue.message }, at)];
    }
    case 'invalid_union': {
      // Report the branch that got furthest: the one whose issues are deepest, then fewest.
      const branches = (issue.errors ?? []).filter((b) => b.length > 0);
      const depth = (b: Issue[]) => Math.max(...b.map((i) => i.path.length));
      const best = branches.sort(
        (a, b) => depth(b) - depth(a) || a.length - b.length || (literalOnly(a) ? 1 : 0) - (literalOnly(b) ? 1 : 0),
      )[0];
      if (best) return best.flatMap((i) => issueDiagnostics({ ...i, path: [...issue.path, ...i.path] }, doc, root));
      return [diag('schema/invalid', { detail: issue.message }, at)];
    }
    default:
      return [diag('schema/invalid', { detail: issue.message }, at)];
  }
}

const literalOnly = (b: Issue[]) => b.every((i) => i.code === 'invalid_value');

function isScalar(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
  return typeof v;
}

/** The field names a schema allows at a data path (for “did you mean”). */
function keysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  // A union (a value of one of several shapes) is followed into each of its options: the keys of all of them.
  let nodes: unknown[] = options(schema);
  for (const seg of path) {
    nodes = nodes.flatMap((node) => {
      const def = defOf(node);
      if (def?.type === 'object') return options((def.shape as Record<string, unknown>)[String(seg)]);
      if (def?.type === 'array') return options(def.element);
      if (def?.type === 'record') return options(def.valueType);
      return [];
    });
  }
  const keys = new Set<string>();
  for (const node of nodes) {
    const def = defOf(node);
    if (def?.type === 'object') for (const k of Object.keys(def.shape as object)) keys.add(k);
  }
  return [...keys].sort();
}

/** The schema node unwrapped, or each option of a union, each unwrapped. */
function options(node: unknown): unknown[] {
  const inner = unwrap(node);
  const def = defOf(inner);
  return def?.type === 'union' ? (def.options as unknown[]).flatMap(options) : inner === undefined ? [] : [inner];
}

function defOf(node: unknown): Record<string, unknown> | undefined {
  return (node as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
}

function unwrap(node: unknown): unknown {
  for (;;) {
    const def = defOf(node);
    if (!def) return node;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') node = def.innerType;
    else if (def.type === 'pipe') node = def.out;
    else return node;
  }
}
