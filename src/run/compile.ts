/**
 * load → compile: the one way every command gets its content. Reads the files (io/load), parses and validates
 * each (on worker threads when there are many), then links and computes (the pure core), and localizes.
 */
import path from 'node:path';
import { localize } from '../core/diagnostics/index.js';
import { compileResults } from '../core/pipeline.js';
import { loadContent } from '../io/load.js';
import { processAll } from '../parallel/pool.js';
import type { Compiled, ContentOptions } from './types.js';

/**
 * The folder that diagnostic paths are relative to: the content folder's parent, so every `file` starts with
 * the content folder's name (`content/goals/x.md`) whichever folder `plan` runs from.
 */
export function displayRoot(contentDir: string): string {
  return path.dirname(contentDir);
}

export async function compileContent(options: ContentOptions): Promise<Compiled> {
  const sources = await loadContent(options.contentDir, displayRoot(options.contentDir));
  const processed = await processAll(sources, {
    threads: options.threads,
    ...(options.parallelThreshold !== undefined ? { threshold: options.parallelThreshold } : {}),
  });
  const result = compileResults(processed.results);
  const diagnostics = result.diagnostics.map((d) => localize(d, options.lang));
  return { sources, result, diagnostics, language: options.lang, threads: processed.threads };
}
