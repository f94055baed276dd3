/** Codes of the report stage: what a report year says against the plan. */
import { entry } from './entry.js';

export const reportCodes = {
  'report/unexplained-difference': entry<{
    project: string;
    year: number;
    kind: 'title' | 'timing' | 'goals' | 'added';
    plan: string;
    report: string;
  }>({
    severity: 'info',
    title: { en: 'Plan and report differ without a change record', nl: 'Plan en rapport verschillen zonder wijziging' },
    example: { project: 'cafe-anoniem', year: 2021, kind: 'timing', plan: '2020–2025', report: '2021–2025' },
  }),
  'report/nothing-stated': entry<{ report: string; year: number; entries: number }>({
    severity: 'warning',
    title: { en: 'Report states nothing about its projects', nl: 'Rapport vermeldt niets over zijn projecten' },
    example: { report: 'vr-2022', year: 2022, entries: 41 },
  }),
} as const;
