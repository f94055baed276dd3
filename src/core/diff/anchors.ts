/**
 * Where a change is in the redlines: the element id of its block in the document that shows it (the templates'
 * anchors, `goal-<id>`, `action-<id>` …; the redline keeps the documents' ids on the blocks it marks). Looked up in
 * the head's HTML, or the base's for what was removed; a change no changed document shows is left without a link.
 */
import type { ModelDiff } from './types.js';

export interface RedlineTarget {
  /** The redline's file name in the --out folder. */
  redline: string;
  head?: string;
  base?: string;
}

const PREFIX: Record<string, string> = {
  'strategic-action': 'action',
  'transversal-action': 'action',
  'internal-action': 'action',
  'sub-project': 'action',
  'priority-theme': 'priority',
};
/** Whole parts with one fixed id (templates/plan/budget.ts, staffing.ts). */
const PART: Record<string, string> = { budget: 'begroting', staffing: 'personeel' };

export const entityAnchor = (kind: string, id: string): string => PART[kind] ?? `${PREFIX[kind] ?? kind}-${id}`;

function find(targets: readonly RedlineTarget[], anchor: string, side: 'head' | 'base'): string | undefined {
  const needle = `id="${anchor}"`;
  const t = targets.find((x) => x[side]?.includes(needle)) ?? targets.find((x) => x[side === 'head' ? 'base' : 'head']?.includes(needle));
  return t ? `${t.redline}#${anchor}` : undefined;
}

/** The model diff with `redline` set on every change a changed document shows. */
export function linkRedlines(diff: ModelDiff, targets: readonly RedlineTarget[]): ModelDiff {
  const at = <T extends { redline?: string }>(x: T, anchor: string, side: 'head' | 'base'): T => {
    const redline = find(targets, anchor, side);
    return redline ? { ...x, redline } : x;
  };
  return {
    entities: diff.entities.map((c) => at(c, entityAnchor(c.kind, c.id), c.change === 'removed' ? 'base' : 'head')),
    figures: diff.figures.map((f) => {
      const r = f.ref;
      const anchor =
        r.source === 'indicator'
          ? `indicator-${r.table}-${r.year}`
          : r.source === 'attendance'
            ? `source-${r.id}`
            : entityAnchor(r.source, r.id);
      return at(f, anchor, f.after === null ? 'base' : 'head');
    }),
    structure: diff.structure.map((s) => at(s, `chapter-${s.chapter}`, s.change === 'removed' ? 'base' : 'head')),
  };
}
