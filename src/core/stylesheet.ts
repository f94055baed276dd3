/**
 * A style sheet the content brings, read with a real CSS parser (css-tree): what it would load, which is an error
 * because the documents fetch nothing, and what it would hide of the document's text, which is a warning. Names
 * are compared decoded, so an escape (`\75 rl(`, `u\rl(`) or a vendor prefix (`-webkit-image-set`) hides nothing;
 * what the parser cannot read (a Raw node) is searched for the same names after decoding, and counts when found.
 */

import generate from 'css-tree/generator';
import parse from 'css-tree/parser';
import { ident } from 'css-tree/utils';
import walk, { type CssNode, type WalkContext } from 'css-tree/walker';

export interface CssReference {
  /** What it would load, decoded: the URL, or the text around it when the parser could not read it. */
  reference: string;
  line: number;
  column: number;
}

export interface CssHiding {
  selector: string;
  declaration: string;
  line: number;
  column: number;
}

/** Functions whose string arguments are URLs to load (url() itself is a Url node when the parser can read it). */
const URL_FUNCTIONS = new Set(['url', 'src', 'image', 'image-set', 'cross-fade']);
/** url() and src() take one URL: anything else in them (var(), an identifier) may become one. */
const SINGLE_URL = new Set(['url', 'src']);
/** Embedded raster images and fonts load nothing more; any other data: URL (SVG, HTML, CSS, script) counts. */
const SAFE_DATA = /^data:(?:image\/(?:png|jpeg|gif|webp)|font\/(?:woff2?|ttf|otf)|application\/(?:x-)?font-[a-z0-9]+)[;,]/i;
/** Text elements are not hidden by a rule whose subject is one of these (or a pseudo-element). */
const NOT_TEXT = new Set(['img', 'svg', 'picture', 'video', 'canvas', 'hr', 'iframe']);
const GENERATED = new Set(['before', 'after', 'marker', 'placeholder', 'selection', 'backdrop', 'file-selector-button']);
const SHOWN = 80;

