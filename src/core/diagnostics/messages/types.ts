import type { ArgsOf, Code } from '../catalogue.js';

/** How one language phrases one code: the message (what and why), the hint (what to do), related locations. */
export interface Phrasing<A> {
  message: (a: A) => string;
  hint: (a: A) => string;
  /** Message attached to each related location. */
  related?: (a: A) => string;
}

/** Every code phrased: a language file that misses one does not compile. */
export type Messages = { [C in Code]: Phrasing<ArgsOf<C>> };
