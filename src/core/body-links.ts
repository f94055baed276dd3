/**
 * Links from a Markdown body to other entities, written `[text](@id)`, or by reference, `[text][r]` with the
 * definition `[r]: @id` (reported at the definition, where the id is written). Found per document (pure, cacheable);
 * the link stage checks that each id exists, the renderer turns them into real links.
 *
 * Parsing a body with remark is most of a cold run's time, and all validate needs of the links is whether each
 * names an existing id. So a body is scanned first (`scanBodyLinks`) for the ids its links could name, a
 * superset; only when one of those ids does not exist is the body parsed for the links themselves, with their
 * positions (`unknownBodyLinks`). The reasoning that makes the scan safe is with `linkIdCandidates`.
 */
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface BodyLink {
  id: string;
  /** File position of the link, or of the link reference definition that names the id. */
  line: number;
  column: number;
  /** Set for a definition `[r]: @id`: its id follows white space, not `(`. */
  definition?: true;
}

/**
 * What a document keeps of its body's links: the links themselves when the body was parsed (or cannot hold
 * one), else `ids`, every id a link in it could name (sorted, each once).
 */
export type BodyLinkScan = { links: BodyLink[] } | { ids: string[] };

/**
 * Markdown → mdast with positions, as remark-parse with GFM gives it (src/core/markdown-tree.ts). Passed in, not
 * imported: remark is a tenth of a cold check's time to load, and most content never needs it (see
 * mayNeedParsing). A caller that renders the same text may pass its own, which keeps the tree, so a body is
 * parsed once for its checks and its rendering.
 */
export type ParseMarkdown = (text: string) => Root;

/**
 * Whether any check may parse this text (a body, or a whole file holding it): a link whose url could start
 * with `@` (see scanBodyLinks) or an image (`![`, src/core/assets.ts). False means no function here or in
 * assets.ts calls its parser for a body inside it, so the caller need not load remark.
 */
export const mayNeedParsing = (text: string): boolean => (mayHoldLink(text) && mayReferToAt(text)) || text.includes('![');

export const ENTITY_LINK = /^@([a-z0-9]+(?:[-.][a-z0-9]+)*)$/;
const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Every `[text](@id)` link and `[r]: @id` definition in the body, in body order, by parsing it. */
export function bodyLinks(body: string, bodyLine: number, parse: ParseMarkdown): BodyLink[] {
  if (!mayHoldLink(body)) return [];
  const tree = parse(body);
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const m = ENTITY_LINK.exec((node as Link | Definition).url);
    if (!m || !node.position) return;
    const at = { id: m[1]!, line: node.position.start.line + bodyLine - 1, column: node.position.start.column };
    links.push(node.type === 'definition' ? { ...at, definition: true } : at);
  });
  return links;
}

/**
 * An inline link is its text's closing `]` followed immediately by `(` (CommonMark 6.3), a link reference
 * definition its label's `]` followed immediately by `:` (4.7): with neither, no link can name an id.
 * Character references and escapes never stand for that structure.
 */
const mayHoldLink = (body: string): boolean => body.includes('](') || body.includes(']:');

/**
 * The ids the links of a body could name, without parsing it; undefined when the body holds a character
 * reference (`&`), which can spell any character of a destination (`&#64;x`).
 *
 * Why every link's id is among them: a link's destination is one run of the body's text (it holds no line
 * ending, CommonMark 6.3), and its url is that run with escapes and references decoded. With no `&`, decoding
 * only drops the `\` before a punctuation character, so for a url `@id` (no `\` in it) the run with every `\`
 * removed is `@id`. The character after the run ends the destination (white space, `)` or `>`), is no `\`, and
 * is no character of an id. So in the body without its `\`, the longest run of id characters after that `@`
 * is the id itself.
 */
export function linkIdCandidates(body: string): string[] | undefined {
  if (body.includes('&')) return mayReferToAt(body) ? undefined : [];
  const ids = new Set<string>();
  // Without a backslash the body is its own unescaped text (no copy of it per file).
  const unescaped = body.includes('\\') ? body.replaceAll('\\', '') : body;
  for (const m of unescaped.matchAll(/@([a-z0-9.-]*)/g)) if (ID.test(m[1]!)) ids.add(m[1]!);
  return [...ids].sort();
}

/**
 * Whether a character reference in the body could stand for `@`: only `&commat;`, `&#64;` and `&#x40;` do
 * (leading zeros allowed). Without one of those and without a literal `@`, no url in the body starts with `@`.
 */
const mayReferToAt = (body: string): boolean => body.includes('@') || /&(?:commat|#0*64|#[xX]0*40);/.test(body);

/** The body's links as far as validate needs them: parsed only when the cheap scan cannot rule links out. */
export function scanBodyLinks(body: string, bodyLine: number, parse: ParseMarkdown): BodyLinkScan {
  if (!mayHoldLink(body)) return { links: [] };
  const ids = linkIdCandidates(body);
  if (ids === undefined) return { links: bodyLinks(body, bodyLine, parse) };
  return ids.length === 0 ? { links: [] } : { ids };
}

/**
 * The links of a scanned body whose id is not `known`, in body order: none without parsing when every id
 * the scan found is known, else from the parsed body.
 */
export function unknownBodyLinks(
  scan: BodyLinkScan,
  body: string,
  bodyLine: number,
  known: (id: string) => boolean,
  parse: ParseMarkdown,
): BodyLink[] {
  if ('ids' in scan && scan.ids.every(known)) return [];
  const links = 'links' in scan ? scan.links : bodyLinks(body, bodyLine, parse);
  return links.filter((l) => !known(l.id));
}

/** The links of a scanned body that name `id`: none without parsing when the scan found no candidate for it. */
export function bodyLinksTo(scan: BodyLinkScan, body: string, bodyLine: number, id: string, parse: ParseMarkdown): BodyLink[] {
  if ('ids' in scan && !scan.ids.includes(id)) return [];
  const links = 'links' in scan ? scan.links : bodyLinks(body, bodyLine, parse);
  return links.filter((l) => l.id === id);
}
