/**
 * The Markdown parser of the checks: remark-parse with GFM, positions kept. Its own module, imported by who
 * parses (the renderer, the language server, the run layer when mayNeedParsing says a body may need it), so a
 * check of content whose bodies hold no `@` link and no image never loads it.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ParseMarkdown } from './body-links.js';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export const parseMarkdown: ParseMarkdown = (text) => parser.parse(text) as Root;
