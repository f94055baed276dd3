/**
 * The Markdown parser the checks get: remark (src/core/markdown-tree.ts) when one of the texts may need parsing
 * (mayNeedParsing: a link that could name an `@id`, or an image), else a stand-in that no check calls. Loading
 * remark is a tenth of a cold `plan validate`, and most bodies hold neither.
 */
import { mayNeedParsing, type ParseMarkdown } from '../core/body-links.js';

const unneeded: ParseMarkdown = () => {
  throw new Error('bug: a Markdown body was parsed that mayNeedParsing ruled out');
};

export async function markdownParser(texts: Iterable<string>): Promise<ParseMarkdown> {
  for (const text of texts) if (mayNeedParsing(text)) return (await import('../core/markdown-tree.js')).parseMarkdown;
  return unneeded;
}
