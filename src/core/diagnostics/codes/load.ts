/** Codes of the load stage: reading files from the content folder. */
import { entry } from './entry.js';

export const loadCodes = {
  'load/outside-content': entry<{ target: string }>({
    severity: 'error',
    title: { en: 'Link out of the content folder', nl: 'Koppeling buiten de inhoudsmap' },
    example: { target: '../../gedeeld/geheim.md' },
  }),
  'load/unreadable': entry<{ reason: 'folder' | 'broken-link' | 'not-a-file' | 'permission' | 'other'; detail: string }>({
    severity: 'error',
    title: { en: 'File cannot be read', nl: 'Bestand kan niet gelezen worden' },
    example: { reason: 'permission', detail: 'EACCES' },
  }),
  'load/binary': entry<{ offset: number }>({
    severity: 'error',
    title: { en: 'Binary file', nl: 'Binair bestand' },
    example: { offset: 17 },
  }),
  'load/invalid-utf8': entry<{ byte: string }>({
    severity: 'error',
    title: { en: 'Not UTF-8', nl: 'Geen UTF-8' },
    example: { byte: 'E9' },
  }),
  'load/too-large': entry<{ size: number; limit: number }>({
    severity: 'error',
    title: { en: 'File too large', nl: 'Bestand te groot' },
    example: { size: 7340032, limit: 5242880 },
  }),
  'parse/too-deep': entry<{ limit: number; where: 'yaml' | 'markdown' }>({
    severity: 'error',
    title: { en: 'Nested too deeply', nl: 'Te diep genest' },
    example: { limit: 100, where: 'yaml' },
  }),
  'parse/alias-expansion': entry<{ limit: number }>({
    severity: 'error',
    title: { en: 'Too many YAML aliases', nl: 'Te veel YAML-aliassen' },
    example: { limit: 10000 },
  }),
} as const;
