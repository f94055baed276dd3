/**
 * Chromium names the structure elements that others refer to (a table's header cells, by /Headers) by an id of
 * the page's node, `(node00000042)`, in the order it happened to number them, which depends on what the page
 * printed before: the same page printed first, or after an earlier pass, numbers them differently. Renumbering
 * them in the order they first appear in the file makes the PDF a function of what was printed, whatever the
 * page's history (print.ts prints a document in one pass or in two). Every id is 8 digits, and the one leaf of
 * the ID tree holds the same entries in another order, so no object moves and the cross-reference table holds.
 */

const ID = /\(node(\d{8})\)/g;
/** Where ids are used: an element's /ID, and the /Headers of a cell. */
const USE = /\/ID \(node\d{8}\)|\/Headers \[(?:\(node\d{8}\) ?)+\]/g;
const LEAF = /<<\/Limits \[\(node\d{8}\) \(node\d{8}\)\]\n\/Names \[([^\]]*)\]>>/g;

/**
 * The PDF with its node ids renumbered by first appearance; the same bytes when it has none; undefined when its
 * ids are not in the one form this knows (a single ID tree leaf), so the caller cannot rely on the order.
 */
export function canonicalNodeIds(pdf: Uint8Array): Uint8Array | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  if (!text.includes('(node')) return pdf;
  const leaves = [...text.matchAll(LEAF)];
  if (leaves.length !== 1) return undefined;
  const leaf = leaves[0]!;
  const start = leaf.index!;
  const end = start + leaf[0].length;
  const order = new Map<string, string>();
  const number = (id: string) => {
    let n = order.get(id);
    if (n === undefined) order.set(id, (n = String(order.size + 1).padStart(8, '0')));
    return n;
  };
  let renamed = 0;
  const outside = (s: string) =>
    s.replace(USE, (use) =>
      use.replace(ID, (_, id: string) => {
        renamed++;
        return `(node${number(id)})`;
      }),
    );
  const before = outside(text.slice(0, start));
  const after = outside(text.slice(end));
  // Every id outside the leaf is in a use this knows: no text that only looks like one is renamed.
  if (renamed !== [...text.slice(0, start).matchAll(ID), ...text.slice(end).matchAll(ID)].length) return undefined;
  const entries = [...leaf[1]!.matchAll(/\(node(\d{8})\) (\d+ \d+ R)/g)].map((m) => ({ id: order.get(m[1]!), ref: m[2]! }));
  if (entries.length === 0 || entries.some((e) => e.id === undefined) || entries.length !== order.size) return undefined;
  entries.sort((a, b) => (a.id! < b.id! ? -1 : 1));
  const names = entries.map((e) => `(node${e.id}) ${e.ref}`).join(' ');
  const rewritten = `<</Limits [(node${entries[0]!.id}) (node${entries.at(-1)!.id})]\n/Names [${names}]>>`;
  if (rewritten.length !== leaf[0].length) return undefined;
  return Buffer.from(before + rewritten + after, 'latin1');
}
