// The content's divergences record (kind divergences) as scripts/check-transcription.mjs reads it: its items are
// explained differences, like the entries of scripts/transcription-allow.json, and each difference is explained once.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Which seeds a built document transcribes, by its file name (the plan's name is the plan's id). */
export const DOCUMENT_SEEDS = (name) =>
  name === 'vr-2021.html'
    ? ['004']
    : name === 'context.html'
      ? ['001', '002', '003']
      : /^(kwaliteitsrapport|vr-\d{4}.*)\.html$/.test(name) || name.includes('-per-')
        ? null
        : ['002'];

/** The allow-list's name for a divergence's document: its seeds joined (“002”, “001+002+003”). */
export const seedsOf = (item) => DOCUMENT_SEEDS(`${item.document}.html`)?.join('+');

const isDivergences = (rel, text) => /\.ya?ml$/i.test(rel) && /^kind:[ \t]*["']?divergences["']?[ \t]*$/m.test(text);

/** The content files that hold a divergences record (relative paths), and all their items. */
export function readDivergences(content) {
  const files = readdirSync(content, { recursive: true })
    .map(String)
    .filter((rel) => statSync(join(content, rel)).isFile() && isDivergences(rel, readFileSync(join(content, rel), 'utf8')))
    .sort();
  return { files: new Set(files), items: files.flatMap((rel) => parse(readFileSync(join(content, rel), 'utf8'))?.items ?? []) };
}

const sameRange = (a, b) => a.lines?.[0] === b.lines?.[0] && a.lines?.[1] === b.lines?.[1];

/** The divergence that explains an allow-list entry of a section (missing, flattened, output), if one does. */
export function coveredBy(section, entry, items) {
  return items.find((d) => {
    if (section === 'missing')
      return d.class === 'missing' && entry.seed === d.source && (d.pattern ? entry.pattern === d.pattern : sameRange(entry, d));
    if (section === 'flattened') return d.class === 'flattened' && entry.seed === d.source && sameRange(entry, d);
    if (section === 'output')
      return (
        d.class !== 'missing' &&
        d.class !== 'flattened' &&
        entry.doc === seedsOf(d) &&
        (entry.pattern === d.pattern || (d.text !== undefined && new RegExp(entry.pattern, 'u').test(d.text)))
      );
    return false;
  });
}
