/** Codes of the output stage: the files a build writes (src/core/outputs.ts). */
import { entry } from './entry.js';

export const outputCodes = {
  'output/path-conflict': entry<{ path: string; other: string }>({
    severity: 'error',
    title: { en: 'Two outputs with one file name', nl: 'Twee uitvoerbestanden met één naam' },
    example: { path: 'vr-2021.html', other: 'VR-2021.html' },
  }),
  'output/name-too-long': entry<{ path: string; bytes: number; max: number }>({
    severity: 'error',
    title: { en: 'Output file name too long', nl: 'Naam van het uitvoerbestand te lang' },
    example: { path: 'voortgangsrapport-2021-met-een-zeer-lange-naam.html', bytes: 512, max: 200 },
  }),
} as const;
