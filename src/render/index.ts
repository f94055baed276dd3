/**
 * The render layer's contract with the layers above it: what the assembler (src/assemble/documents.ts, above the
 * templates) produces, and how it places Markdown. Types only; src/render imports nothing from templates/ or
 * src/assemble (test/unit/architecture.test.ts).
 */
import type { ElementContent } from 'hast';
import type { MarkdownOptions } from './markdown.js';

/** Markdown where a template puts it: a block body, or a short text inline (one paragraph's contents). */
export interface RenderBody {
  block(markdown: string, options: MarkdownOptions): ElementContent[];
  inline(markdown: string, options: MarkdownOptions): ElementContent[];
}

/** One document the assembler made. */
export interface OutputFile {
  path: string;
  contents: string;
  /**
   * What the file is: a funder's document (printed as PDF), the staff quality report (read in the browser,
   * never printed: it is a worklist with links into the content and the documents), or data.
   */
  role: 'document' | 'staff' | 'data';
  title?: string;
}
