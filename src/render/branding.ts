/**
 * The organisation's look → what the renderer adds to the built-in styles and the cover: CSS custom properties
 * from the colours and fonts, @font-face rules with the font files as data: URLs, paper size and footer text for
 * print, then the content's own style sheet last (so it wins). Nothing here is emitted without a configuration.
 */
import type { AssetMap } from '../core/assets.js';
import { folderOf, resolveAssetUrl, SIZE_LIMIT } from '../core/assets.js';
import type { BrandingConfig } from '../core/schema/branding.js';
import { inlineSafeCss } from '../core/stylesheet.js';

export interface Brand {
  config: BrandingConfig;
  assets: AssetMap;
  /** The content's style sheet (already checked: it references nothing), or undefined. */
  stylesheet: string | undefined;
  /** How the content folder shows in file paths (`content`): a path written in a file starts from that file's folder. */
  root: string;
  /** The plan's file: the branding paths start from its folder. */
  planFile: string;
}

export interface CoverArt {
  logo?: { src: string; alt: string };
  image?: { src: string; alt: string };
}

/**
 * The data: URL of a file the content refers to as `url` in the file shown as `from`, when it was read (and, with
 * `maxBytes`, is not larger than that).
 */
export function dataUrl(brand: Brand, url: string, from: string, maxBytes = Number.POSITIVE_INFINITY): string | undefined {
  const r = resolveAssetUrl(url, folderOf(from, brand.root));
  const a = r.ok ? brand.assets.get(r.path) : undefined;
  return a && a.bytes.length <= maxBytes ? `data:${a.mime};base64,${Buffer.from(a.bytes).toString('base64')}` : undefined;
}

/** A CSS string literal: quotes and backslashes escaped, `<` escaped so it cannot end the `<style>` element. */
const cssString = (s: string) =>
  `"${s.replace(/[\\"<]/g, (c) => (c === '<' ? '\\3C ' : `\\${c}`)).replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;

/** CSS that follows the built-in sheets: empty when the content has no branding and no style sheet. */
export function brandCss(brand: Brand | undefined): string {
  if (!brand) return '';
  const { config: b } = brand;
  const out: string[] = [];
  const fontFace = (family: string, url: string | undefined, weight: string) => {
    const src = url ? dataUrl(brand, url, brand.planFile) : undefined;
    if (src) out.push(`@font-face { font-family: ${cssString(family)}; src: url(${src}); font-weight: ${weight}; font-style: normal; }`);
  };
  const vars: string[] = [];
  if (b.colours?.accent) vars.push(`--pw-accent: ${b.colours.accent};`);
  if (b.colours?.secondary) vars.push(`--pw-secondary: ${b.colours.secondary};`);
  for (const role of ['body', 'heading'] as const) {
    const f = b.fonts?.[role];
    if (!f) continue;
    fontFace(f.family, f.file, f.boldFile ? 'normal' : '100 900');
    fontFace(f.family, f.boldFile, 'bold');
    vars.push(`--pw-font-${role}: ${cssString(f.family)}, "Liberation Sans", "DejaVu Sans", Arial, sans-serif;`);
  }
  if (vars.length > 0) out.push(`:root { ${vars.join(' ')} }`);
  const page: string[] = [];
  if (b.paper) page.push(`size: ${b.paper === 'Letter' ? 'letter' : 'A4'};`);
  if (b.footer) page.push(`@bottom-left { content: ${cssString(b.footer)}; }`);
  if (page.length > 0) out.push(`@media print { @page { ${page.join(' ')} } @page :first { @bottom-left { content: none; } } }`);
  if (brand.stylesheet !== undefined) out.push(`/* content style sheet */\n${inlineSafeCss(brand.stylesheet)}`);
  return out.length > 0 ? `\n${out.join('\n')}` : '';
}

/**
 * The cover's logo and image. The staff quality report leaves out one over the warning limit (asset/too-large): the
 * funder's documents carry it, the staff report shows the organisation's name alone and stays small.
 */
export function coverArt(brand: Brand | undefined, organisation: string, role: 'document' | 'staff' = 'document'): CoverArt {
  if (!brand) return {};
  const { config: b } = brand;
  const art: CoverArt = {};
  const max = role === 'staff' ? SIZE_LIMIT : Number.POSITIVE_INFINITY;
  const logo = b.logo && b.cover?.logo !== false ? dataUrl(brand, b.logo, brand.planFile, max) : undefined;
  if (logo) art.logo = { src: logo, alt: b.logoAlt ?? organisation };
  const image = b.cover?.image ? dataUrl(brand, b.cover.image, brand.planFile, max) : undefined;
  if (image) art.image = { src: image, alt: b.cover?.imageAlt ?? '' };
  return art;
}

/** The cover as configured: parts turned off left out, logo and image added. */
export function brandedCover<C extends { organisation: string; subtitle?: string; period?: string; date?: string; dateRaw?: string }>(
  brand: Brand | undefined,
  cover: C,
  role: 'document' | 'staff' | 'data' = 'document',
): C & CoverArt {
  if (!brand) return cover;
  const shown: C & CoverArt = { ...cover, ...coverArt(brand, cover.organisation, role === 'staff' ? 'staff' : 'document') };
  const c = brand.config.cover;
  if (c?.subtitle === false) delete shown.subtitle;
  if (c?.period === false) delete shown.period;
  if (c?.date === false) {
    delete shown.date;
    delete shown.dateRaw;
  }
  return shown;
}

export function partsFor(brand: Brand | undefined, kind: 'plan' | 'report'): { cover?: boolean; contents?: boolean; colophon?: boolean } {
  return brand?.config.parts?.[kind] ?? {};
}