const name = (s: string) => ident.decode(s).toLowerCase();
const unprefixed = (s: string) => s.replace(/^-[a-z]+-/, '');
const short = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN - 1)}…` : s);
const children = (n: CssNode | null | undefined): CssNode[] => n?.children?.toArray() ?? [];
const at = (n: CssNode) => ({ line: n.loc?.start.line ?? 1, column: n.loc?.start.column ?? 1 });
/** A URL that loads something: anything but a fragment (#id, same document) or a raster image or font as data:. */
const loads = (url: string) => !url.trim().startsWith('#') && !SAFE_DATA.test(url.trim());

/** CSS escapes decoded (`\75 ` → `u`, `\r` → `r`), for text the parser left as written. */
const decodeEscapes = (s: string) =>
  s.replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\([\s\S])/gi, (_m, hex: string | undefined, c: string | undefined) =>
    hex ? String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff) || 0xfffd) : (c ?? ''),
  );
const RAW_LOAD = /(?:^|[^\w-])(?:-[a-z]+-)?(?:url|src|image|image-set|cross-fade)\s*\(|@import/i;

/** The whole check: `context` is a style sheet, or the declarations of a `style` attribute (SVG). */
export function checkCss(
  css: string,
  context: 'stylesheet' | 'declarationList' = 'stylesheet',
): {
  references: CssReference[];
  hiding: CssHiding[];
} {
  const references: CssReference[] = [];
  const hiding: CssHiding[] = [];
  const ast = parse(css, { context, positions: true, parseValue: true, parseCustomProperty: true, onParseError: () => {} });
  walk(ast, function (this: WalkContext, node: CssNode) {
    const atrule = this.atrule === null ? '' : unprefixed(name(this.atrule.name ?? ''));
    // @import is reported whole, below; @namespace names a namespace, it loads nothing.
    const inImport = atrule === 'import' || atrule === 'namespace';
    if (node.type === 'Atrule' && unprefixed(name(node.name ?? '')) === 'import') {
      // Anything imported is loaded, whatever its address.
      const target = [node.prelude, ...children(node.prelude)].find((n) => n?.type === 'Url' || n?.type === 'String');
      const shown = typeof target?.value === 'string' ? target.value : node.prelude ? generate(node.prelude) : '';
      references.push({ reference: short(shown.trim() || '@import'), ...at(node) });
    } else if (node.type === 'Url' && !inImport && typeof node.value === 'string' && loads(node.value)) {
      references.push({ reference: short(node.value), ...at(node) });
    } else if (node.type === 'Function') {
      const fn = unprefixed(name(node.name ?? ''));
      if (!URL_FUNCTIONS.has(fn) || inImport) return;
      for (const arg of children(node)) {
        if (arg.type === 'String' && typeof arg.value === 'string' && loads(arg.value))
          references.push({ reference: short(arg.value), ...at(arg) });
        else if (SINGLE_URL.has(fn) && arg.type !== 'String' && arg.type !== 'WhiteSpace')
          references.push({ reference: short(generate(node)), ...at(node) });
      }
    } else if (node.type === 'Raw' && typeof node.value === 'string' && !inImport && RAW_LOAD.test(decodeEscapes(node.value))) {
      references.push({ reference: short(decodeEscapes(node.value).trim()), ...at(node) });
    } else if (node.type === 'Declaration' && this.rule !== null) {
      const hidden = hides(node, this.rule);
      if (hidden)
        hiding.push({ selector: short(this.rule.prelude ? generate(this.rule.prelude) : ''), declaration: short(hidden), ...at(node) });
    }
  });
  return { references, hiding };
}

/** What `url()`, `src()`, `@import` and the image functions of the CSS would load (see checkCss). */
export function cssReferences(css: string, context: 'stylesheet' | 'declarationList' = 'stylesheet'): CssReference[] {
  return checkCss(css, context).references;
}

/**
 * The declaration as written when it hides the text a rule selects: `display: none`, `visibility: hidden`,
 * `opacity: 0`, `font-size: 0`, a transparent `color`, or `content` on an element (not a pseudo-element), which
 * replaces its text. The common ways, not every way: a reviewer still reads the style sheet.
 */
function hides(declaration: CssNode, rule: CssNode): string | undefined {
  const property = name(declaration.property ?? '');
  const value = typeof declaration.value === 'object' ? generate(declaration.value).trim() : String(declaration.value ?? '').trim();
  const v = ident
    .decode(value)
    .toLowerCase()
    .replace(/\s*!important$/, '');
  const shown = `${property}: ${value}`;
  const zero = /^[-+]?0*\.?0+(?:[a-z]+|%)?$/.test(v);
  const subjects = children(rule.prelude).map(subject);
  if (property === 'content') return subjects.some((s) => s === 'element') && v !== 'normal' && v !== 'none' ? shown : undefined;
  if (subjects.length > 0 && subjects.every((s) => s !== 'element')) return undefined;
  if (property === 'display' && v === 'none') return shown;
  if (property === 'visibility' && (v === 'hidden' || v === 'collapse')) return shown;
  if ((property === 'opacity' || property === 'font-size') && zero) return shown;
  if ((property === 'color' || property === '-webkit-text-fill-color') && transparent(v)) return shown;
  return undefined;
}

/** What a selector's subject (its last compound) is: an element that may hold text, or something else. */
function subject(selector: CssNode): 'element' | 'other' {
  const parts = children(selector);
  const last = parts.slice(parts.findLastIndex((p) => p.type === 'Combinator') + 1);
  const other = last.some(
    (p) =>
      (p.type === 'TypeSelector' && NOT_TEXT.has(name(p.name ?? ''))) ||
      p.type === 'PseudoElementSelector' ||
      (p.type === 'PseudoClassSelector' && GENERATED.has(name(p.name ?? ''))),
  );
  return other ? 'other' : 'element';
}

/** `transparent`, or a colour whose alpha is zero (rgba(…, 0), rgb(… / 0), #rgb0, #rrggbb00). */
function transparent(v: string): boolean {
  if (v === 'transparent') return true;
  if (/^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/.test(v)) return true;
  const inner = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\((.*)\)$/.exec(v)?.[1];
  if (inner === undefined) return false;
  const commas = inner.split(',');
  const alpha = inner.includes('/') ? inner.slice(inner.lastIndexOf('/') + 1) : commas.length === 4 ? commas[3] : undefined;
  return alpha !== undefined && /^\s*[-+]?0*\.?0+%?\s*$/.test(alpha);
}

/**
 * Inline-safe: inside `<style>` only `</style` ends the element, so it is escaped (`\/` is `/` in CSS, and
 * outside a string the sequence is invalid CSS either way, so nothing valid changes meaning).
 */
export function inlineSafeCss(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
