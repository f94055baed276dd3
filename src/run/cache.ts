/**
 * The cache is optional in every failure. Its folder is checked once before a run (validate, build, export):
 * a file in its place, a folder that may not be read or written, or a write that fails later (a full or
 * read-only disk) is one warning line on standard error, and the run goes on without it.
 */
import path from 'node:path';
import { texts } from '../cli-text/index.js';
import { type CacheProblem, probeCacheDir } from '../io/cache.js';
import type { ContentOptions, RunIo } from './types.js';

/** The options with the cache as it can be used: none when its folder cannot be, else told to warn once. */
export function usableCache<T extends ContentOptions>(options: T, io: RunIo): T {
  const cache = options.cache;
  if (cache?.dir === undefined) return options;
  const dir = cache.dir;
  let said = false;
  const warn = (problem: CacheProblem) => {
    if (said) return;
    said = true;
    const shown = path.relative(io.cwd, dir) || '.';
    io.stderr.write(`plan: ${texts(options.lang).cache[problem.reason](shown, problem.code)}\n`);
  };
  const problem = probeCacheDir(dir);
  if (problem) {
    warn(problem);
    return { ...options, cache: { ...cache, dir: undefined } };
  }
  return { ...options, cache: { ...cache, warn } };
}
