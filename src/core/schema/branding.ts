/**
 * The organisation's own look, under `branding:` in the plan's front matter: one place, validated with the plan
 * (exact YAML positions) and applied to the plan and every report. A file path is relative to the plan file's
 * folder, or, starting with `/`, to the content folder (as Markdown tools read a path in a file).
 */
import { z } from 'zod';
import { Text } from './primitives.js';

const AssetPath = Text.describe(
  'A file in the content folder: relative to the folder of the plan file (e.g. images/logo.png), or, starting with /, to the content folder (/images/logo.png).',
);
const Colour = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a hex colour such as #1f5f8b')
  .describe('A hex colour, #rgb or #rrggbb.');
// A family name is written into CSS: letters, digits, spaces and hyphens only, so it cannot end the declaration.
const Family = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, 'a font family name: letters, digits, spaces, hyphens')
  .describe('An installed font family, or the name given to `file`.');
const Font = z.strictObject({
  family: Family,
  file: AssetPath.optional().describe('A font file in the content (woff2, ttf or otf), embedded in the HTML and so in the PDF.'),
  boldFile: AssetPath.optional().describe('The bold cut of the same family, if the content has one.'),
});
const Parts = z
  .strictObject({
    cover: z.boolean().optional().describe('The cover page (default true).'),
    contents: z.boolean().optional().describe('The table of contents (default true).'),
    colophon: z.boolean().optional().describe('A closing line with the build date (default false: the document ends with its own text).'),
  })
  .describe('Which generated parts the document includes.');

export const Branding = z
  .strictObject({
    logo: AssetPath.optional().describe('The organisation’s logo (png, jpg, gif, webp or svg), shown on the cover.'),
    logoAlt: Text.optional().describe('Text alternative of the logo (default: the organisation’s name).'),
    colours: z.strictObject({ accent: Colour.optional(), secondary: Colour.optional() }).optional(),
    fonts: z.strictObject({ body: Font.optional(), heading: Font.optional() }).optional(),
    paper: z.enum(['A4', 'Letter']).optional().describe('Paper size of the PDF (default A4).'),
    cover: z
      .strictObject({
        logo: z.boolean().optional().describe('Show the logo on the cover (default true when there is one).'),
        subtitle: z.boolean().optional().describe('Show the subtitle (default true).'),
        period: z.boolean().optional().describe('Show the period (default true).'),
        date: z.boolean().optional().describe('Show the document date (default true).'),
        image: AssetPath.optional().describe('A picture for the cover, below the title.'),
        imageAlt: Text.optional(),
      })
      .optional(),
    footer: Text.optional().describe('Text in the bottom-left margin of every printed page after the cover.'),
    stylesheet: AssetPath.optional().describe(
      'A CSS file in the content, applied after the built-in styles (default: style.css at the top of the content folder, when present).',
    ),
    parts: z.strictObject({ plan: Parts.optional(), report: Parts.optional() }).optional(),
  })
  .describe('The organisation’s own look: logo, colours, fonts, paper, cover, footer and parts. Applies to the plan and its reports.');

export type BrandingConfig = z.infer<typeof Branding>;
