/**
 * The fingerprints that key kept sections (src/assemble/fragments.ts): a document the checks made stands by its
 * file's key, an as-of copy by its original's and its own fields, and a section that shows no text keys its
 * documents by their fields alone. Each must differ whenever what a section may draw differs.
 */
import { describe, expect, test } from 'vitest';
import { Fingerprints } from '../../src/assemble/fragments.js';
import { knownPrints, withData } from '../../src/core/document-prints.js';

const doc = (data: Record<string, unknown>, body: string) => ({
  kind: 'strategic-action',
  file: 'a.md',
  data,
  body,
  links: [],
  locate() {},
});

describe('document fingerprints', () => {
  test('a document whose file key is known stands by that key, not by its fields', () => {
    const a = doc({ id: 'a', title: 'A' }, 'Text.');
    const b = doc({ id: 'a', title: 'A' }, 'Text.');
    knownPrints.set(a, 'key-1');
    knownPrints.set(b, 'key-2');
    const fp = new Fingerprints();
    expect(fp.of(a)).not.toBe(fp.of(b));
    expect(fp.of([a])).toBe(new Fingerprints().of([a]));
  });

  test('an as-of copy differs from its original by its data, and copies with the same data agree', () => {
    const a = doc({ id: 'a', title: 'A', ended: 2023 }, 'Text.');
    const fp = new Fingerprints();
    const copy = withData(a, { id: 'a', title: 'A' });
    const same = withData(a, { id: 'a', title: 'A' });
    const other = withData(a, { id: 'a', title: 'B' });
    expect(fp.of(copy)).not.toBe(fp.of(a));
    expect(fp.of(copy)).toBe(fp.of(same));
    expect(fp.of(copy)).not.toBe(fp.of(other));
    // A copy of a copy of another body is another fingerprint.
    const b = doc({ id: 'a', title: 'A', ended: 2023 }, 'Other text.');
    expect(fp.of(withData(b, { id: 'a', title: 'A' }))).not.toBe(fp.of(copy));
  });

  test('by fields alone (a section that shows no text), a changed body is the same, a changed field is not', () => {
    const fields = new Fingerprints(true);
    const a = doc({ id: 'a', title: 'A' }, 'Text.');
    const longer = doc({ id: 'a', title: 'A' }, 'Text. More.');
    const renamed = doc({ id: 'a', title: 'B' }, 'Text.');
    expect(fields.of([a])).toBe(fields.of([longer]));
    expect(fields.of([a])).not.toBe(fields.of([renamed]));
    expect(new Fingerprints().of([a])).not.toBe(new Fingerprints().of([longer]));
  });

  test('a list with holes, undefined and null tells them apart', () => {
    const fp = new Fingerprints();
    // biome-ignore lint/suspicious/noSparseArray: a hole is what this is about
    const prints = [[, 1], [undefined, 1], [null, 1], [1]].map((l) => fp.of(l));
    expect(new Set(prints).size).toBe(4);
  });
});
