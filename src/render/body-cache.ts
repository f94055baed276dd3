/**
 * Markdown bodies through a cache. The costly half of rendering a body (parse, GFM, sanitize: markdownTree)
 * depends only on its text and the footnote labels; the rest (id prefix, heading levels, `@id` links) is a cheap
 * walk done on every use. So trees are keyed by text and labels, made ahead (on worker threads, or from the
 * cache on disk) and placed when a template asks for them.
 */

import { deserialize, serialize } from 'node:v8';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { RenderBody } from './index.js';
import { markdownToHast, markdownTree } from './markdown.js';

/** The format of cached bodies. Bump it when markdownTree's output changes shape (the code hash also keys it). */
export const BODY_CACHE_VERSION = 'bodies-2';

/** What the cache offers (src/io/cache.ts). */
export interface BodyStore {
  key(parts: readonly string[]): string;
  get(key: string): Root | undefined;
  set(key: string, value: Root): void;
}

export const bodyKey = (store: BodyStore, markdown: string, footnotesLabel: string, footnoteBackLabel: string): string =>
  store.key([footnotesLabel, footnoteBackLabel, markdown]);

/** Positions are never rendered; dropping them keeps stored and transferred trees small. */
export function withoutPositions(tree: Root): Root {
  visit(tree, (node) => void delete node.position);
  return tree;
}

/**
 * A RenderBody that takes trees made ahead (serialized, by key), else from the store, else makes and stores
 * them. Each use gets its own copy, so a template may change what it gets.
 */
export function cachedMarkdown(store: BodyStore, ahead: ReadonlyMap<string, Uint8Array>): RenderBody {
  return (markdown, options) => {
    if (markdown.trim() === '') return [];
    const key = bodyKey(store, markdown, options.footnotesLabel, options.footnoteBackLabel);
    const made = ahead.get(key);
    let tree = made ? (deserialize(made) as Root) : store.get(key);
    if (!tree) {
      tree = withoutPositions(markdownTree(markdown, options.footnotesLabel, options.footnoteBackLabel));
      store.set(key, tree);
    }
    return markdownToHast(markdown, options, tree);
  };
}

/**
 * A store in memory for `plan dev`: a rebuild after a save renders only the bodies whose text changed. `sweep`
 * after each build drops what that build did not use, so the store holds one build's bodies at most.
 */
export class MemoryBodyStore implements BodyStore {
  private entries = new Map<string, Uint8Array>();
  private used = new Map<string, Uint8Array>();

  key(parts: readonly string[]): string {
    return parts.map((p) => `${p.length}:${p}`).join('');
  }

  get(key: string): Root | undefined {
    const bytes = this.entries.get(key) ?? this.used.get(key);
    if (!bytes) return undefined;
    this.used.set(key, bytes);
    return deserialize(bytes) as Root;
  }

  set(key: string, value: Root): void {
    this.used.set(key, serialize(value));
  }

  sweep(): void {
    this.entries = this.used;
    this.used = new Map();
  }
}
