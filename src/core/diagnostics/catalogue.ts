/**
 * The catalogue: every diagnostic code planwerk can emit, with its severity, its title in each language, example
 * arguments and the shape of its arguments. The wording of messages and hints lives per language in messages/.
 * Codes are permanent: never rename or reuse one; retire a code by leaving it here marked as such.
 * docs/diagnostics.md is generated from this file and the messages (`plan codes`).
 *
 * Adding a code: one `entry<Args>({...})` line in codes/<stage>.ts (severity, titles, example), then the phrasing under the same
 * code in messages/en.ts and messages/nl.ts; the compiler refuses a code that is not phrased in every language.
 */

import { assetsCodes } from './codes/assets.js';
import { baselineCodes } from './codes/baseline.js';
import { computeCodes } from './codes/compute.js';
import type { Entry } from './codes/entry.js';
import { linkCodes } from './codes/link.js';
import { loadCodes } from './codes/load.js';
import { outputCodes } from './codes/output.js';
import { parseCodes } from './codes/parse.js';
import { placeholderCodes } from './codes/placeholder.js';
import { progressCodes } from './codes/progress.js';
import { reportCodes } from './codes/report.js';
import { schemaCodes } from './codes/schema.js';
import { timingCodes } from './codes/timing.js';

export type { BudgetSubtotal, ComparedFigure, Entry, FigureDifference } from './codes/entry.js';

/** Every code, stage by stage in pipeline order (each stage's codes live in codes/<stage>.ts). */
export const catalogue = {
  ...parseCodes,
  ...schemaCodes,
  ...linkCodes,
  ...timingCodes,
  ...progressCodes,
  ...computeCodes,
  ...reportCodes,
  ...placeholderCodes,
  ...outputCodes,
  ...baselineCodes,
  ...loadCodes,
  ...assetsCodes,
} as const;

export type Code = keyof typeof catalogue;
export type ArgsOf<C extends Code> = (typeof catalogue)[C] extends Entry<infer A> ? A : never;
export const CODES = (Object.keys(catalogue) as Code[]).sort();

/** The code's anchor in docs/diagnostics.md: stable, because codes are. */
export const docsAnchor = (code: Code): string => code.replace(/[^a-z0-9]+/g, '-');
/** Where the code is documented, relative to the project root. */
export const docsUrl = (code: Code): string => `docs/diagnostics.md#${docsAnchor(code)}`;
export const entryOf = (code: Code): Entry<unknown> => catalogue[code] as Entry<unknown>;
