/**
 * One file's work: parse and validate it and, for a build, render its Markdown texts into placeable bodies from
 * the same Markdown trees, so a body is parsed once in a run, for its checks and for its rendering.
 */
import { serialize } from 'node:v8';
import type { Root } from 'mdast';
import { parseMarkdown } from '../core/markdown-tree.js';
import type { SourceFile } from '../core/parse.js';
import { type DocumentResult, processDocument } from '../core/pipeline.js';
import { makePlaceable } from '../render/body-cache.js';
import { documentTexts } from '../render/texts.js';

export interface Processed {
  result: DocumentResult;
  /** Serialized placeable bodies, one per documentTexts(document), when asked for and the document is valid. */
  bodies: Uint8Array[];
}

export function processSource(source: SourceFile, withBodies: boolean): Processed {
  if (!withBodies) return { result: processDocument(source, parseMarkdown), bodies: [] };
  const trees = new Map<string, Root>();
  const parse = (text: string): Root => {
    let tree = trees.get(text);
    if (!tree) trees.set(text, (tree = parseMarkdown(text)));
    return tree;
  };
  const result = processDocument(source, parse);
  const bodies = result.document ? documentTexts(result.document).map((text) => serialize(makePlaceable(text, trees.get(text)))) : [];
  return { result, bodies };
}
