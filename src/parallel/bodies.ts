/**
 * The Markdown bodies of a build, made ahead: each distinct text is looked up in the cache once and the rest are
 * rendered (markdownTree, then made placeable: HTML with holes) on worker threads when there are many, else
 * here. The renderer then only places them.
 */

import { serialize } from 'node:v8';
import type { Cache } from '../io/cache.js';
import { bodyKey, makePlaceable } from '../render/body-cache.js';
import type { PlaceableBody } from '../render/placeable.js';
import { balance, inWorkers, type PoolOptions, threadsFor } from './pool.js';

/**
 * Serialized placeable bodies by their text, for cachedMarkdown. `made`: bodies already rendered in this run
 * (with their documents' checks), by text. The cache key (a hash of the text) is computed only to read or write
 * the cache; in memory a text is its own key. A body the cache holds is read when it is placed: a build that keeps
 * its sections (src/assemble/fragments.ts) places few (at 10,000 documents, reading and checking all 20 MB of
 * them took longer than the rest of drawing the documents).
 */
export async function prepareBodies(
  texts: readonly string[],
  cache: Cache<PlaceableBody>,
  options: PoolOptions,
  made: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<Map<string, Uint8Array | (() => Uint8Array | undefined)>> {
  const ahead = new Map<string, Uint8Array | (() => Uint8Array | undefined)>(made);
  const todo: { key: string; text: string }[] = [];
  for (const text of texts) {
    if (text.trim() === '' || ahead.has(text)) continue;
    const key = bodyKey(cache, text);
    if (cache.has(key)) {
      cache.stats.hits++;
      let read: Uint8Array | undefined | null = null;
      ahead.set(text, () => (read === null ? (read = cache.read(key)) : read));
    } else {
      ahead.set(text, EMPTY); // claimed: a repeated text is rendered once
      todo.push({ key, text });
    }
  }
  const threads = threadsFor(todo.length, options);
  const rendered =
    threads <= 1
      ? todo.map((t) => serialize(makePlaceable(t.text)))
      : await inWorkers<string, Uint8Array>(
          new URL('./body-worker.js', import.meta.url),
          balance(
            todo.map((t) => t.text),
            threads,
            (t) => t.length,
          ),
        );
  todo.forEach((t, i) => {
    ahead.set(t.text, rendered[i]!);
    cache.setPayload(t.key, rendered[i]!);
  });
  return ahead;
}

const EMPTY = new Uint8Array(0);
