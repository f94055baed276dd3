/**
 * The PDF metadata writer on a small PDF that Chromium printed once (test/fixtures/pdf/small.pdf): the author
 * and creator it adds, and the dates and identifiers it fixes for a reproducible build. No browser needed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { addInfoEntries, makeReproducible, pdfDate } from '../../src/pdf/metadata.js';
import { FIXTURES } from '../helpers.js';

const fixture = async () => new Uint8Array(await readFile(path.join(FIXTURES, 'pdf', 'small.pdf')));
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const EPOCH = 1700000000; // 2023-11-14T22:13:20Z

async function info(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    expect(doc.numPages).toBe(2);
    return (await doc.getMetadata()).info as Record<string, unknown>;
  } finally {
    await doc.destroy();
  }
}

/** The same file as printed at another moment, and with a file identifier in its last trailer. */
function variant(pdf: Uint8Array, date: string, id: string): Uint8Array {
  let text = latin1(pdf).replace(/\(D:\d{14}/g, `(D:${date}`);
  const at = text.lastIndexOf('/Info 1 0 R');
  text = `${text.slice(0, at)}/ID [<${id}> <${id}>]\n${text.slice(at)}`; // the trailer follows its xref table: no offset moves
  return bytes(text);
}

describe('addInfoEntries', () => {
  test('sets /Author and replaces /Creator by an incremental update; the original bytes stay', async () => {
    const pdf = await fixture();
    const out = addInfoEntries(pdf, { Author: 'Voorbeeld vzw', Creator: 'planwerk 9' });
    expect(latin1(out.slice(0, pdf.length))).toBe(latin1(pdf));
    const meta = await info(out);
    expect(meta.Author).toBe('Voorbeeld vzw');
    expect(meta.Creator).toBe('planwerk 9');
    expect(meta.Title).toBe('Fixture');
  });
});

describe('makeReproducible', () => {
  test('pdfDate is the long UTC form Chromium writes', () => {
    expect(pdfDate(EPOCH)).toBe("D:20231114221320+00'00'");
  });

  test('with SOURCE_DATE_EPOCH every date becomes that moment, in place: same length, still a valid PDF', async () => {
    const pdf = await fixture();
    const out = makeReproducible(pdf, EPOCH);
    expect(out.length).toBe(pdf.length);
    const dates = [...latin1(out).matchAll(/\/(?:CreationDate|ModDate)\s*\(([^)]*)\)/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(dates)).toEqual(new Set(["D:20231114221320+00'00'"]));
    const meta = await info(out);
    expect(meta.CreationDate).toBe("D:20231114221320+00'00'");
    expect(meta.Author).toBe('Test');
  });

  test('two prints at different moments with different identifiers give the same bytes', async () => {
    const pdf = await fixture();
    const a = variant(pdf, '20240101120000', 'A'.repeat(32));
    const b = variant(pdf, '20250607080910', 'B'.repeat(32));
    expect(latin1(a)).not.toBe(latin1(b));
    const ra = makeReproducible(a, EPOCH);
    const rb = makeReproducible(b, EPOCH);
    expect(latin1(ra)).toBe(latin1(rb));
    const id = /\/ID \[<([0-9A-F]+)> <([0-9A-F]+)>\]/.exec(latin1(ra))!;
    expect(id[1]).toHaveLength(32);
    expect(id[1]).not.toBe('A'.repeat(32));
    await info(ra);
  });

  test('a different document gets a different identifier', async () => {
    const pdf = await fixture();
    const other = bytes(latin1(pdf).replace('(Fixture)', '(Fixturf)'));
    const id = (p: Uint8Array) =>
      /\/ID \[<([0-9A-F]+)>/.exec(latin1(makeReproducible(variant(p, '20240101120000', '0'.repeat(32)), EPOCH)))![1];
    expect(id(pdf)).not.toBe(id(other));
  });

  test('XMP dates and ids, when a metadata packet is there, are fixed too', () => {
    const xmp =
      '<xmp:CreateDate>2026-12-06T12:32:03+01:00</xmp:CreateDate><xmpMM:DocumentID>uuid:12345678-1234-1234-1234-123456789abc</xmpMM:DocumentID>';
    const out = latin1(makeReproducible(bytes(xmp), EPOCH));
    expect(out).toMatch(
      /^<xmp:CreateDate>2023-11-14T22:13:20\+00:00<\/xmp:CreateDate><xmpMM:DocumentID>uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/xmpMM:DocumentID>$/,
    );
    expect(out).not.toContain('12345678-1234');
    expect(out.length).toBe(xmp.length);
  });

  test('structure ids from the renderer’s node counter become their rank: two prints whose counter drifted give the same bytes', () => {
    const id = (n: number) => `(node${String(n).padStart(8, '0')})`;
    /** Table headers with ids, a cell that refers to two of them, the /IDTree leaf, and a bookmark that only looks like an id. */
    const tagged = (ns: number[]) =>
      ns.map((n, i) => `${10 + i} 0 obj\n<</Type /StructElem\n/S /TH\n/ID ${id(n)}>>\nendobj\n`).join('') +
      `20 0 obj\n<</Type /StructElem\n/S /TD\n/A [<</O /Table\n/Headers [${id(ns[0]!)} ${id(ns[2]!)}]>>]>>\nendobj\n` +
      `21 0 obj\n<</Limits [${id(ns[0]!)} ${id(ns[2]!)}]\n/Names [${ns.map((n, i) => `${id(n)} ${10 + i} 0 R`).join(' ')}]>>\nendobj\n` +
      `22 0 obj\n<</Title ${id(111)}>>\nendobj\n`;
    const a = tagged([111, 113, 1791]);
    const b = tagged([112, 114, 1792]);
    const ra = latin1(makeReproducible(bytes(a), EPOCH));
    expect(ra).toBe(latin1(makeReproducible(bytes(b), EPOCH)));
    expect(ra.length).toBe(a.length);
    expect([...ra.matchAll(/\/ID \((node\d+)\)/g)].map((m) => m[1])).toEqual(['node00000001', 'node00000002', 'node00000003']);
    expect(ra).toContain('/Headers [(node00000001) (node00000003)]');
    expect(ra).toContain('/Limits [(node00000001) (node00000003)]');
    expect(ra).toContain('/Names [(node00000001) 10 0 R (node00000002) 11 0 R (node00000003) 12 0 R]');
    expect(ra).toContain('/Title (node00000111)');
  });

  test('without SOURCE_DATE_EPOCH the dates are Chromium’s', async () => {
    const pdf = await fixture();
    expect(latin1(makeReproducible(pdf, undefined))).toBe(latin1(pdf));
  });
});
