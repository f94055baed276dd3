/** Codes of the baseline stage: findings the organisation accepted (planwerk-baseline.json). */
import { entry } from './entry.js';

export const baselineCodes = {
  'baseline/stale': entry<{ code: string; baseline: string; message: string }>({
    severity: 'warning',
    title: { en: 'Accepted finding no longer occurs', nl: 'Aanvaarde bevinding komt niet meer voor' },
    example: {
      code: 'link/goal-unserved',
      baseline: 'planwerk-baseline.json',
      message: 'No action serves the operational goal “od-wonen-3”.',
    },
  }),
} as const;
