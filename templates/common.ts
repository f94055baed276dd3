/** Pieces both documents use: chapters, timing, contribution lists. */
import type { Element, ElementContent } from 'hast';
import type { ActionDoc, Doc } from '../src/core/link/model.js';
import { anchor, type Child, facts, h, joinInline, link, MISSING, type RenderContext } from './kit.js';

export function chapterSection(r: RenderContext, c: Doc<'chapter'>, extra: Child[] = []): Element {
  const title = c.data.number ? `${c.data.number} ${c.data.title}` : c.data.title;
  // A chapter with nothing but its title (“2 Overzicht …” before 2.1) opens the next one on the same page.
  const titleOnly = c.body.trim() === '' && extra.every((e) => e === null || e === undefined);
  return h('section', { id: anchor('chapter', c.data.id), className: titleOnly ? ['chapter', 'title-only'] : ['chapter'] }, [
    h('h2', title),
    ...r.md(c.body, anchor('chapter', c.data.id), 3, c.file),
    ...(extra as never[]),
  ]);
}

/** The part `legend`: the content's one sentence for the mark “–”, or nothing when it gives none. */
export function legend(text: string | undefined): Element | null {
  return text === undefined ? null : h('p.legend', text);
}

/**
 * Timing in the source's own words when the content records them (`raw`: “1/9/2016 - 31/12/2025”, “April 2020 –
 * December 2022”), else the dates. The dates (corrected where the source's are impossible) are what the tool
 * computes with; a correction is never explained in the document (the quality report lists it).
 */
export function timingText(r: RenderContext, t: ActionDoc['data']['timing']): ElementContent[] {
  const { fmt, labels } = r;
  if (!t || (t.start === undefined && t.end === undefined && t.raw === undefined)) return [h('span.not-reported', MISSING)];
  if (t.raw) return [h('span', t.raw)];
  const start = t.start ? fmt.date(t.start) : '…';
  const end = t.end === 'open' ? labels.openEnd : t.end ? fmt.date(t.end) : '…';
  return [h('span', `${start} – ${end}`)];
}

/** `strength: false` where the list is already one strength (the report's annex: “Draagt ook bij tot”). */
export function contributionList(r: RenderContext, goals: { id: string; strength: string }[] | undefined, strength = true): Child {
  if (!goals || goals.length === 0) return null;
  return h(
    'ul.contributions',
    goals.map((g) => {
      const goal = r.lookup.goal(g.id);
      // The annex names a goal its own way (“Kwaliteitsverbetering woonmarkt”) where the content records it.
      const name = goal ? (!strength && goal.data.annexTitle) || goal.data.title : g.id;
      const title = goal ? `${goal.data.code ? `${goal.data.code} ` : ''}${name}` : g.id;
      const c = g as { from?: number; until?: number };
      return h('li', [
        link(r, g.id, title),
        strength ? h('span.strength', ` — ${r.labels.strengths[g.strength] ?? g.strength}${validity(r, c.from, c.until)}`) : null,
      ]);
    }),
  );
}

export function municipalityLinks(r: RenderContext, ids: string[] | undefined): Child {
  if (!ids || ids.length === 0) return null;
  // Joined as the language joins a list (“Pelt en Hamont-Achel”), as the plan writes the names.
  const seps = r.fmt.listSeparators(ids.length);
  return ids.flatMap((id, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'text', value: seps[i - 1] ?? ', ' } as ElementContent] : []),
    link(r, id, r.lookup.municipalityName(id) ?? id) as ElementContent,
  ]);
}

/**
 * An action's facts. `ownTimingOnly`: an action of a goal that states the timing once for all its actions (the
 * internal organisation) shows a timing only where the plan gives it one.
 */
export function actionFacts(r: RenderContext, a: ActionDoc, ownTimingOnly = false): Element | null {
  const { labels } = r;
  const progress = r.lookup.progressOf(a.data.id);
  return facts([
    [labels.timing, ownTimingOnly && !a.data.timing ? null : timingText(r, a.data.timing)],
    [labels.municipalities, municipalityLinks(r, a.data.municipalities)],
    [labels.partners, a.data.partnersInBody ? null : partnersText(a.data)],
    [labels.servesGoals, r.includes('contributions') ? contributionList(r, a.data.goals) : null],
    [labels.phase, a.data.phase ?? null],
    [
      labels.report,
      progress.length > 0 ? joinInline(progress.map((p) => link(r, p.data.id, `${labels.report} ${p.data.year}`) as ElementContent)) : null,
    ],
  ]);
}

/** The partners in the source's own sentence where the content records it, else the list joined with commas. */
export function partnersText(d: { partners?: string[] | undefined; partnersAsWritten?: string | undefined }): string | null {
  if (d.partnersAsWritten !== undefined) return d.partnersAsWritten;
  return d.partners && d.partners.length > 0 ? d.partners.join(', ') : null;
}

/** “ (vanaf 2021)” / “ (tot en met 2020)” for a contribution that did not hold for the whole plan. */
export function validity(r: RenderContext, from: number | undefined, until: number | undefined): string {
  if (from !== undefined && until !== undefined) return ` (${from}–${until})`;
  if (from !== undefined) return ` (${r.labels.validFrom} ${from})`;
  if (until !== undefined) return ` (${r.labels.validUntil} ${until})`;
  return '';
}

/** A short Markdown text (a summary, a planning line) rendered inline: the paragraph's children only. */
export function inline(r: RenderContext, text: string, prefix: string): ElementContent[] {
  return r.inline(text, prefix);
}
