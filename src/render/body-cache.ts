/**
 * Markdown bodies through a cache: the rendered tree depends on the text, the id prefix, the heading level and
 * the footnote labels, and on where `@id` links point. The stored tree has a marker in place of each entity
 * link's href, resolved on every use, so a body stays valid when the entity it links to moves.
 */
import type { Element, ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import { markdownToHast, type MarkdownOptions } from './markdown.js';

/** The format of cached bodies. Bump it when markdownToHast's output changes shape (the code hash also keys it). */
export const BODY_CACHE_VERSION = 'bodies-1';

/** What the cache offers (src/io/cache.ts); the renderer itself does no I/O. */
export interface BodyStore {
  readonly enabled: boolean;
  key(parts: readonly string[]): string;
  get(key: string): ElementContent[] | undefined;
  set(key: string, value: ElementContent[]): void;
}

export type RenderBody = (markdown: string, options: MarkdownOptions) => ElementContent[];

const MARK = '\u0000planwerk-entity:';

export function cachedMarkdown(store: BodyStore): RenderBody {
  if (!store.enabled) return markdownToHast;
  return (markdown, options) => {
    const key = store.key([options.prefix, String(options.topLevel), options.footnotesLabel, options.footnoteBackLabel, markdown]);
    let nodes = store.get(key);
    if (!nodes) {
      nodes = markdownToHast(markdown, { ...options, resolve: (id) => MARK + id });
      // Positions are not rendered; leaving them out keeps entries small.
      for (const n of nodes) visit(n, (x) => void delete x.position);
      store.set(key, nodes);
    }
    for (const n of nodes) {
      visit(n, 'element', (e: Element) => {
        const href = e.properties.href;
        if (typeof href === 'string' && href.startsWith(MARK)) e.properties.href = options.resolve(href.slice(MARK.length)) ?? '#';
      });
    }
    return nodes;
  };
}
