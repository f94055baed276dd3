/**
 * The queue that prints a run's PDFs a few at once (src/pdf/queue.ts), without a browser: jobs finish in an
 * order the test chooses (each waits for a promise the test resolves), and the hand-over must still come in job
 * order, with no more jobs at once than the limit, and a failure must stop the queue cleanly.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inOrder } from '../../src/pdf/queue.js';

/** A job the test finishes by hand: `finish(i)` resolves job i, `fail(i, e)` rejects it. */
function controlled(n: number) {
  const settle = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const waiting = new Map<number, () => void>();
  const work = (_: unknown, i: number) =>
    new Promise<string>((resolve, reject) => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      const end = () => running--;
      settle.set(i, {
        resolve: (v) => {
          end();
          resolve(v);
        },
        reject: (e) => {
          end();
          reject(e);
        },
      });
      waiting.get(i)?.();
    });
  /** Resolves once job i has started. */
  const startedJob = (i: number) => (settle.has(i) ? Promise.resolve() : new Promise<void>((r) => waiting.set(i, () => r())));
  const tick = () => new Promise((r) => setImmediate(r));
  return {
    items: Array.from({ length: n }, (_, i) => i),
    work,
    started,
    startedJob,
    most: () => most,
    finish: async (i: number) => {
      await startedJob(i);
      settle.get(i)!.resolve(`r${i}`);
      await tick();
    },
    fail: async (i: number, e: Error) => {
      await startedJob(i);
      settle.get(i)!.reject(e);
      await tick();
    },
  };
}

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('inOrder', () => {
  test('results finishing in any order are delivered in job order, with at most `limit` jobs at once', async () => {
    const jobs = controlled(5);
    const delivered: string[] = [];
    const run = inOrder(jobs.items, { limit: 2, work: jobs.work, deliver: async (r) => void delivered.push(r) });
    await jobs.finish(1);
    expect(delivered).toEqual([]); // job 0 is not done: nothing may go before it
    await jobs.finish(2);
    await jobs.finish(0);
    expect(delivered).toEqual(['r0', 'r1', 'r2']);
    await jobs.finish(4);
    await jobs.finish(3);
    await run;
    expect(delivered).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(jobs.most()).toBe(2);
    expect(jobs.started.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  test('a start order other than job order changes what starts first, not what is delivered first', async () => {
    const jobs = controlled(3);
    const delivered: string[] = [];
    const run = inOrder(jobs.items, { limit: 1, startOrder: [2, 0, 1], work: jobs.work, deliver: async (r) => void delivered.push(r) });
    await jobs.finish(2);
    await jobs.finish(0);
    await jobs.finish(1);
    await run;
    expect(jobs.started).toEqual([2, 0, 1]);
    expect(delivered).toEqual(['r0', 'r1', 'r2']);
  });

  test('after a failure no job starts; the running ones finish, the complete ones are delivered in order, the failure is thrown', async () => {
    const jobs = controlled(6);
    const delivered: string[] = [];
    const run = inOrder(jobs.items, { limit: 3, work: jobs.work, deliver: async (r) => void delivered.push(r) });
    const outcome = run.then(
      () => undefined,
      (e: unknown) => e,
    );
    await jobs.finish(0);
    await jobs.fail(1, new Error('job 1 broke'));
    await jobs.finish(3); // started before the failure (job 0's place), so it runs to its end
    await jobs.finish(2);
    expect(String(await outcome)).toBe('Error: job 1 broke');
    expect(jobs.started.sort()).toEqual([0, 1, 2, 3]); // 4 and 5 never started
    expect(delivered).toEqual(['r0', 'r2', 'r3']);
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  });

  test('when every running job fails (the browser died), the first failure is thrown and nothing is left unhandled', async () => {
    const jobs = controlled(3);
    const delivered: string[] = [];
    const outcome = inOrder(jobs.items, { limit: 3, work: jobs.work, deliver: async (r) => void delivered.push(r) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await jobs.fail(2, new Error('crashed'));
    await jobs.fail(0, new Error('crashed too'));
    await jobs.fail(1, new Error('and this'));
    expect(String(await outcome)).toBe('Error: crashed');
    expect(delivered).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  });

  test('without keepAfterFailure (an interrupt) nothing more is delivered after the failure', async () => {
    const jobs = controlled(3);
    const delivered: string[] = [];
    const outcome = inOrder(jobs.items, {
      limit: 3,
      work: jobs.work,
      deliver: async (r) => void delivered.push(r),
      keepAfterFailure: () => false,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await jobs.finish(1);
    await jobs.fail(0, new Error('interrupted'));
    await jobs.finish(2);
    expect(String(await outcome)).toBe('Error: interrupted');
    expect(delivered).toEqual([]);
  });

  test('a hand-over that fails stops the queue: no job starts, nothing more is delivered, its error is thrown', async () => {
    const jobs = controlled(3);
    const delivered: string[] = [];
    const outcome = inOrder(jobs.items, {
      limit: 1,
      work: jobs.work,
      deliver: async (r) => {
        if (r === 'r0') throw new Error('disk full');
        delivered.push(r);
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await jobs.finish(0);
    await jobs.finish(1); // had started while job 0 was being handed over
    expect(String(await outcome)).toBe('Error: disk full');
    expect(jobs.started).toEqual([0, 1]);
    expect(delivered).toEqual([]);
  });

  test('a check before each job that throws (an abort) ends the queue with its error', async () => {
    const jobs = controlled(3);
    let aborted = false;
    const outcome = inOrder(jobs.items, {
      limit: 1,
      work: jobs.work,
      deliver: async () => undefined,
      beforeEach: () => {
        if (aborted) throw new Error('aborted');
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    aborted = true;
    await jobs.finish(0);
    expect(String(await outcome)).toBe('Error: aborted');
    expect(jobs.started).toEqual([0]);
  });
});
