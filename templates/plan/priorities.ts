/** The answers to the funder's priority note: per priority theme its recommendations and the actions answering them. */
import type { Element, ElementContent } from 'hast';
import type { PlanView } from '../../src/render/views/plan.js';
import { anchor, facts, h, joinInline, link, type RenderContext, section } from '../kit.js';

type Theme = PlanView['priorities']['themes'][number];

export function priorities(r: RenderContext, { themes, source }: PlanView['priorities']): Element | null {
  const { labels } = r;
  if (themes.length === 0) return null;
  return section('prioriteiten', 'part priorities', [
    h('h2', `${labels.priorities}${source ? ` — ${source.data.title}` : ''}`),
    ...(source ? r.md(source.body, anchor('source', source.data.id), 3, source.file) : []),
    ...themes.map((t) => priorityTheme(r, t)),
  ]);
}

/** Headings inside a theme's texts (a footnote list's hidden one) sit one level under the theme's h3. */
const TEXT_LEVEL = 4;

/**
 * One theme of the priority note as the note prints it: its concern with the testimonials after it, its solution,
 * its recommendations and (when placed) who answers them. Each text is Markdown of its own (its lists, its
 * footnotes under it), its ids prefixed per text so that they stay unique in the page.
 */
export function priorityTheme(r: RenderContext, t: Theme): Element {
  const { labels } = r;
  const id = anchor('priority', t.data.id);
  const quotes = (t.data.testimonials ?? []).map((q, i) => testimonial(r, t, q, `${id}--testimonial-${i + 1}`));
  // A text with footnotes keeps its blocks (the notes' list and its hidden heading, one level under the theme's);
  // so does the concern with testimonials after it (text and quote are blocks side by side).
  const text = (markdown: string, prefix: string, blocks = false) =>
    blocks || markdown.includes('[^') ? r.md(markdown, prefix, TEXT_LEVEL, t.file) : r.inline(markdown, prefix);
  const said = (concern: string) => text(concern, `${id}--concern`, quotes.length > 0);
  const concern = t.data.concern !== undefined ? [...said(t.data.concern), ...quotes] : null;
  return h('section', { id, className: ['priority-theme'] }, [
    h('h3', `${t.data.number ? `${t.data.number}. ` : ''}${t.data.title}`),
    concern ? null : quotes,
    facts([
      [labels.concern, concern],
      [labels.solution, t.data.solution !== undefined ? text(t.data.solution, `${id}--solution`) : null],
    ]),
    h(
      'ul.recommendations',
      t.data.recommendations.map((rec, i) =>
        h('li', [
          ...recommendation(r, t, rec, `${id}--${i + 1}`),
          !r.includes('answered-by')
            ? null
            : rec.answeredBy && rec.answeredBy.length > 0
              ? h('p.answered', [
                  `${labels.answeredBy}: `,
                  ...joinInline(rec.answeredBy.map((id) => link(r, id, r.lookup.action(id)?.data.title ?? id))),
                ])
              : h('p.unanswered', labels.unanswered),
        ]),
      ),
    ),
  ]);
}

/** A recommendation's text, its number (when printed) at the start of its first paragraph, as the note prints it. */
function recommendation(r: RenderContext, t: Theme, rec: Theme['data']['recommendations'][number], prefix: string): ElementContent[] {
  const blocks = r.md(rec.text, prefix, TEXT_LEVEL, t.file);
  if (!rec.number) return blocks;
  const lead = h('strong', `${rec.number} `);
  const [first, ...rest] = blocks;
  // A placed body is HTML (raw nodes): the number goes inside its opening paragraph, else in a paragraph of its own.
  const html = r.serialized(lead);
  if (first?.type === 'raw' && html.type === 'raw' && first.value.startsWith('<p>'))
    return [{ ...first, value: `<p>${html.value}${first.value.slice(3)}` }, ...rest];
  if (first?.type === 'element' && first.tagName === 'p') return [{ ...first, children: [lead, ...first.children] }, ...rest];
  return [h('p', lead), ...blocks];
}

/** A testimonial: the quote, and under it who it is from between the dashes the note prints around it. */
function testimonial(r: RenderContext, t: Theme, q: NonNullable<Theme['data']['testimonials']>[number], prefix: string): Element {
  return h('figure.testimonial', [
    h('blockquote', r.md(q.text, prefix, TEXT_LEVEL, t.file)),
    h('figcaption', ['– ', ...r.inline(q.attribution, `${prefix}-by`), ' –']),
  ]);
}
