/**
 * Figure helpers: sums that keep “not reported” apart from 0, derived figures, and the declared-vs-computed check.
 * Pure; every function returns a new object.
 */
import { type ComparedFigure, diag, type Location, type RawDiagnostic } from '../diagnostics/index.js';
import type { Figure } from './types.js';

/** One input of a sum: a number when reported, null or undefined when expected but not reported. */
export type Input = number | null | undefined;

/**
 * Clean up binary floating-point noise (0.1 + 0.2 → 0.3) so figures compare and print as the arithmetic on
 * paper does. Twelve significant digits are far more than any figure of this domain carries.
 */
export function tidy(x: number): number {
  const r = Number(x.toPrecision(12));
  return Object.is(r, -0) ? 0 : r;
}

/** Two decimals, half away from zero (for diagnostic messages). */
export function round2(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-7)) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** A figure with no inputs at all: nothing expected, nothing reported. */
export const empty = (): Figure => ({ value: null, reported: 0, missing: 0 });

/** Sum of expected inputs: value null when none was reported; null/undefined inputs count as missing. */
export function sum(inputs: readonly Input[]): Figure {
  let value: number | null = null;
  let reported = 0;
  let missing = 0;
  for (const x of inputs) {
    if (typeof x === 'number') {
      value = (value ?? 0) + x;
      reported++;
    } else missing++;
  }
  return { value: value === null ? null : tidy(value), reported, missing };
}

/** Sum of figures (a total): values of the reported ones added, reported and missing counts added. */
export function combine(figures: readonly Figure[]): Figure {
  let value: number | null = null;
  let reported = 0;
  let missing = 0;
  for (const f of figures) {
    if (f.value !== null) value = (value ?? 0) + f.value;
    reported += f.reported;
    missing += f.missing;
  }
  return { value: value === null ? null : tidy(value), reported, missing };
}

/**
 * A derived figure (share, mean, difference): the value comes from `value`; it carries the reported and missing
 * counts of all its inputs, so a derived figure built on incomplete inputs still says so.
 */
export function derived(value: number | null, inputs: readonly Figure[]): Figure {
  const f = combine(inputs);
  return { value: value === null || !Number.isFinite(value) ? null : tidy(value), reported: f.reported, missing: f.missing };
}

/** part / whole × 100; null when either is not reported or the whole is 0. */
export function share(part: Figure, whole: Figure): Figure {
  const v = part.value !== null && whole.value !== null && whole.value !== 0 ? (part.value / whole.value) * 100 : null;
  return derived(v, [part, whole]);
}

/** A figure the source states and nothing computes (value null, declared set). */
export function declaredOnly(declared: Input): Figure {
  return withDeclared(empty(), declared);
}

/** A copy of the figure with its declared value beside it; undefined (not stated) leaves `declared` out. */
export function withDeclared(f: Figure, declared: Input): Figure {
  return declared === undefined ? { ...f } : { ...f, declared };
}

/** Differences up to this much are rounding in the source, not a finding. */
export const TOLERANCE = { plain: 0.005, percent: 0.05 } as const;

/** Whether a stated figure differs from the computed one beyond rounding: the one test for warnings and documents. */
export function differs(f: Figure, percent: boolean): boolean {
  if (f.value === null || f.declared === null || f.declared === undefined) return false;
  return Math.abs(f.declared - f.value) > (percent ? TOLERANCE.percent : TOLERANCE.plain) + 1e-9;
}

/** Shares are percentages: they get the percent tolerance and a % sign. */
const isPercent = (what: ComparedFigure): boolean => what.measure === 'targetGroupShare' || what.measure === 'decreeShare';

/**
 * Compare a figure's computed value with its declared one; push `compute/declared-differs` at the declared node
 * when both are numbers and they differ by more than the tolerance. `what` names the figure as facts (table,
 * measure, row), so each language phrases it; `year` is the report or budget year.
 */
export function check(out: RawDiagnostic[], f: Figure, what: ComparedFigure, year: number | undefined, at: () => Location): void {
  const percent = isPercent(what);
  if (differs(f, percent) && f.value !== null && f.declared !== null && f.declared !== undefined) {
    const args = { ...what, ...(year === undefined ? {} : { year }), stated: f.declared, computed: round2(f.value), percent };
    out.push(diag('compute/declared-differs', args, at()));
  }
}

/** Compare code units: locale-independent, so the order is the same on every machine. */
export { byCodeUnit } from '../sort.js';
