/**
 * A silent core, tested: any test that writes to the console fails. The CLI prints through the streams it is
 * given, so a console call in the code under test is a leak (a debugging line left behind, or a library
 * warning that deserves handling). Modelled on zod's scripts/fail-on-console.ts.
 */
import { afterEach, beforeEach } from 'vitest';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let calls: string[] = [];
const originals = new Map<(typeof METHODS)[number], (...args: unknown[]) => void>();

beforeEach(() => {
  calls = [];
  for (const m of METHODS) {
    originals.set(m, console[m]);
    console[m] = (...args: unknown[]) => {
      calls.push(`console.${m}: ${args.map(String).join(' ')}`);
    };
  }
});

afterEach(() => {
  for (const m of METHODS) console[m] = originals.get(m)!;
  if (calls.length > 0) throw new Error(`the test wrote to the console:\n${calls.join('\n')}`);
});
