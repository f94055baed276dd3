/** What the zod schemas say about a place in a document: its keys, its allowed values, its description. */
import type { z } from 'zod';
import { KINDS, type Kind, SCHEMAS } from '../core/schema/kinds.js';

/** A path into a document: keys, and '*' for any list item or record entry. */
export type SchemaPath = readonly string[];

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strip the wrappers that do not change what may be written: optional, nullable, default, pipes. */
function unwrap(s: z.ZodType): z.ZodType[] {
  const def = defOf(s);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return unwrap(def.innerType!);
    case 'pipe':
      // preprocess: the schema is `out`; transform: the schema is `in`
      return defOf(def.in!).type === 'transform' ? unwrap(def.out!) : unwrap(def.in!);
    case 'union':
      return def.options!.flatMap(unwrap);
    default:
      return [s];
  }
}

export const isKind = (k: unknown): k is Kind => typeof k === 'string' && (KINDS as string[]).includes(k);

/** The schemas at a path of a document of `kind` (several when a union allows several shapes). */
export function schemasAt(kind: Kind, path: SchemaPath): z.ZodType[] {
  let current = unwrap(SCHEMAS[kind] as unknown as z.ZodType);
  for (const seg of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === 'object') return def.shape?.[seg] ? unwrap(def.shape[seg]) : [];
      if (def.type === 'array' && seg === '*') return unwrap(def.element!);
      if (def.type === 'record') return unwrap(def.valueType!);
      return [];
    });
  }
  return current;
}

export interface KeyInfo {
  key: string;
  description?: string;
  required: boolean;
}

/** The keys a map at `path` may have. */
export function keysAt(kind: Kind, path: SchemaPath): KeyInfo[] {
  return schemasAt(kind, path).flatMap((s) => {
    const def = defOf(s);
    if (def.type !== 'object') return [];
    return Object.entries(def.shape ?? {}).map(([key, field]) => {
      const info: KeyInfo = { key, required: !(field as unknown as { isOptional(): boolean }).isOptional() };
      const description = describe(field);
      if (description !== undefined) info.description = description;
      return info;
    });
  });
}

/** The fixed values allowed at `path` (enums, literals, booleans); empty when any value goes. */
export function valuesAt(kind: Kind, path: SchemaPath): string[] {
  if (path.length === 1 && path[0] === 'kind') return [...KINDS];
  return schemasAt(kind, path).flatMap((s) => {
    const def = defOf(s);
    if (def.type === 'enum') return Object.values(def.entries ?? {});
    if (def.type === 'literal') return (def.values ?? []).map(String);
    if (def.type === 'boolean') return ['true', 'false'];
    return [];
  });
}

/** Whether the thing at `path` is a map (so a list item there is written `- key: value`). */
export const isMapAt = (kind: Kind, path: SchemaPath): boolean => schemasAt(kind, path).some((s) => defOf(s).type === 'object');

function describe(s: z.ZodType): string | undefined {
  for (let current: z.ZodType | undefined = s; current; ) {
    if (current.description) return current.description;
    const def = defOf(current);
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return undefined;
}
