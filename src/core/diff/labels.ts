/**
 * The names people read for the content model's fields and kinds, in both languages. A field not in the table is
 * shown by its key (as the content file writes it), so a new field is never hidden — only less nicely named.
 */
import { BUDGET as BUDGET_EN } from '../diagnostics/messages/figures-en.js';
import { BUDGET as BUDGET_NL } from '../diagnostics/messages/figures-nl.js';
import { KIND_LABELS } from '../diagnostics/messages/format.js';
import type { Lang } from '../diagnostics/types.js';

type Both = { en: string; nl: string };

/** Kinds and budget subtotals are named as the diagnostics name them: one table each, shared. */
const budgetLabels: Record<string, Both> = Object.fromEntries(
  Object.entries(BUDGET_EN).map(([k, en]) => [k, { en, nl: BUDGET_NL[k as keyof typeof BUDGET_NL] }]),
);

export const FIELD_LABELS: Record<string, Both> = {
  kind: { en: 'kind', nl: 'soort' },
  title: { en: 'title', nl: 'titel' },
  subtitle: { en: 'subtitle', nl: 'ondertitel' },
  body: { en: 'text', nl: 'tekst' },
  statement: { en: 'statement', nl: 'formulering' },
  code: { en: 'code', nl: 'code' },
  level: { en: 'level', nl: 'niveau' },
  parent: { en: 'parent', nl: 'hoort bij' },
  theme: { en: 'theme', nl: 'thema' },
  themes: { en: 'themes', nl: 'thema’s' },
  scope: { en: 'scope', nl: 'bereik' },
  timing: { en: 'timing', nl: 'timing' },
  start: { en: 'start', nl: 'start' },
  end: { en: 'end', nl: 'einde' },
  goals: { en: 'contributions', nl: 'bijdragen' },
  strength: { en: 'strength', nl: 'sterkte' },
  municipalities: { en: 'municipalities', nl: 'gemeenten' },
  partners: { en: 'partners', nl: 'partners' },
  phase: { en: 'phase', nl: 'fase' },
  introduced: { en: 'introduced', nl: 'ingevoerd' },
  ended: { en: 'ended', nl: 'beëindigd' },
  dropped: { en: 'dropped', nl: 'geschrapt' },
  order: { en: 'order', nl: 'volgorde' },
  year: { en: 'year', nl: 'jaar' },
  years: { en: 'years', nl: 'jaren' },
  project: { en: 'project', nl: 'project' },
  number: { en: 'number', nl: 'nummer' },
  ratings: { en: 'ratings', nl: 'beoordelingen' },
  cooperation: { en: 'cooperation', nl: 'samenwerking' },
  politicalResults: { en: 'political results', nl: 'beleidsresultaten' },
  participation: { en: 'participation', nl: 'participatie' },
  status: { en: 'status', nl: 'status' },
  dossiers: { en: 'policy dossiers', nl: 'beleidsdossiers' },
  planning: { en: 'planning', nl: 'planning' },
  measures: { en: 'measures', nl: 'meetgegevens' },
  fte: { en: 'FTE', nl: 'VTE' },
  fteDirect: { en: 'FTE with the target group', nl: 'VTE met de doelgroep' },
  activities: { en: 'activities', nl: 'activiteiten' },
  participations: { en: 'participations', nl: 'deelnames' },
  partnerContacts: { en: 'partner contacts', nl: 'partnercontacten' },
  policyContacts: { en: 'policy contacts', nl: 'beleidscontacten' },
  volunteers: { en: 'volunteers', nl: 'vrijwilligers' },
  localFunding: { en: 'local funding', nl: 'lokale middelen' },
  amount: { en: 'amount', nl: 'bedrag' },
  fixed: { en: 'fixed data', nl: 'vaste gegevens' },
  lines: { en: 'lines', nl: 'posten' },
  label: { en: 'label', nl: 'omschrijving' },
  group: { en: 'group', nl: 'groep' },
  values: { en: 'values', nl: 'bedragen' },
  declared: { en: 'declared', nl: 'opgegeven' },
  memo: { en: 'memo lines', nl: 'pro memorie' },
  rows: { en: 'rows', nl: 'rijen' },
  decree: { en: 'decree', nl: 'decreet' },
  other: { en: 'other', nl: 'andere' },
  meetings: { en: 'meetings', nl: 'bijeenkomsten' },
  attendance: { en: 'attendance', nl: 'aanwezigen' },
  items: { en: 'items', nl: 'items' },
  name: { en: 'name', nl: 'naam' },
  organisation: { en: 'organisation', nl: 'organisatie' },
  period: { en: 'period', nl: 'periode' },
  document: { en: 'document', nl: 'document' },
  annex: { en: 'annex', nl: 'bijlage' },
  generated: { en: 'generated part', nl: 'gegenereerd deel' },
  include: { en: 'included pieces', nl: 'opgenomen onderdelen' },
};

/** Budget subtotals and staffing measures, as computed figures are named. */
export const FIGURE_LABELS: Record<string, Both> = {
  ...budgetLabels,
  total: { en: 'total', nl: 'totaal' },
  decreeShare: { en: 'decree share', nl: 'aandeel decreet' },
  decree: { en: 'decree', nl: 'decreet' },
  other: { en: 'other', nl: 'andere' },
};

const pick = (table: Record<string, Both>, key: string, lang: Lang) => table[key]?.[lang] ?? key;
export const kindLabel = (kind: string, lang: Lang): string => pick(KIND_LABELS, kind, lang);
export const fieldLabel = (field: string, lang: Lang): string => pick(FIELD_LABELS, field, lang);
export const figureLabel = (name: string, lang: Lang): string => pick(FIGURE_LABELS, name, lang);
