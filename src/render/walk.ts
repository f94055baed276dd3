/** Walking a hast tree's elements, for the renderer and the layers above it (src/redline). */
import type { Element, ElementContent, RootContent } from 'hast';

/**
 * Pre-order walk over elements, each before its children (read after `visit`, which may replace them); `visit`
 * returning false skips the element's children. Plain recursion: unist-util-visit's per-node bookkeeping cost a
 * tenth of turning every body into HTML.
 */
export function eachElement(nodes: readonly (RootContent | ElementContent)[], visit: (el: Element) => boolean | undefined | void): void {
  for (const n of nodes) {
    if (n.type !== 'element') continue;
    if (visit(n) === false) continue;
    eachElement(n.children, visit);
  }
}
