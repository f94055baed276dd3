/**
 * Which Markdown texts a build renders, gathered from the linked content so they can be made ahead (cache, worker
 * threads): every document's body, and a progress entry's two parts (its report text and its annex), which the
 * report renders separately. Texts a template derives otherwise are rendered when asked for, as before.
 */

import type { LinkContext } from '../core/link/model.js';
import type { Cache } from '../io/cache.js';
import { prepareBodies } from '../parallel/bodies.js';
import type { PoolOptions } from '../parallel/pool.js';
import { cachedMarkdown } from '../render/body-cache.js';
import type { RenderBody } from '../render/index.js';
import type { PlaceableBody } from '../render/placeable.js';
import { documentTexts } from '../render/texts.js';

export function bodyTexts(context: LinkContext): string[] {
  const texts: string[] = [];
  for (const list of Object.values(context)) {
    if (!Array.isArray(list)) continue;
    for (const d of list as { kind?: string; body?: unknown }[]) if (d) texts.push(...documentTexts(d));
  }
  return texts;
}

/** `made`: bodies rendered with their documents' checks in this run, by text. */
export async function bodyRenderer(
  context: LinkContext,
  cache: Cache<PlaceableBody>,
  options: PoolOptions,
  made?: ReadonlyMap<string, Uint8Array>,
): Promise<RenderBody> {
  return cachedMarkdown(cache, await prepareBodies(bodyTexts(context), cache, options, made));
}
