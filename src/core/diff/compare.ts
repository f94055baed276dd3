/**
 * Generic field-by-field comparison of two values of one document (validated data, so plain JSON): objects key by
 * key, lists of records item by item matched by a natural key (id; code and label; year …) so an inserted line does
 * not make every later one “changed”, lists of plain values as one value. Reports the smallest parts that differ.
 */
import type { PathSegment } from '../parse.js';
import type { Shown } from './types.js';

export interface Difference {
  /** Path in the head's data (indices of the head's list items); `base` is the base's, when it differs. */
  path: PathSegment[];
  basePath: PathSegment[];
  shown: Shown[];
  before?: unknown;
  after?: unknown;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlain = (v: unknown) => v === null || typeof v !== 'object';

export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => equal(a[k], b[k]));
  }
  return false;
}

/** The fields that name a list item, tried in order; the first that names every item on both sides uniquely wins. */
const ITEM_KEYS: readonly (readonly string[])[] = [
  ['id'],
  ['code', 'label'],
  ['label'],
  ['project', 'year'],
  ['theme', 'year'],
  ['year'],
  ['theme'],
  ['source'],
  ['title'],
  ['name'],
];

const keyText = (r: Rec, fields: readonly string[]) =>
  fields
    .map((f) => r[f])
    .filter((v) => v !== undefined && v !== null)
    .map(String)
    .join(' ');

function itemKey(before: readonly unknown[], after: readonly unknown[]): ((r: Rec) => string) | undefined {
  const all = [...before, ...after];
  if (!all.every(isRecord)) return undefined;
  for (const fields of ITEM_KEYS) {
    if (!all.every((r) => fields.some((f) => typeof r[f] === 'string' || typeof r[f] === 'number'))) continue;
    const unique = (list: readonly unknown[]) => new Set(list.map((r) => keyText(r as Rec, fields))).size === list.length;
    if (unique(before) && unique(after)) return (r) => keyText(r, fields);
  }
  return undefined;
}

/** Every difference of `before` and `after`, in the head's order (what went last, in the base's order). */
export function compareValues(before: unknown, after: unknown, path: PathSegment[] = [], shown: Shown[] = []): Difference[] {
  const out: Difference[] = [];
  walk(before, after, path, path, shown, out);
  return out;
}

function walk(before: unknown, after: unknown, path: PathSegment[], basePath: PathSegment[], shown: Shown[], out: Difference[]): void {
  if (equal(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    for (const k of keys) walk(before[k], after[k], [...path, k], [...basePath, k], [...shown, { field: k }], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && !(before.every(isPlain) && after.every(isPlain))) {
    const key = itemKey(before, after);
    if (key) {
      const baseAt = new Map(before.map((r, i) => [key(r as Rec), i] as const));
      const headKeys = new Set<string>();
      after.forEach((r, i) => {
        const k = key(r as Rec);
        headKeys.add(k);
        const j = baseAt.get(k);
        walk(j === undefined ? undefined : before[j], r, [...path, i], [...basePath, j ?? i], [...shown, { item: k }], out);
      });
      before.forEach((r, j) => {
        const k = key(r as Rec);
        if (!headKeys.has(k)) out.push({ path: [...path], basePath: [...basePath, j], shown: [...shown, { item: k }], before: r });
      });
      return;
    }
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) walk(before[i], after[i], [...path, i], [...basePath, i], [...shown, { item: `#${i + 1}` }], out);
    return;
  }
  out.push({
    path,
    basePath,
    shown,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  });
}
