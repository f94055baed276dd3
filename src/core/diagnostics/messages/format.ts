/** Shared wording helpers for the messages of every language: quoting, numbers, lists and labels of kinds and types. */
import type { Lang } from '../types.js';

export const q = (s: unknown): string => `“${String(s)}”`;
/** Numbers in messages: up to two decimals, decimal comma in Dutch. */
export const fmt = (n: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false }).format(n);
export const list = (xs: readonly string[]): string => xs.map(q).join(', ');
export const suggest = (lang: Lang, s: string | undefined, otherwise: string): string =>
  s === undefined ? otherwise : lang === 'nl' ? `Bedoelde je ${q(s)}?` : `Did you mean ${q(s)}?`;

export const KIND_LABELS: Record<string, Record<Lang, string>> = {
  plan: { en: 'plan', nl: 'plan' },
  report: { en: 'progress report', nl: 'voortgangsrapport' },
  chapter: { en: 'chapter', nl: 'hoofdstuk' },
  source: { en: 'source document', nl: 'brondocument' },
  goal: { en: 'goal', nl: 'doelstelling' },
  'strategic-goal': { en: 'strategic goal', nl: 'strategische doelstelling' },
  'operational-goal': { en: 'operational goal', nl: 'operationele doelstelling' },
  action: { en: 'action', nl: 'actie' },
  'strategic-action': { en: 'strategic action', nl: 'strategische actie' },
  'transversal-action': { en: 'transversal action', nl: 'transversale strategische actie' },
  'internal-action': { en: 'internal action', nl: 'actie interne organisatie' },
  'sub-project': { en: 'sub-project', nl: 'deelproject' },
  theme: { en: 'theme', nl: 'thema' },
  'activity-type': { en: 'activity type', nl: 'activiteitensoort' },
  region: { en: 'region', nl: 'regio' },
  municipality: { en: 'municipality', nl: 'gemeente' },
  progress: { en: 'progress entry', nl: 'voortgangsrapportering' },
  signal: { en: 'signal', nl: 'signaal' },
  change: { en: 'plan change', nl: 'planwijziging' },
  evaluation: { en: 'evaluation', nl: 'evaluatie' },
  partnerships: { en: 'partnership table', nl: 'tabel samenwerkingsverbanden' },
  staffing: { en: 'staffing table', nl: 'personeelsinzet' },
  'extension-request': { en: 'extension request', nl: 'uitbreidingsvraag' },
  budget: { en: 'budget', nl: 'begroting' },
  'priority-theme': { en: 'priority-note theme', nl: 'thema van de prioriteitennota' },
  statistics: { en: 'statistics table', nl: 'cijfertabel' },
  statistic: { en: 'statistic', nl: 'cijfer' },
  municipalities: { en: 'municipality list', nl: 'gemeentelijst' },
  targets: { en: 'targets table', nl: 'tabel met streefwaarden' },
  divergences: { en: 'divergences record', nl: 'lijst van afwijkingen' },
};
export const kindLabel = (kind: string, lang: Lang): string => KIND_LABELS[kind]?.[lang] ?? kind;
const TYPE_LABELS: Record<string, Record<Lang, string>> = {
  string: { en: 'text', nl: 'tekst' },
  number: { en: 'a number', nl: 'een getal' },
  integer: { en: 'a whole number', nl: 'een geheel getal' },
  boolean: { en: 'true or false', nl: 'true of false' },
  array: { en: 'a list', nl: 'een lijst' },
  object: { en: 'a map of fields', nl: 'een map van velden' },
  null: { en: 'an empty value', nl: 'een lege waarde' },
  undefined: { en: 'nothing', nl: 'niets' },
  date: { en: 'an ISO date', nl: 'een ISO-datum' },
  year: { en: 'a year', nl: 'een jaartal' },
  id: { en: 'an id', nl: 'een id' },
  value: { en: 'a value', nl: 'een waarde' },
};
export const typeLabel = (t: string, lang: Lang): string => TYPE_LABELS[t]?.[lang] ?? t;
export const kinds = (ks: readonly string[], lang: Lang): string => ks.map((k) => kindLabel(k, lang)).join(lang === 'nl' ? ' of ' : ' or ');
/** The unit after a compared figure: a percentage's sign, or nothing. */
export const unit = (a: { percent: boolean }): string => (a.percent ? ' %' : '');
