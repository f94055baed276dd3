/**
 * A worker thread: parse and validate a batch of files (and render their bodies, for a build), and send the
 * results back as plain data; the bodies' buffers are transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFile } from '../core/parse.js';
import { toWire } from '../core/pipeline.js';
import { processSource } from './document.js';

const { batch, extra } = workerData as { batch: SourceFile[]; extra?: { bodies: boolean } };
const processed = batch.map((s) => processSource(s, extra?.bodies === true));
parentPort!.postMessage(
  processed.map((p) => ({ wire: toWire(p.result), bodies: p.bodies })),
  processed.flatMap((p) => p.bodies.map((b) => b.buffer as ArrayBuffer)),
);
