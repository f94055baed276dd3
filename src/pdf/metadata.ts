/**
 * Document information Chromium leaves out. Chromium writes /Title (from <title>), /Lang (from <html lang>),
 * /Creator (its user agent), /Producer and the dates, but no /Author. This sets /Author (from <meta name="author">)
 * and /Creator (planwerk, from <meta name="generator">) by an incremental update
 * (PDF 32000-1, 7.5.6): the printed bytes stay as they are; a new version of the Info dictionary, a one-entry
 * cross-reference section and a trailer with /Prev are appended. No PDF library is needed for that, and none
 * rewrites the file. makeReproducible then fixes the dates and identifiers in place (SOURCE_DATE_EPOCH).
 */
import { createHash } from 'node:crypto';

/** Entries to set in the Info dictionary, e.g. { Author: 'RIMO Limburg' }; other entries are kept. */
export type InfoEntries = Record<string, string>;

export class PdfStructureError extends Error {}

/** Append an updated Info dictionary; returns the new file. Throws PdfStructureError on a layout it does not know. */
export function addInfoEntries(pdf: Uint8Array, entries: InfoEntries): Uint8Array {
  const names = Object.keys(entries).filter((k) => entries[k] !== undefined && entries[k] !== '');
  if (names.length === 0) return pdf;
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');

  const tail = text.slice(-1024);
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!sx) throw new PdfStructureError('no startxref at the end of the file');
  const prev = Number(sx[1]);
  if (!text.startsWith('xref', prev)) throw new PdfStructureError('the cross-reference section is not a classic xref table');

  const trailerAt = text.lastIndexOf('trailer', text.length - tail.length + sx.index);
  if (trailerAt < prev) throw new PdfStructureError('no trailer after the cross-reference table');
  const trailer = text.slice(trailerAt, text.length - tail.length + sx.index);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer);
  if (!size || !root) throw new PdfStructureError('the trailer has no /Size or /Root');

  let objectNumber: number;
  let generation: number;
  let body = '';
  if (info) {
    objectNumber = Number(info[1]);
    generation = Number(info[2]);
    const offset = xrefOffset(text, prev, objectNumber);
    const end = text.indexOf('endobj', offset);
    const open = text.indexOf('<<', offset);
    const close = text.lastIndexOf('>>', end);
    if (end < 0 || open < 0 || close < open || !text.startsWith(`${objectNumber} ${generation} obj`, offset)) {
      throw new PdfStructureError(`the Info dictionary (object ${objectNumber}) is not where the xref table says`);
    }
    body = text.slice(open + 2, close);
  } else {
    objectNumber = Number(size[1]);
    generation = 0;
  }
  for (const name of names) {
    // Replace an entry Chromium wrote (a literal or hex string), else add one.
    const existing = new RegExp(`/${name}\\s*(?:\\((?:\\\\[\\s\\S]|[^\\\\()])*\\)|<[0-9A-Fa-f\\s]*>)`);
    const entry = `/${name} ${pdfString(entries[name]!)}`;
    body = existing.test(body) ? body.replace(existing, () => entry) : `${body}\n${entry}`;
  }

  const newSize = Math.max(Number(size[1]), objectNumber + 1);
  const start = text.endsWith('\n') ? '' : '\n';
  const objectAt = pdf.byteLength + start.length;
  const object = `${objectNumber} ${generation} obj\n<<${body}>>\nendobj\n`;
  const xrefAt = objectAt + object.length;
  const update =
    start +
    object +
    `xref\n${objectNumber} 1\n${String(objectAt).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n` +
    `trailer\n<</Size ${newSize}\n/Root ${root[1]}\n/Info ${objectNumber} ${generation} R${id ? `\n/ID ${id[1]}` : ''}\n/Prev ${prev}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  const out = new Uint8Array(pdf.byteLength + update.length);
  out.set(pdf, 0);
  out.set(Buffer.from(update, 'latin1'), pdf.byteLength);
  return out;
}

/** The byte offset of an object from a classic xref table (subsections "first count" and 20-byte entries). */
function xrefOffset(text: string, at: number, objectNumber: number): number {
  const header = /^xref\s*/.exec(text.slice(at, at + 16));
  let pos = at + (header ? header[0].length : 4);
  for (;;) {
    const sub = /^(\d+) (\d+)\s*?\r?\n/.exec(text.slice(pos, pos + 40));
    if (!sub) break;
    const first = Number(sub[1]);
    const count = Number(sub[2]);
    pos += sub[0].length;
    if (objectNumber >= first && objectNumber < first + count) {
      const entry = text.slice(pos + (objectNumber - first) * 20, pos + (objectNumber - first) * 20 + 18);
      const m = /^(\d{10}) (\d{5}) n/.exec(entry);
      if (!m) throw new PdfStructureError(`object ${objectNumber} is not in use in the xref table`);
      return Number(m[1]);
    }
    pos += count * 20;
  }
  throw new PdfStructureError(`object ${objectNumber} is not in the xref table`);
}

/** A PDF text string: a literal string for printable ASCII, else UTF-16BE with a byte order mark, in hex. */
export function pdfString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/** A PDF date (PDF 32000-1, 7.9.4) in UTC, in the long form Chromium writes: D:YYYYMMDDHHmmSS+00'00'. */
export function pdfDate(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString(); // 2023-11-14T22:13:20.000Z
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/** `value` in place of `old`, padded to its length with `pad` (offsets in the xref table must not move), or undefined when it does not fit. */
const fit = (value: string, old: string, pad: string) =>
  value.length > old.length ? undefined : value + pad.repeat(old.length - value.length);

/**
 * The structure elements that table headers point to are named after the renderer's node counter
 * ("node%08d"), which can drift by one from one print to the next (and with whatever else the renderer did
 * before): each name becomes its rank, 1, 2, 3…, padded to the same width. In place, and in the same order, so the
 * /IDTree name tree stays sorted and no offset moves. Only names that a StructElem's /ID carries are touched.
 */
function renumberStructureIds(text: string): string {
  const numbers = new Set(Array.from(text.matchAll(/\/ID \(node(\d{8,})\)/g), (m) => m[1]!));
  if (numbers.size === 0) return text;
  const ranked = [...numbers].sort((a, b) => Number(a) - Number(b));
  const rank = new Map(ranked.map((n, i) => [n, String(i + 1).padStart(n.length, '0')]));
  const rename = (part: string) => part.replace(/\(node(\d{8,})\)/g, (all, n: string) => (rank.has(n) ? `(node${rank.get(n)})` : all));
  return text.replace(/\/ID \(node\d{8,}\)|\/(?:Headers|Limits|Names)\s*\[[^\]]*\]/g, rename);
}

/**
 * Make a printed PDF reproducible, in place: every byte offset stays, so the cross-reference tables stay valid.
 * With `epochSeconds` (SOURCE_DATE_EPOCH) the dates Chromium stamps (/CreationDate, /ModDate, and the XMP dates
 * if there is a metadata packet) become that moment. The file identifiers (trailer /ID, XMP document and
 * instance ids) become a hash of the file with those fields blanked, and the structure ids their rank: the same
 * content gives the same bytes.
 */
export function makeReproducible(pdf: Uint8Array, epochSeconds: number | undefined): Uint8Array {
  let text = renumberStructureIds(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1'));
  if (epochSeconds !== undefined) {
    const date = pdfDate(epochSeconds);
    // Whitespace after the string is free between dictionary entries: a shorter date is padded with spaces.
    text = text.replace(/(\/(?:CreationDate|ModDate)\s*)(\(D:[^()\\]*\))/g, (all, key: string, old: string) => {
      const value = fit(`(${date})`, old, ' ');
      return value === undefined ? all : key + value;
    });
    const iso = new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    text = text.replace(/<(xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)>([^<]*)<\/\1>/g, (all, tag: string, old: string) => {
      const value = fit(iso, old, ' ');
      return value === undefined ? all : `<${tag}>${value}</${tag}>`;
    });
  }
  const ids = /(\/ID\s*\[\s*<)([0-9A-Fa-f]*)(>\s*<)([0-9A-Fa-f]*)(>\s*\])/g;
  const uuids = /(xmpMM:(?:DocumentID|InstanceID)>uuid:)([0-9a-fA-F-]{36})/g;
  const blanked = text
    .replace(ids, (_, a: string, x: string, b: string, y: string, c: string) => a + '0'.repeat(x.length) + b + '0'.repeat(y.length) + c)
    .replace(uuids, (_, a: string) => a + '0'.repeat(36));
  const hash = createHash('sha256').update(blanked, 'latin1').digest('hex').toUpperCase();
  const hex = (n: number) => hash.repeat(Math.ceil(n / hash.length)).slice(0, n);
  const lower = hash.toLowerCase();
  const uuid = `${lower.slice(0, 8)}-${lower.slice(8, 12)}-${lower.slice(12, 16)}-${lower.slice(16, 20)}-${lower.slice(20, 32)}`;
  text = text
    .replace(ids, (_, a: string, x: string, b: string, y: string, c: string) => a + hex(x.length) + b + hex(y.length) + c)
    .replace(uuids, (_, a: string) => a + uuid);
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
