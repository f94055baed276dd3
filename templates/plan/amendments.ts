/**
 * The consolidated plan's list of amendments: every change recorded through the year it stands on, each marked
 * “Gewijzigd in 2021: …” in the document's language, linked to the goal or action and to the report's record.
 */
import type { Element } from 'hast';
import type { Amendment, AmendmentKind } from '../../src/core/as-of.js';
import { type Child, h, joinInline, link, type RenderContext, section } from '../kit.js';

const TEXTS: Record<
  'nl-BE' | 'en',
  {
    heading: (year: number) => string;
    changedIn: (year: number) => string;
    record: string;
    formerly: string;
    kinds: Record<AmendmentKind, string>;
  }
> = {
  'nl-BE': {
    heading: (year) => `Wijzigingen tot en met ${year}`,
    changedIn: (year) => `Gewijzigd in ${year}`,
    record: 'toelichting',
    formerly: 'voorheen',
    kinds: {
      'goal-added': 'doel toegevoegd',
      'goal-dropped': 'doel geschrapt',
      'contribution-added': 'bijdrage toegevoegd',
      'contribution-ended': 'bijdrage beëindigd',
      'action-added': 'actie toegevoegd',
      'action-ended': 'actie beëindigd',
      'organisation-renamed': 'nieuwe naam',
      'action-retitled': 'nieuwe titel',
      'action-retimed': 'nieuwe timing',
      'recorded-change': 'wijziging',
    },
  },
  en: {
    heading: (year) => `Changes through ${year}`,
    changedIn: (year) => `Changed in ${year}`,
    record: 'explanation',
    formerly: 'formerly',
    kinds: {
      'goal-added': 'goal added',
      'goal-dropped': 'goal dropped',
      'contribution-added': 'contribution added',
      'contribution-ended': 'contribution ended',
      'action-added': 'action added',
      'action-ended': 'action ended',
      'organisation-renamed': 'new name',
      'action-retitled': 'new title',
      'action-retimed': 'new timing',
      'recorded-change': 'change',
    },
  },
};

export function amendments(r: RenderContext, through: number, list: readonly Amendment[]): Element | null {
  if (list.length === 0) return null;
  const t = TEXTS[r.locale];
  const name = (id: string) => link(r, id, r.lookup.entityTitle(id) ?? id);
  return section('wijzigingen', 'part amendments', [
    h('h2', t.heading(through)),
    h(
      'ul.amendments',
      list.map((a) => {
        const parts: Child[] = [h('strong', `${t.changedIn(a.year)}: `), t.kinds[a.kind], ' — '];
        parts.push(a.kind === 'organisation-renamed' ? (a.detail ?? '') : name(a.subject.id));
        if (a.kind === 'action-retitled' && a.detail) parts.push(` (${t.formerly}: ${a.detail})`);
        if (a.goal) parts.push(' → ', name(a.goal));
        if (a.into) parts.push(' → ', name(a.into));
        if (a.change) parts.push(' (', ...joinInline([link(r, a.change, t.record)]), ')');
        return h('li', parts as never);
      }),
    ),
  ]);
}
