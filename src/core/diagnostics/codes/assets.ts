/** Codes of the assets stage: images, fonts and the style sheet the content brings (branding). */
import { entry } from './entry.js';

export const assetsCodes = {
  'asset/missing': entry<{ path: string; looked: string }>({
    severity: 'error',
    title: { en: 'Referenced file not found', nl: 'Verwezen bestand niet gevonden' },
    example: { path: 'kaart.png', looked: 'content/chapters/plan/kaart.png' },
  }),
  'asset/remote': entry<{ url: string }>({
    severity: 'error',
    title: { en: 'Remote file referenced', nl: 'Extern bestand verwezen' },
    example: { url: 'https://example.org/logo.png' },
  }),
  'asset/outside-content': entry<{ path: string }>({
    severity: 'error',
    title: { en: 'File outside the content folder', nl: 'Bestand buiten de inhoudsmap' },
    example: { path: '../logo.png' },
  }),
  'asset/unsupported-type': entry<{ path: string; allowed: string[] }>({
    severity: 'error',
    title: { en: 'File type not supported here', nl: 'Bestandstype hier niet ondersteund' },
    example: { path: 'images/logo.bmp', allowed: ['png', 'jpg', 'gif', 'webp', 'svg'] },
  }),
  'asset/too-large': entry<{ path: string; kilobytes: number; limit: number }>({
    severity: 'warning',
    title: { en: 'Large file embedded', nl: 'Groot bestand ingebed' },
    example: { path: 'images/foto.jpg', kilobytes: 3100, limit: 2048 },
  }),
  'asset/over-limit': entry<{ path: string; size: number; limit: number }>({
    severity: 'error',
    title: { en: 'File too large to embed', nl: 'Bestand te groot om in te bedden' },
    example: { path: 'images/logo.png', size: 20971520, limit: 10485760 },
  }),
  'asset/missing-alt': entry<{ path: string }>({
    severity: 'warning',
    title: { en: 'Image without a text alternative', nl: 'Afbeelding zonder tekstalternatief' },
    example: { path: 'images/grafiek.png' },
  }),
  'asset/svg-unsafe': entry<{ path: string }>({
    severity: 'warning',
    title: { en: 'SVG content removed', nl: 'SVG-inhoud verwijderd' },
    example: { path: 'images/logo.svg' },
  }),
  'asset/stylesheet-reference': entry<{ reference: string }>({
    severity: 'error',
    title: { en: 'Style sheet refers to another file', nl: 'Stijlblad verwijst naar een ander bestand' },
    example: { reference: 'https://fonts.example.org/font.css' },
  }),
  'asset/stylesheet-hides-text': entry<{ selector: string; declaration: string }>({
    severity: 'warning',
    title: { en: 'Style sheet hides document text', nl: 'Stijlblad verbergt tekst van het document' },
    example: { selector: 'p', declaration: 'display: none' },
  }),
} as const;
