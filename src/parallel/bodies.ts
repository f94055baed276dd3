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

export interface Labels {
  footnotesLabel: string;
  footnoteBackLabel: string;
}

/** Serialized placeable bodies by key (bodyKey), for cachedMarkdown. */
export async function prepareBodies(
  texts: readonly string[],
  labels: Labels,
  cache: Cache<PlaceableBody>,
  options: PoolOptions,
): Promise<Map<string, Uint8Array>> {
  const ahead = new Map<string, Uint8Array>();
  const todo: { key: string; text: string }[] = [];
  for (const text of texts) {
    if (text.trim() === '') continue;
    const key = bodyKey(cache, text, labels.footnotesLabel, labels.footnoteBackLabel);
    if (ahead.has(key)) continue;
    const hit = cache.getPayload(key);
    if (hit) ahead.set(key, hit);
    else {
      ahead.set(key, EMPTY); // claimed: a repeated text is rendered once
      todo.push({ key, text });
    }
  }
  const threads = threadsFor(todo.length, options);
  const made =
    threads <= 1
      ? todo.map((t) => serialize(makePlaceable(t.text, labels.footnotesLabel, labels.footnoteBackLabel)))
      : await inWorkers<string, Uint8Array>(
          new URL('./body-worker.js', import.meta.url),
          balance(
            todo.map((t) => t.text),
            threads,
            (t) => t.length,
          ),
          labels,
        );
  todo.forEach((t, i) => {
    ahead.set(t.key, made[i]!);
    cache.setPayload(t.key, made[i]!);
  });
  return ahead;
}

const EMPTY = new Uint8Array(0);
