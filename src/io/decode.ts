/**
 * A content file's bytes (or an editor's unsaved text) → its text, held to the rules of load.ts: UTF-8 only, no
 * NUL, at most MAX_FILE_BYTES, line endings as LF. A problem is named at its line and column, never replaced
 * silently. Read through load.ts, the one door to content.
 */
import type { SourceFile } from '../core/parse.js';

/**
 * The largest content file read. The biggest real file (a chapter) is 80 kB; 5 MB of Markdown is some 2,500
 * printed pages. A file beyond that is a mistake (an export, a dump, an image with the wrong name), and reading
 * it would only stall YAML parsing and rendering before failing anyway.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** One decoder for every file: with `fatal`, a whole decode keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text: UTF-8 only, BOM dropped, CRLF and CR turned into LF. A NUL byte means a binary file (or UTF-16
 * text); a byte sequence that is not UTF-8 is named at its line and column, never silently replaced by U+FFFD.
 */
export function decodeSource(bytes: Uint8Array): Omit<SourceFile, 'path'> {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { text: '', problem: { code: 'load/binary', args: { offset: nul } } };
  try {
    const text = UTF8.decode(bytes);
    return { text: normalize(text) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    // The valid text before the bad byte gives its line and column (in the same units the YAML positions use).
    const before = normalize(new TextDecoder('utf-8').decode(bytes.subarray(0, bad)));
    const lines = before.split('\n');
    const line = lines.length;
    const column = lines[lines.length - 1]!.length + 1;
    // The text with replacement characters is kept only so the report can show the line.
    const text = normalize(new TextDecoder('utf-8').decode(bytes));
    return {
      text,
      problem: { code: 'load/invalid-utf8', args: { byte: bytes[bad]!.toString(16).toUpperCase().padStart(2, '0') }, line, column },
    };
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * An editor's unsaved text of a content file: not read from disk, but held to the rules a file's text is held
 * to, so an open buffer cannot pass what the file would not. Over MAX_FILE_BYTES as UTF-8 is too large; a NUL
 * is binary; a lone surrogate (which no UTF-8 file can hold) is named as the byte 0xED that would stand for it.
 * Line endings become LF; a BOM stays (the parser drops it), so positions match the editor's.
 */
export function decodeBuffer(text: string): Omit<SourceFile, 'path'> {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_FILE_BYTES) return { text: '', problem: { code: 'load/too-large', args: { size, limit: MAX_FILE_BYTES } } };
  const nul = text.indexOf('\0');
  if (nul >= 0) return { text: '', problem: { code: 'load/binary', args: { offset: Buffer.byteLength(text.slice(0, nul), 'utf8') } } };
  const lf = text.replace(/\r\n?/g, '\n');
  const bad = LONE_SURROGATE.exec(lf)?.index;
  if (bad === undefined) return { text: lf };
  const lines = lf.slice(0, bad).split('\n');
  return {
    text: lf.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD'),
    problem: { code: 'load/invalid-utf8', args: { byte: 'ED' }, line: lines.length, column: lines[lines.length - 1]!.length + 1 },
  };
}

function normalize(text: string): string {
  const t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // truncated at the end of the file
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
