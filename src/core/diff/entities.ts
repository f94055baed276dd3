/**
 * The documents of two versions keyed by id (ids are unique across the content): added, removed, or changed field
 * by field (compare.ts) with each field's place. Chapters added, removed or reordered are structure (structure.ts),
 * so their `order` is left out here; a chapter's new title or text is a change like any other.
 */
import type { Location } from '../diagnostics/index.js';
import { sortBy } from '../sort.js';
import type { AnyValidDocument } from '../validate.js';
import { compareValues } from './compare.js';
import type { EntityChange, FieldChange } from './types.js';

/** The order kinds are listed in: the plan's own first, then the report's, then the tables; others by name. */
export const KIND_ORDER: readonly string[] = [
  'plan',
  'goal',
  'strategic-action',
  'transversal-action',
  'internal-action',
  'sub-project',
  'region',
  'municipalities',
  'source',
  'priority-theme',
  'statistics',
  'staffing',
  'extension-request',
  'budget',
  'report',
  'progress',
  'signal',
  'change',
  'evaluation',
  'partnerships',
  'targets',
  'chapter',
  'divergences',
];
export const kindRank = (kind: string): number => {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
};

/** What people call the entity: its title, label or name; a progress entry by project and year. */
export function titleOf(d: AnyValidDocument): string {
  const data = d.data as Record<string, unknown>;
  for (const f of ['title', 'label', 'name']) if (typeof data[f] === 'string') return data[f] as string;
  if (d.kind === 'progress') return `${d.data.project} ${d.data.year}`;
  return d.data.id;
}

/** What is compared: the data without kind and id (they key it), and the Markdown text as the field `body`. */
function compared(d: AnyValidDocument): Record<string, unknown> {
  const { kind: _kind, id: _id, ...data } = d.data as Record<string, unknown>;
  if (d.kind === 'chapter') delete data.order;
  const body = d.body.trim();
  return body === '' ? data : { ...data, body };
}

const top = (d: AnyValidDocument): Location => d.locate([]);
const place = (d: AnyValidDocument, path: readonly (string | number)[]): Location =>
  path[0] === 'body' ? { file: d.file, line: d.bodyLine, column: 1 } : d.locate(path);

function fieldChanges(before: AnyValidDocument, after: AnyValidDocument): FieldChange[] {
  const fields: FieldChange[] = [];
  if (before.kind !== after.kind)
    fields.push({ path: ['kind'], shown: [{ field: 'kind' }], before: before.kind, after: after.kind, at: after.locate(['kind']) });
  for (const d of compareValues(compared(before), compared(after))) {
    const gone = d.after === undefined;
    fields.push({
      path: gone ? d.basePath : d.path,
      shown: d.shown,
      ...(d.before !== undefined ? { before: d.before } : {}),
      ...(d.after !== undefined ? { after: d.after } : {}),
      at: gone ? place(before, d.basePath) : place(after, d.path),
    });
  }
  return fields;
}

export function entityChanges(base: readonly AnyValidDocument[], head: readonly AnyValidDocument[]): EntityChange[] {
  const before = new Map(base.map((d) => [d.data.id, d] as const));
  const after = new Map(head.map((d) => [d.data.id, d] as const));
  const out: EntityChange[] = [];
  for (const [id, d] of after) {
    const b = before.get(id);
    const entity = { kind: d.kind, id, title: titleOf(d), at: top(d) };
    if (!b) {
      if (d.kind !== 'chapter') out.push({ change: 'added', ...entity, fields: [] });
      continue;
    }
    const fields = fieldChanges(b, d);
    if (fields.length > 0) out.push({ change: 'changed', ...entity, fields });
  }
  for (const [id, d] of before) {
    if (!after.has(id) && d.kind !== 'chapter')
      out.push({ change: 'removed', kind: d.kind, id, title: titleOf(d), at: top(d), fields: [] });
  }
  return sortBy(
    out,
    (c) => kindRank(c.kind),
    (c) => c.kind,
    (c) => c.id,
  );
}
