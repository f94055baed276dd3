/**
 * Fonts for the documents' language, as Chromium finds them: through fontconfig (`fc-list :lang=nl`). The print
 * styles ask for "Liberation Sans", then "DejaVu Sans", then Arial (templates/style.css, src/render/branding.ts);
 * scripts/setup-pdf.sh installs the first two. A branding font without a font file must be installed too. A
 * missing font changes how the PDFs look, not whether they print: a warning.
 */
import type { BrandingConfig } from '../../core/schema/branding.js';
import { exec } from '../exec.js';
import type { Finding } from '../types.js';

/** The families the built-in styles ask for, in their order. */
export const STYLE_FONTS = ['Liberation Sans', 'DejaVu Sans', 'Arial'] as const;

/** fontconfig's language tag for a document locale. */
const fcLang = (locale: 'nl-BE' | 'en') => (locale === 'en' ? 'en' : 'nl');

/** Every family name (aliases included) of the fonts that cover `lang`; undefined without fontconfig. */
async function familiesFor(lang: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Set<string> | undefined> {
  const r = await exec('fc-list', [`:lang=${lang}`, 'family'], cwd, env);
  if (r.missing || r.code !== 0) return undefined;
  return new Set(
    r.stdout
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((f) => f.replace(/\\-/g, '-').trim().toLowerCase())
      .filter(Boolean),
  );
}

export async function checkFonts(
  locale: 'nl-BE' | 'en',
  branding: BrandingConfig | undefined,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Finding> {
  const lang = fcLang(locale);
  const families = await familiesFor(lang, cwd, env);
  if (!families)
    return {
      id: 'fonts',
      status: 'warning',
      message: (t) => t.fonts.noFontconfig,
      fix: (t) => t.fonts.fixFontconfig,
      facts: { lang, checked: false, font: null },
    };
  // A branding font with a file is embedded in the HTML; one without must be on the machine.
  const branded = (['body', 'heading'] as const).flatMap((role) => {
    const f = branding?.fonts?.[role];
    return f && !f.file ? [f.family] : [];
  });
  const absentBrand = [...new Set(branded)].filter((f) => !families.has(f.toLowerCase()));
  const font = STYLE_FONTS.find((f) => families.has(f.toLowerCase())) ?? null;
  const facts = { lang, checked: true, font, missingBranding: absentBrand.join(', ') || null };
  if (absentBrand.length > 0)
    return {
      id: 'fonts',
      status: 'warning',
      message: (t) => t.fonts.brandMissing(absentBrand, lang, font),
      fix: (t) => t.fonts.fixBrand,
      facts,
    };
  if (font === null)
    return { id: 'fonts', status: 'warning', message: (t) => t.fonts.none([...STYLE_FONTS], lang), fix: (t) => t.fonts.fixInstall, facts };
  if (font !== STYLE_FONTS[0])
    return {
      id: 'fonts',
      status: 'warning',
      message: (t) => t.fonts.fallback(STYLE_FONTS[0], font, lang),
      fix: (t) => t.fonts.fixInstall,
      facts,
    };
  const used = branded.length > 0 ? branded : [font];
  return { id: 'fonts', status: 'ok', message: (t) => t.fonts.ok([...new Set(used)], lang, locale), facts };
}
