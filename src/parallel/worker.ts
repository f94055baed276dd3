/** A worker thread: parse and validate a batch of files, send the results back as plain data. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFile } from '../core/parse.js';
import { processDocument, toWire } from '../core/pipeline.js';

const sources = (workerData as { batch: SourceFile[] }).batch;
parentPort!.postMessage(sources.map((s) => toWire(processDocument(s))));
