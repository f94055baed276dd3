/** The redline's own words (a staff review page), per document locale; the Dutch table is the shape. */
export type RedlineLocale = 'nl-BE' | 'en';

const nl = {
  changes: 'Wijzigingen',
  /** Put before the document's title in the banner and the page title. */
  titlePrefix: 'Wijzigingen in',
  changed: 'gewijzigd',
  inserted: 'ingevoegd',
  deleted: 'verwijderd',
  unchanged: 'ongewijzigd',
  /** Read out before marked text by a screen reader (the marks themselves are not announced everywhere). */
  srInserted: 'ingevoegd: ',
  srDeleted: 'verwijderd: ',
  srChanged: 'gewijzigd: ',
  legend:
    'Ingevoegde tekst is groen en onderstreept, verwijderde tekst rood en doorstreept. Ongewijzigde delen zijn dichtgeklapt: open ze met hun titel.',
  count: (n: number) => (n === 1 ? '1 wijziging' : `${n} wijzigingen`),
  none: 'Geen wijzigingen: dit document is ongewijzigd.',
  newDocument: 'Nieuw document: het bestond niet in de vergelijkingsbasis.',
  removedDocument: 'Verwijderd document: het bestaat niet meer in de huidige inhoud.',
  review: 'Werkversie voor nazicht, geen document voor de subsidiegever.',
};

export type RedlineLabels = typeof nl;

const en: RedlineLabels = {
  changes: 'Changes',
  titlePrefix: 'Changes in',
  changed: 'changed',
  inserted: 'inserted',
  deleted: 'deleted',
  unchanged: 'unchanged',
  srInserted: 'inserted: ',
  srDeleted: 'deleted: ',
  srChanged: 'changed: ',
  legend:
    'Inserted text is green and underlined, deleted text red and struck through. Unchanged parts are folded: open them by their heading.',
  count: (n: number) => (n === 1 ? '1 change' : `${n} changes`),
  none: 'No changes: this document is unchanged.',
  newDocument: 'New document: it did not exist at the base of the comparison.',
  removedDocument: 'Removed document: it no longer exists in the current content.',
  review: 'Staff review copy, not a document for the funder.',
};

export const REDLINE_LABELS: Record<RedlineLocale, RedlineLabels> = { 'nl-BE': nl, en };
