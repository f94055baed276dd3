/** The timeline of the plan: one bar per top-level action (internal ones aside) and per sub-project under it. */
import type { ActionDoc, LinkContext } from '../../core/link/model.js';
import { OPEN_END, periodOf } from '../../core/period.js';

export interface TimelineRow {
  /** Sub-projects are marked with a leading “· ”. */
  title: string;
  /** First and last day (YYYY-MM-DD); an open end runs to the end of the plan. */
  start: string;
  end: string;
  kind: 'action' | 'subProject';
  open: boolean;
  /** Position in the plan (the chart keeps it). */
  order: number;
}

export interface TimelineView {
  /** First and last day of the plan. */
  start: string;
  end: string;
  rows: TimelineRow[];
  /** Actions whose start or end is not stated: listed under the chart. */
  missing: ActionDoc[];
}

export function timelineView(content: LinkContext): TimelineView | null {
  const period = content.plan?.data.period;
  if (!period) return null;
  const ordered: ActionDoc[] = [];
  for (const a of content.actions.filter((x) => x.data.parent === undefined && x.kind !== 'internal-action'))
    ordered.push(a, ...(content.childrenOf.get(a.data.id) ?? []));
  const rows: TimelineRow[] = [];
  const missing: ActionDoc[] = [];
  ordered.forEach((a, i) => {
    const p = periodOf(a.data.timing);
    if (!p.start || !p.end) {
      missing.push(a);
      return;
    }
    const sub = a.kind === 'sub-project';
    const open = p.end === OPEN_END;
    rows.push({
      title: `${sub ? '· ' : ''}${a.data.title}`,
      start: p.start,
      end: open ? `${period.end}-12-31` : p.end,
      kind: sub ? 'subProject' : 'action',
      open,
      order: i,
    });
  });
  return { start: `${period.start}-01-01`, end: `${period.end}-12-31`, rows, missing };
}
