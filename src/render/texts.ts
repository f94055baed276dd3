/**
 * The Markdown texts a build renders of one document, known from the document alone so they can be made with
 * its checks (on a worker thread) and cached: its body, or a progress entry's two parts.
 */

/**
 * A progress body ends with the annex's project description under a heading “Omschrijving …”: that part
 * belongs in the annex of fixed project data. Split on the Markdown text, so each part is rendered once.
 */
export function splitAnnex(body: string): { main: string; annex: string } {
  const m = /^#{1,6}[ \t]+Omschrijving[^\n]*$/im.exec(body);
  return m ? { main: body.slice(0, m.index), annex: body.slice(m.index + m[0].length) } : { main: body, annex: '' };
}

/** The non-empty texts the templates render of a document, in a fixed order. */
export function documentTexts(doc: { kind?: string; body?: unknown }): string[] {
  if (typeof doc.body !== 'string') return [];
  const texts = doc.kind === 'progress' ? Object.values(splitAnnex(doc.body)) : [doc.body];
  return texts.filter((t) => t.trim() !== '');
}
