/** Codes of the compute stage: indicators and totals. */
import { entry, type FigureDifference } from './entry.js';

export const computeCodes = {
  'compute/declared-differs': entry<FigureDifference>({
    severity: 'warning',
    title: { en: 'Stated figure differs from the computed one', nl: 'Vermeld cijfer wijkt af van het berekende' },
    example: { table: 'rgi-2.2', measure: 'fte', theme: 'wonen', year: 2021, stated: 4.5, computed: 4.25, percent: false },
  }),
  'compute/stated-part-exceeds': entry<FigureDifference>({
    severity: 'warning',
    title: { en: 'The text states more than the computed figure holds', nl: 'De tekst vermeldt meer dan het berekende cijfer bevat' },
    example: { table: 'rgi-2.8', measure: 'policyDossiers', theme: 'wonen', year: 2021, stated: 11, computed: 6, percent: false },
  }),
  'compute/unknown-target': entry<{ indicator: string }>({
    severity: 'error',
    title: { en: 'Target for an unknown indicator', nl: 'Streefwaarde voor een onbekende indicator' },
    example: { indicator: 'rgi-2.30' },
  }),
  'compute/target-unmatched': entry<{ indicator: string; year: number; row: string; column: string }>({
    severity: 'warning',
    title: { en: 'Target for a figure the table does not have', nl: 'Streefwaarde voor een cijfer dat de tabel niet heeft' },
    example: { indicator: 'rgi-2.3', year: 2021, row: 'wonen', column: 'vorming' },
  }),
} as const;
