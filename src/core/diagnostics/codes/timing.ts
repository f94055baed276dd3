/** Codes of the timing stage: periods of goals, actions and progress. */
import { entry } from './entry.js';

export const timingCodes = {
  'timing/end-before-start': entry<{ start: string; end: string }>({
    severity: 'error',
    title: { en: 'End before start', nl: 'Einde vóór begin' },
    example: { start: '2022-09-01', end: '2021-06-30' },
  }),
  'timing/outside-parent': entry<{ id: string; parent: string; period: string; parentPeriod: string }>({
    severity: 'warning',
    title: { en: 'Outside the parent’s period', nl: 'Buiten de periode van de ouder' },
    example: { id: 'buurtwerk-noord', parent: 'buurtwerk', period: '2019–2021', parentPeriod: '2020–2025' },
  }),
  'timing/outside-plan': entry<{ id: string; period: string; planPeriod: string }>({
    severity: 'warning',
    title: { en: 'Outside the plan period', nl: 'Buiten de planperiode' },
    example: { id: 'cafe-anoniem', period: '2017–2018', planPeriod: '2020–2025' },
  }),
} as const;
