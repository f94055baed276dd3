/**
 * The change list's words, in both languages: headings, what happened to an entity, a field's path, a value, a
 * computed figure's name. The reporters (src/reporters/diff/) lay them out for a terminal or Markdown.
 */
import type { Lang } from '../diagnostics/types.js';
import { fieldLabel, figureLabel, kindLabel } from './labels.js';
import type { EntityChange, FigureRef, Shown, StructureChange } from './types.js';

export interface DiffTexts {
  title: (base: string, commit: string) => string;
  nothing: string;
  documents: string;
  model: string;
  figures: string;
  structure: string;
  change: Record<'added' | 'removed' | 'changed' | 'unchanged' | 'moved', string>;
  /** A removed thing's place is at the base. */
  atBase: string;
  redline: string;
  /** Where the redlines are when the list is read away from them (a job summary): the artifact of the run. */
  inArtifact: (name: string) => string;
  movedBy: string;
  noInput: string;
  /** An absent value: a field that is new or gone. */
  none: string;
  /** null: stated as not reported. */
  notReported: string;
  position: (from: number | undefined, to: number | undefined) => string;
  inDocument: (id: string) => string;
  indicator: (number: string, year: number) => string;
  rowTotal: string;
  columnTotal: string;
  count: (n: number, one: string, many: string) => string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: DiffTexts = {
  title: (base, commit) => `Changes since ${base} (${commit})`,
  nothing: 'Nothing changed: the documents and the model are the same as at the base.',
  documents: 'Documents',
  model: 'Goals, actions, projects and data',
  figures: 'Computed figures',
  structure: 'Structure of the documents',
  change: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged', moved: 'moved' },
  atBase: 'at the base',
  redline: 'redline',
  inArtifact: (name) =>
    `The redlines are in the artifact **${name}** of this run (under *Artifacts* on the run’s page): download it and open the file named at each change.`,
  movedBy: 'moved by',
  noInput: 'no changed input found',
  none: '(none)',
  notReported: 'not reported',
  position: (from, to) =>
    from !== undefined && to !== undefined
      ? `from position ${from} to ${to}`
      : to !== undefined
        ? `at position ${to}`
        : `was at position ${from}`,
  inDocument: (id) => `in ${id}`,
  indicator: (number, year) => `indicator ${number} (${year})`,
  rowTotal: 'row total',
  columnTotal: 'column total',
  count,
};

const NL: DiffTexts = {
  title: (base, commit) => `Wijzigingen sinds ${base} (${commit})`,
  nothing: 'Niets gewijzigd: de documenten en het model zijn dezelfde als in de basis.',
  documents: 'Documenten',
  model: 'Doelstellingen, acties, projecten en gegevens',
  figures: 'Berekende cijfers',
  structure: 'Opbouw van de documenten',
  change: { added: 'toegevoegd', removed: 'verwijderd', changed: 'gewijzigd', unchanged: 'ongewijzigd', moved: 'verplaatst' },
  atBase: 'in de basis',
  redline: 'redline',
  inArtifact: (name) =>
    `De redlines staan in het artifact **${name}** van deze run (onder *Artifacts* op de pagina van de run): download het en open het bestand dat bij elke wijziging staat.`,
  movedBy: 'door',
  noInput: 'geen gewijzigde invoer gevonden',
  none: '(geen)',
  notReported: 'niet gerapporteerd',
  position: (from, to) =>
    from !== undefined && to !== undefined
      ? `van plaats ${from} naar ${to}`
      : to !== undefined
        ? `op plaats ${to}`
        : `stond op plaats ${from}`,
  inDocument: (id) => `in ${id}`,
  indicator: (number, year) => `indicator ${number} (${year})`,
  rowTotal: 'rijtotaal',
  columnTotal: 'kolomtotaal',
  count,
};

export const diffTexts = (lang: Lang): DiffTexts => (lang === 'nl' ? NL : EN);

/** A field's path as people read it: `timing › end`, a list item by its key in brackets. */
export const fieldPath = (shown: readonly Shown[], lang: Lang): string =>
  shown.map((s) => ('field' in s ? (/^\d{4}$/.test(s.field) ? s.field : fieldLabel(s.field, lang)) : `[${s.item}]`)).join(' › ');

const MAX = 100;
const cut = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

/**
 * How the documents print numbers and dates (the renderer's formatter in the documents' locale: 10.000 and
 * 1,5 in nl-BE), given by the reporter; RAW prints them as the content writes them.
 */
export interface ValueFormat {
  number: (n: number) => string;
  date: (iso: string) => string;
}
export const RAW: ValueFormat = { number: String, date: (iso) => iso };

/** Fields whose numbers are years or positions, printed as written (2021, not 2.021). */
const PLAIN = new Set(['year', 'years', 'start', 'end', 'from', 'until', 'introduced', 'dropped', 'ended', 'order', 'level', 'number']);
const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** The field a changed value belongs to: the last named step of its path (a list item is its list's). */
export const fieldKey = (shown: readonly Shown[]): string | undefined =>
  [...shown].reverse().find((s): s is { field: string } => 'field' in s)?.field;

/**
 * A value, short: text in quotes (cut at 100 characters, lines joined), a date and a number as the documents
 * print them, a list by commas, a record by its fields. `key` is the field the value is of.
 */
export function valueText(v: unknown, lang: Lang, format: ValueFormat = RAW, key?: string): string {
  const t = diffTexts(lang);
  if (v === undefined) return t.none;
  if (v === null) return t.notReported;
  if (typeof v === 'string') return ISO_DATE.test(v) && format !== RAW ? format.date(v) : `“${cut(v.replace(/\s+/g, ' ').trim())}”`;
  if (typeof v === 'number') return key !== undefined && PLAIN.has(key) ? String(v) : format.number(v);
  if (typeof v === 'boolean') return String(v);
  const inner = (x: unknown, k: string | undefined) =>
    typeof x === 'string' && !(ISO_DATE.test(x) && format !== RAW) ? x : valueText(x, lang, format, k);
  if (Array.isArray(v)) return cut(v.map((x) => inner(x, key)).join(', '));
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return cut(`{ ${entries.map(([k, x]) => `${fieldLabel(k, lang)}: ${inner(x, k)}`).join('; ')} }`);
}

export const entityName = (c: Pick<EntityChange, 'kind' | 'id' | 'title'>, lang: Lang): string =>
  c.title === c.id ? `${kindLabel(c.kind, lang)} ${c.id}` : `${kindLabel(c.kind, lang)} ${c.id} “${c.title}”`;

export function figureName(ref: FigureRef, lang: Lang): string {
  const t = diffTexts(lang);
  switch (ref.source) {
    case 'indicator': {
      const where =
        ref.cell === 'cell'
          ? [ref.row, ref.column && fieldLabel(ref.column, lang)].filter(Boolean).join(' × ')
          : ref.cell === 'row-total'
            ? `${ref.row} (${t.rowTotal})`
            : ref.cell === 'column-total'
              ? `${fieldLabel(ref.column ?? '', lang)} (${t.columnTotal})`
              : ref.cell === 'total'
                ? figureLabel('total', lang)
                : figureLabel(ref.name ?? '', lang);
      return `${t.indicator(ref.number, ref.year)} · ${where}`;
    }
    case 'budget':
      return `${kindLabel('budget', lang)} ${ref.id} · ${figureLabel(ref.subtotal, lang)} ${ref.year}`;
    case 'staffing':
      return `${kindLabel('staffing', lang)} ${ref.id} · ${[ref.row, figureLabel(ref.measure, lang)].filter(Boolean).join(' · ')}`;
    case 'extension-request':
      return `${kindLabel('extension-request', lang)} ${ref.id} · ${figureLabel('total', lang)}`;
    case 'attendance':
      return `${fieldLabel('attendance', lang)} ${ref.id} · ${figureLabel('total', lang)}`;
  }
}

export const structureText = (s: StructureChange, lang: Lang): string => {
  const t = diffTexts(lang);
  return `${kindLabel('chapter', lang)} ${s.chapter} “${s.title}” ${t.change[s.change]} ${t.inDocument(s.document)}, ${t.position(s.from, s.to)}`;
};
