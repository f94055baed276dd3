/**
 * A worker thread: parse and validate a batch of files (and render their bodies, for a build), and send the
 * results back as plain data; the bodies' buffers are transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFile } from '../core/parse.js';
import { processDocument, toWire } from '../core/pipeline.js';
import type { Processed } from './document.js';
import { markdownParser } from './markdown.js';

const { batch, extra } = workerData as { batch: SourceFile[]; extra?: { bodies: boolean } };
// The renderer loads only for a build: validate never needs it.
let processed: Processed[];
if (extra?.bodies === true) {
  const { processSource } = await import('./document.js');
  processed = batch.map((s) => processSource(s, true));
} else {
  const parse = await markdownParser(batch.map((s) => s.text));
  processed = batch.map((s) => ({ result: processDocument(s, parse), bodies: [] }));
}
parentPort!.postMessage(
  processed.map((p) => ({ wire: toWire(p.result), bodies: p.bodies })),
  processed.flatMap((p) => p.bodies.map((b) => b.buffer as ArrayBuffer)),
);
