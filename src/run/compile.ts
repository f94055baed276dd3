/**
 * load → compile: the one way every command gets its content. Reads the files (io/load), parses and validates
 * each (from the cache when the same file was seen before, else on worker threads when there are many), then
 * links and computes (the pure core), and localizes.
 */
import path from 'node:path';
import { localize } from '../core/diagnostics/index.js';
import { compileResults, type DocumentResult, fromWire, toWire, type WireResult } from '../core/pipeline.js';
import { Cache } from '../io/cache.js';
import { loadContent } from '../io/load.js';
import { type PoolOptions, processAll } from '../parallel/pool.js';
import type { Compiled, ContentOptions } from './types.js';

/**
 * The format of cached parse + validate results. Bump it with any change to parsing, validation, the schemas
 * or the diagnostics they give: the tool version alone does not change between commits.
 */
export const DOCUMENT_CACHE_VERSION = 'documents-1';

/**
 * The folder that diagnostic paths are relative to: the content folder's parent, so every `file` starts with
 * the content folder's name (`content/goals/x.md`) whichever folder `plan` runs from.
 */
export function displayRoot(contentDir: string): string {
  return path.dirname(contentDir);
}

export const poolOptions = (options: ContentOptions): PoolOptions => ({
  threads: options.threads,
  ...(options.parallelThreshold !== undefined ? { threshold: options.parallelThreshold } : {}),
});

export async function compileContent(options: ContentOptions): Promise<Compiled> {
  const sources = await loadContent(options.contentDir, displayRoot(options.contentDir));
  const cache = new Cache<WireResult>({ dir: options.cache?.dir, salt: options.cache?.salt ?? '' }, 'documents', DOCUMENT_CACHE_VERSION, [
    'core',
  ]);
  // A result depends on the file's path (diagnostics name it) and text, nothing else.
  const keys = cache.enabled ? sources.map((s) => cache.key([s.path, s.text])) : [];
  const results: (DocumentResult | undefined)[] = sources
    .map((_, i) => (cache.enabled ? cache.get(keys[i]!) : undefined))
    .map((w) => (w ? fromWire(w) : undefined));
  const missing = sources.flatMap((_s, i) => (results[i] ? [] : [i]));
  const processed = await processAll(
    missing.map((i) => sources[i]!),
    poolOptions(options),
  );
  missing.forEach((i, j) => {
    const r = processed.results[j]!;
    results[i] = r;
    cache.set(keys[i]!, toWire(r));
  });
  const result = compileResults(results as DocumentResult[]);
  const diagnostics = result.diagnostics.map((d) => localize(d, options.lang));
  return { sources, result, diagnostics, language: options.lang, threads: processed.threads, caches: { documents: cache } };
}
