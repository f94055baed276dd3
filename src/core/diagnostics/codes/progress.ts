/** Codes of the progress stage: yearly reporting. */
import { entry } from './entry.js';

export const progressCodes = {
  'progress/year-outside-plan': entry<{ year: number; planPeriod: string }>({
    severity: 'error',
    title: { en: 'Year outside the plan', nl: 'Jaar buiten het plan' },
    example: { year: 2027, planPeriod: '2020-2025' },
  }),
  'progress/duplicate': entry<{ project: string; year: number }>({
    severity: 'error',
    title: { en: 'Two progress entries for one project and year', nl: 'Twee rapporteringen voor één project en jaar' },
    example: { project: 'cafe-anoniem', year: 2021 },
  }),
  'progress/no-report': entry<{ year: number }>({
    severity: 'error',
    title: { en: 'No report for this year', nl: 'Geen rapport voor dit jaar' },
    example: { year: 2024 },
  }),
} as const;
