/**
 * Per-document work (parse, validate, and for a build the bodies) on all cores. Each document is independent of the others, so a batch of
 * files goes to each worker thread and the results come back as plain data, in file order. Small content stays
 * in this thread: starting workers costs more than it saves below a few thousand files.
 */
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../core/parse.js';
import { fromWire, processDocument, type WireResult } from '../core/pipeline.js';
import type { Processed } from './document.js';
import { markdownParser } from './markdown.js';

export interface PoolOptions {
  /** Worker threads to use at most (1: none). */
  threads: number;
  /** Below this many files, no workers. */
  threshold?: number;
}

export const DEFAULT_THRESHOLD = 2000;
/**
 * The same for the checks alone (no bodies to render): a file's checks take some 0.1 ms, less than sending its
 * result back from a worker costs (a structured clone of some 4 KB), and each worker loads the checks' code
 * again. At 10,000 files a worker pool took twice the CPU time of one thread and no less wall time, so the checks
 * stay on one thread unless a threshold is given (PLANWERK_PARALLEL_THRESHOLD).
 */
export const CHECKS_THRESHOLD = Number.POSITIVE_INFINITY;

/**
 * The results in file order, and how many threads produced them. `withBodies`: also render each valid
 * document's Markdown texts (a build), from the trees its checks parsed.
 */
export async function processAll(
  sources: readonly SourceFile[],
  options: PoolOptions,
  withBodies = false,
): Promise<{ processed: Processed[]; threads: number }> {
  const threshold = options.threshold ?? (withBodies ? DEFAULT_THRESHOLD : CHECKS_THRESHOLD);
  const threads = threadsFor(sources.length, { ...options, threshold });
  if (threads <= 1) {
    if (!withBodies) {
      const parse = await markdownParser(sources.map((s) => s.text));
      return { processed: sources.map((s) => ({ result: processDocument(s, parse), bodies: [] })), threads: 1 };
    }
    // The renderer loads only for a build: validate never needs it.
    const { processSource } = await import('./document.js');
    return { processed: sources.map((s) => processSource(s, true)), threads: 1 };
  }
  const batches = balance(sources, threads, (s) => s.text.length);
  const results = await inWorkers<SourceFile, { wire: WireResult; bodies: Uint8Array[] }>(
    new URL('./worker.js', import.meta.url),
    batches,
    {
      bodies: withBodies,
    },
  );
  return { processed: results.map((r) => ({ result: fromWire(r.wire), bodies: r.bodies })), threads: batches.length };
}

/** Threads worth starting for n items (1: stay in this thread). */
export function threadsFor(n: number, options: PoolOptions): number {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (n < threshold) return 1;
  return Math.max(1, Math.min(options.threads, Math.ceil(n / Math.max(1, threshold / 2))));
}

/** One worker per batch (workerData: the batch and `extra`); its one message is its results, in order. */
export async function inWorkers<T, R>(url: URL, batches: readonly T[][], extra?: unknown): Promise<R[]> {
  const results = await Promise.all(
    batches.map(
      (batch) =>
        new Promise<R[]>((resolve, reject) => {
          const worker = new Worker(url, { workerData: { batch, extra } });
          worker.once('message', (m: R[]) => resolve(m));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`bug: a worker (${url.pathname}) stopped with exit code ${code}`));
          });
        }),
    ),
  );
  return results.flat();
}

/** Contiguous batches of about equal size, so the results stay in order. */
export function balance<T>(sources: readonly T[], n: number, sizeOf: (item: T) => number): T[][] {
  const total = sources.reduce((sum, s) => sum + sizeOf(s), 0);
  const target = total / n;
  const batches: T[][] = [[]];
  let size = 0;
  for (const s of sources) {
    if (size >= target && batches.length < n) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1]!.push(s);
    size += sizeOf(s);
  }
  return batches;
}
