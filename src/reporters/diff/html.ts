/**
 * plan diff's change list as HTML: the Markdown reporter's text rendered as GitHub renders a job summary (GFM,
 * sanitized with GitHub's schema), so `plan dev`'s changes page and the job summary show one list, written once.
 */
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Lang } from '../../core/diagnostics/types.js';
import type { DiffReport } from '../../core/diff/index.js';
import { diffMarkdown } from './markdown.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).freeze();

/** Markdown → an HTML fragment, as a job summary shows it. */
export const markdownHtml = (markdown: string): string => toHtml(processor.runSync(processor.parse(markdown)));

export const diffHtml = (report: DiffReport, lang: Lang, options: { artifact?: string } = {}): string =>
  markdownHtml(diffMarkdown(report, lang, options));
