/** Codes of the parse stage: reading a file into YAML data and a Markdown body. */
import { entry } from './entry.js';

export const parseCodes = {
  'parse/yaml-syntax': entry<{ reason: string }>({
    severity: 'error',
    title: { en: 'YAML syntax error', nl: 'YAML-syntaxfout' },
    example: { reason: 'Missing closing "quote' },
  }),
  'parse/duplicate-key': entry<{ key: string }>({
    severity: 'error',
    title: { en: 'Duplicate key', nl: 'Dubbele sleutel' },
    example: { key: 'title' },
  }),
  'parse/front-matter-missing': entry<Record<string, never>>({
    severity: 'error',
    title: { en: 'No front matter', nl: 'Geen front matter' },
    example: {},
  }),
  'parse/front-matter-unclosed': entry<Record<string, never>>({
    severity: 'error',
    title: { en: 'Front matter not closed', nl: 'Front matter niet afgesloten' },
    example: {},
  }),
  'parse/not-a-map': entry<{ found: 'list' | 'scalar'; value?: string }>({
    severity: 'error',
    title: { en: 'Front matter is not a map', nl: 'Front matter is geen map' },
    example: { found: 'scalar', value: '"Plan 2020-2025"' },
  }),
} as const;
