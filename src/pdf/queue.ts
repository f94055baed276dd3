/**
 * A bounded queue for the PDF jobs of one run: at most `limit` jobs work at once, and their results are handed
 * on in job order, whatever order they finish in (so what the caller lists and writes does not depend on which
 * document printed first). Knows nothing of browsers: printPdfs gives it the work and the hand-over.
 */

export interface QueueOptions<T, R> {
  /** Jobs working at once, at least 1. */
  limit: number;
  work: (item: T, index: number) => Promise<R>;
  /** Called one at a time, in job order; a job that failed or never started is skipped. */
  deliver: (result: R, index: number) => Promise<void>;
  /** Called before each job starts; throwing stops the queue as a failed job would (an abort). */
  beforeEach?: () => void;
  /** The order in which jobs start, as indices (default: job order); delivery stays in job order. */
  startOrder?: readonly number[];
  /** After a failure, still deliver the results that were complete (default: yes). */
  keepAfterFailure?: () => boolean;
}

/**
 * Run every item through `work`. After the first failure no job starts; those already working finish (each is
 * bounded by its own timeouts), the results that completed are delivered in job order, and the first failure is
 * thrown. A failure of `deliver` ends the queue the same way, without delivering more. Never leaves a promise
 * rejected unobserved: every job's outcome is awaited here.
 */
export async function inOrder<T, R>(items: readonly T[], options: QueueOptions<T, R>): Promise<void> {
  const done = new Map<number, R>();
  let next = 0;
  let delivered = 0;
  let failure: { error: unknown } | undefined;
  let deliveryFailed = false;
  // Deliveries run one after the other, on a chain that never rejects (a failure is recorded instead).
  let delivering: Promise<void> = Promise.resolve();

  const deliverReady = () => {
    delivering = delivering.then(async () => {
      while (!deliveryFailed && done.has(delivered)) {
        const index = delivered++;
        const result = done.get(index)!;
        done.delete(index);
        try {
          await options.deliver(result, index);
        } catch (error) {
          deliveryFailed = true;
          failure ??= { error };
        }
      }
    });
  };

  const order = options.startOrder ?? items.map((_, i) => i);
  const worker = async () => {
    while (!failure && next < order.length) {
      const index = order[next++]!;
      try {
        options.beforeEach?.();
        done.set(index, await options.work(items[index]!, index));
      } catch (error) {
        failure ??= { error };
        return;
      }
      if (!failure) deliverReady();
    }
  };

  const workers = Math.max(1, Math.min(options.limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  await delivering;
  if (!failure) return;
  if (!deliveryFailed && (options.keepAfterFailure?.() ?? true)) {
    // The jobs after a failed one that completed anyway: delivered in job order, skipping the gaps.
    for (const index of [...done.keys()].sort((a, b) => a - b)) await options.deliver(done.get(index)!, index);
  }
  throw failure.error;
}
