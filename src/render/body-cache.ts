/**
 * Markdown bodies through a cache. The costly part of rendering a body (parse, GFM, sanitize, serialize:
 * makePlaceable) depends only on its text; the rest (id prefix, heading levels, `@id` links, images, footnote
 * labels) fills holes in its HTML on every use (src/render/placeable.ts). So bodies are keyed by their text, made
 * ahead (with the document's checks on worker threads, or from the cache on disk) and placed when a template
 * asks for them.
 */

import { deserialize } from 'node:v8';
import type { Root as MdastRoot } from 'mdast';
import type { RenderBody } from './index.js';
import { type MarkdownOptions, markdownTree } from './markdown.js';
import { FOOTNOTE_BACK_HOLE, FOOTNOTES_HOLE, type PlaceableBody, place, toPlaceable } from './placeable.js';

/** The format of cached bodies. Bump it when makePlaceable's output changes shape (the code hash also keys it). */
export const BODY_CACHE_VERSION = 'bodies-4';

/** What the cache offers (src/io/cache.ts). */
export interface BodyStore {
  key(parts: readonly string[]): string;
  get(key: string): PlaceableBody | undefined;
  set(key: string, value: PlaceableBody): void;
}

/** A body depends on its text alone: the document's language (its footnote labels) fills holes when placed. */
export const bodyKey = (store: BodyStore, markdown: string): string => store.key([markdown]);

/** `parsed`: the text's mdast when the caller has it (the document's checks parsed it). */
export function makePlaceable(markdown: string, parsed?: MdastRoot): PlaceableBody {
  return toPlaceable(markdownTree(markdown, FOOTNOTES_HOLE, FOOTNOTE_BACK_HOLE, parsed));
}

/**
 * A RenderBody that takes bodies made ahead or found in the cache (serialized, or read when first placed, by their
 * text), else from the store, else makes and stores them. Only the last two need the store's key, a hash of the text: most bodies were made ahead.
 */
export function cachedMarkdown(store: BodyStore, ahead: ReadonlyMap<string, Uint8Array | (() => Uint8Array | undefined)>): RenderBody {
  const fromStore = (markdown: string): PlaceableBody => {
    const key = bodyKey(store, markdown);
    let body = store.get(key);
    if (!body) {
      body = makePlaceable(markdown);
      store.set(key, body);
    }
    return body;
  };
  const placed = (markdown: string, options: MarkdownOptions) => {
    // Made ahead, or found in the cache and read now (undefined when it proved corrupt: made again).
    const found = ahead.get(markdown);
    const made = typeof found === 'function' ? found() : found;
    return place(made && made.length > 0 ? (deserialize(made) as PlaceableBody) : fromStore(markdown), options);
  };
  return {
    block: (markdown, options) => (markdown.trim() === '' ? [] : placed(markdown, options).nodes),
    inline: (markdown, options) => (markdown.trim() === '' ? [] : placed(markdown, options).inline),
  };
}

/**
 * A store in memory for `plan dev`: a rebuild after a save renders only the bodies whose text changed. `sweep`
 * after each build drops what that build did not use, so the store holds one build's bodies at most.
 */
export class MemoryBodyStore implements BodyStore {
  private entries = new Map<string, PlaceableBody>();
  private used = new Map<string, PlaceableBody>();

  key(parts: readonly string[]): string {
    return parts.map((p) => `${p.length}:${p}`).join('');
  }

  get(key: string): PlaceableBody | undefined {
    const body = this.entries.get(key) ?? this.used.get(key);
    if (body) this.used.set(key, body);
    return body;
  }

  set(key: string, value: PlaceableBody): void {
    this.used.set(key, value);
  }

  sweep(): void {
    this.entries = this.used;
    this.used = new Map();
  }
}
