/** Every reference a document makes: which id, which kinds it may point to, and where it is written. */

import type { PathSegment } from '../parse.js';
import { CONTEXT_DOCUMENT } from '../schema/divergences.js';
import { ACTION_KINDS } from '../schema/kinds.js';
import type { AnyValidDocument } from '../validate.js';
import type { EntityKind } from './model.js';

export interface Reference {
  id: string;
  expected: readonly EntityKind[];
  path: PathSegment[];
}

const ACTIONS: readonly EntityKind[] = ACTION_KINDS;
const GOAL: readonly EntityKind[] = ['goal'];
const THEME: readonly EntityKind[] = ['theme'];
const PLACE: readonly EntityKind[] = ['municipality', 'region'];
const DOCUMENT: readonly EntityKind[] = ['plan', 'report', 'source'];
const BUILT: readonly EntityKind[] = ['plan', 'report'];

export function referencesOf(doc: AnyValidDocument): Reference[] {
  const refs: Reference[] = [];
  const ref = (id: string | undefined, expected: readonly EntityKind[], ...path: PathSegment[]) => {
    if (id !== undefined) refs.push({ id, expected, path });
  };
  const contributions = (goals: { id: string }[] | undefined, ...prefix: PathSegment[]) =>
    goals?.forEach((g, i) => ref(g.id, GOAL, ...prefix, i, 'id'));

  switch (doc.kind) {
    case 'plan':
      doc.data.themes.forEach((t, i) => ref(t.goal, GOAL, 'themes', i, 'goal'));
      break;
    case 'chapter':
      ref(doc.data.document, DOCUMENT, 'document');
      break;
    case 'goal':
      ref(doc.data.parent, GOAL, 'parent');
      ref(doc.data.theme, THEME, 'theme');
      ref(doc.data.replacedBy, GOAL, 'replacedBy');
      break;
    case 'strategic-action':
    case 'transversal-action':
    case 'internal-action':
    case 'sub-project':
      ref(doc.data.parent, ACTIONS, 'parent');
      doc.data.municipalities?.forEach((m, i) => ref(m, ['municipality'], 'municipalities', i));
      contributions(doc.data.goals, 'goals');
      doc.data.continues?.forEach((a, i) => ref(a, ACTIONS, 'continues', i));
      break;
    case 'region':
      ref(doc.data.parent, ['region'], 'parent');
      ref(doc.data.source, ['source'], 'source');
      doc.data.meetings?.forEach((m, i) => ref(m.host, ['municipality'], 'meetings', i, 'host'));
      break;
    case 'municipalities':
      doc.data.items.forEach((m, i) => {
        ref(m.region, ['region'], 'items', i, 'region');
        ref(m.mergedInto, ['municipality'], 'items', i, 'mergedInto');
      });
      break;
    case 'progress':
      ref(doc.data.project, ACTIONS, 'project');
      ref(doc.data.theme, THEME, 'theme');
      contributions(doc.data.fixed?.goals, 'fixed', 'goals');
      for (const key of ['activities', 'participations'] as const) {
        for (const type of Object.keys(doc.data.measures?.[key] ?? {}).sort()) ref(type, ['activity-type'], 'measures', key, type);
      }
      break;
    case 'signal':
      doc.data.themes?.forEach((t, i) => ref(t, THEME, 'themes', i));
      break;
    case 'change':
      ref(doc.data.goal, GOAL, 'goal');
      ref(doc.data.action, ACTIONS, 'action');
      ref(doc.data.into, doc.data.type.startsWith('goal-') ? GOAL : ACTIONS, 'into');
      break;
    case 'evaluation':
      ref(doc.data.theme, THEME, 'theme');
      break;
    case 'partnerships':
      doc.data.rows.forEach((r, i) => {
        ref(r.theme, THEME, 'rows', i, 'theme');
        r.themes?.forEach((t, j) => ref(t, THEME, 'rows', i, 'themes', j));
      });
      break;
    case 'staffing':
      doc.data.rows.forEach((r, i) => {
        ref(r.goal, GOAL, 'rows', i, 'goal');
        ref(r.theme, THEME, 'rows', i, 'theme');
      });
      break;
    case 'extension-request':
      doc.data.items.forEach((r, i) => ref(r.theme, THEME, 'items', i, 'theme'));
      break;
    case 'report':
      doc.data.declared?.fte?.byTheme?.forEach((r, i) => ref(r.theme, THEME, 'declared', 'fte', 'byTheme', i, 'theme'));
      doc.data.declared?.fte?.withoutTargetGroupShare?.forEach((r, i) =>
        ref(r.theme, THEME, 'declared', 'fte', 'withoutTargetGroupShare', i, 'theme'),
      );
      doc.data.declared?.policyDossiers?.byTheme?.forEach((r, i) =>
        ref(r.theme, THEME, 'declared', 'policyDossiers', 'byTheme', i, 'theme'),
      );
      doc.data.declared?.localFunding?.forEach((r, i) => ref(r.theme, THEME, 'declared', 'localFunding', i, 'theme'));
      doc.data.declared?.localFundingShares?.forEach((r, i) => ref(r.theme, THEME, 'declared', 'localFundingShares', i, 'theme'));
      break;
    case 'priority-theme':
      ref(doc.data.source, ['source'], 'source');
      doc.data.recommendations.forEach((r, i) => r.answeredBy?.forEach((a, j) => ref(a, ACTIONS, 'recommendations', i, 'answeredBy', j)));
      break;
    case 'statistics':
      doc.data.items.forEach((s, i) => {
        ref(s.area, PLACE, 'items', i, 'area');
        ref(s.document, DOCUMENT, 'items', i, 'document');
      });
      break;
    case 'divergences':
      // `context` names the context document, which has no id: the divergences rule checks that word.
      doc.data.items.forEach((d, i) => {
        if (d.document !== CONTEXT_DOCUMENT) ref(d.document, BUILT, 'items', i, 'document');
      });
      doc.data.sources.forEach((s, i) => ref(s.document, ['source'], 'sources', i, 'document'));
      break;
    case 'source':
    case 'budget':
      break;
  }
  return refs;
}
