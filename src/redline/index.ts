/**
 * STUB of the redline (the agreed interface of plan diff's redlines); the real one replaces this file at merge.
 * `base`/`head`: the complete HTML of one document as plan build writes it (undefined: new / gone).
 */
export interface RedlineInput {
  base?: string;
  head?: string;
  title: string;
  locale: 'nl-BE' | 'en';
}
export interface RedlineChange {
  anchor: string;
  heading: string;
  kind: 'changed' | 'inserted' | 'deleted';
}
export interface Redline {
  changed: boolean;
  html: string;
  changes: RedlineChange[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redline(input: RedlineInput): Redline {
  const changed = input.base !== input.head;
  const html = `<!doctype html>\n<html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title></head><body><p>${changed ? 'changed' : 'unchanged'}</p></body></html>\n`;
  return { changed, html, changes: [] };
}
