/**
 * canonicalNodeIds: Chromium's structure node ids renumbered by first appearance, the ID tree's leaf reordered to
 * match, every byte offset kept (src/pdf/struct-ids.ts). The PDFs here are the structure parts of Chromium's output.
 */
import { describe, expect, it } from 'vitest';
import { canonicalNodeIds } from '../../src/pdf/struct-ids.js';

const pdf = (s: string) => Buffer.from(s, 'latin1');
const text = (b: Uint8Array | undefined) => (b === undefined ? undefined : Buffer.from(b).toString('latin1'));

/** Two header cells and a data cell pointing at both, with ids as a page printed after an earlier pass has them. */
const printed = (a: string, b: string, leaf: string) =>
  [
    '%PDF-1.7\n',
    `10 0 obj\n<</Type /StructElem /S /TH /ID (node${a})>>\nendobj\n`,
    `11 0 obj\n<</Type /StructElem /S /TH /ID (node${b})>>\nendobj\n`,
    `12 0 obj\n<</Type /StructElem /S /TD /A <</O /Table /Headers [(node${a}) (node${b})]>>>>\nendobj\n`,
    `13 0 obj\n${leaf}\nendobj\n`,
    'trailer\n',
  ].join('');

describe('canonicalNodeIds', () => {
  it('numbers the ids in the order they first appear, and the leaf in that order', () => {
    const later = printed(
      '00000412',
      '00000077',
      '<</Limits [(node00000077) (node00000412)]\n/Names [(node00000077) 11 0 R (node00000412) 10 0 R]>>',
    );
    const first = printed(
      '00000031',
      '00000032',
      '<</Limits [(node00000031) (node00000032)]\n/Names [(node00000031) 10 0 R (node00000032) 11 0 R]>>',
    );
    const out = text(canonicalNodeIds(pdf(later)));
    expect(out).toBe(text(canonicalNodeIds(pdf(first))));
    expect(out).toContain('/S /TH /ID (node00000001)');
    expect(out).toContain('/Headers [(node00000001) (node00000002)]');
    expect(out).toContain('/Names [(node00000001) 10 0 R (node00000002) 11 0 R]');
    // No object moves: the cross-reference table stays right.
    expect(out!.length).toBe(later.length);
    expect(out!.indexOf('12 0 obj')).toBe(later.indexOf('12 0 obj'));
  });

  it('leaves a PDF without node ids as it is', () => {
    const plain = pdf('%PDF-1.7\n1 0 obj\n<</Type /Catalog>>\nendobj\n');
    expect(canonicalNodeIds(plain)).toBe(plain);
  });

  it('gives up, rather than guess, on an id in a place it does not know or on a second leaf', () => {
    const leaf = '<</Limits [(node00000005) (node00000005)]\n/Names [(node00000005) 10 0 R]>>';
    const stray = printed('00000005', '00000005', leaf).replace('trailer', '<</Alt (node00000009)>>\ntrailer');
    expect(canonicalNodeIds(pdf(stray))).toBeUndefined();
    expect(canonicalNodeIds(pdf(printed('00000005', '00000005', `${leaf}\n${leaf}`)))).toBeUndefined();
  });
});
