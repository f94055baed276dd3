/** A worker thread: Markdown texts → placeable bodies (sanitized HTML with holes), sent back serialized, in order. */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { makePlaceable } from '../render/body-cache.js';

const { batch } = workerData as { batch: string[] };
const trees = batch.map((text) => serialize(makePlaceable(text)));
// Transferred, not copied: the buffers are not used here again.
parentPort!.postMessage(
  trees,
  trees.map((t) => t.buffer as ArrayBuffer),
);
