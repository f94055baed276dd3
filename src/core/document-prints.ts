/**
 * What identifies a document's drawn fields (kind, file, data, body, links) cheaply, for the keys of kept sections
 * (src/assemble/fragments.ts). Hashing 10,000 documents' bodies on every build cost more than drawing one.
 *
 * - `known`: a fingerprint given by whoever made the document. The run layer gives each document of a file the
 *   cache key of that file's result (its path, text, read problem and the code that parsed it), of which the
 *   document is a pure function; nothing changes a document once made.
 * - `derivedFrom`: a copy of a document with other `data` (an as-of view: `{ ...doc, data }`), its fingerprint the
 *   original's and its own data's, so the body is not hashed again.
 */
export const knownPrints = new WeakMap<object, string>();
export const derivedFrom = new WeakMap<object, object>();

/** `{ ...doc, data }`, remembered as derived from `doc`. */
export function withData<D extends { data: unknown }>(doc: D, data: D['data']): D {
  const copy = { ...doc, data };
  derivedFrom.set(copy, doc);
  return copy;
}
