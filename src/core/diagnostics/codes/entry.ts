/** One catalogue entry: severity, title per language, example arguments (the shape of the code's arguments). */
import type { Lang, Severity } from '../types.js';

export interface Entry<A> {
  severity: Severity;
  title: Record<Lang, string>;
  /** Typical arguments: the docs print the message with them, and tests check every code phrases them. */
  example: A;
}
export const entry = <A>(e: Entry<A>): Entry<A> => e;

/** The figures whose stated and computed values are compared (`compute/declared-differs`). */
export type ComparedFigure =
  | { table: 'rgi-2.1'; measure: 'threeYearAverage' | 'surplus' }
  | { table: 'rgi-2.2'; measure: 'fte'; theme: string }
  | { table: 'rgi-2.2'; measure: 'total' | 'targetGroupShare' }
  | { table: 'rgi-2.8'; measure: 'policyDossiers'; theme: string }
  | { table: 'rgi-2.8'; measure: 'total' }
  | { table: 'rgi-2.10'; measure: 'communicationActions' }
  | { table: 'rgi-2.11'; measure: 'localFunding'; source: string }
  | { table: 'staffing'; measure: 'total' | 'decreeShare'; row: string }
  | { table: 'staffing'; measure: 'decree' | 'other' | 'total' | 'decreeShare' }
  | { table: 'extension-request'; measure: 'total' }
  | { table: 'budget'; measure: BudgetSubtotal }
  | { table: 'attendance'; measure: 'total'; source: string };
export type BudgetSubtotal =
  | 'operating-income'
  | 'gross-margin'
  | 'operating-result'
  | 'financial-result'
  | 'ordinary-result'
  | 'exceptional-result'
  | 'result';
/** A stated figure against the computed one; `year` is the report or budget year, when the figure has one. */
export type FigureDifference = ComparedFigure & { year?: number; stated: number; computed: number; percent: boolean };
