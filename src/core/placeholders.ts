/**
 * What planwerk itself writes where the organisation's own words belong, kept in one place so the commands that
 * write it (`plan init`, `plan new`) and the rule that reports it (link/placeholders) can never drift apart:
 * the `TODO` marker of `plan new`, and the instructional sentences and example name of `plan init`'s starter.
 * All of it is valid content, so without the rule it would pass as finished and be printed for the funder.
 */

/** The marker `plan new` writes where a value is not known yet. */
export const PLACEHOLDER = 'TODO';
const MARKED = /^TODO(?![A-Za-z])/;

/** A text that starts with the marker (“TODO”, “TODO: the goal statement”). */
export const isPlaceholder = (value: unknown): boolean => typeof value === 'string' && MARKED.test(value.trim());

export type StarterLocale = 'nl-BE' | 'en';

/**
 * The starter's instructional sentences per body and language. Each body is its sentences, one per line. Every
 * one is reported until it is replaced: they explain the file to staff, or call the plan a fictional example, and
 * none of that belongs in the funder's documents. The projects' one-line descriptions are not here: they read as
 * a real project's description and are replaced along with the example projects themselves.
 */
export const STARTER_SENTENCES = {
  'nl-BE': {
    plan: [
      'Het meerjarenplan van een fictieve organisatie, als voorbeeld om te vervangen.',
      'Het project [Woonloket](@woonloket) en het [Buurtpunt](@buurtpunt) tonen hoe acties bijdragen aan de doelstellingen.',
    ],
    goal: ['Leg hier uit waarom deze doelstelling er is en wat ze inhoudt (de toelichting).'],
    chapter: ['Schrijf hier de inleiding van het meerjarenplan.', 'Elk hoofdstuk is één bestand in `content/chapters/plan/`.'],
    progress: [
      'Beschrijf hier wat het project dit jaar deed.',
      'De beoordelingen en de status staan op `not-stated` (niet vermeld) tot je ze invult; cijfers die niemand rapporteerde, laat je weg: wat ontbreekt, is geen nul.',
    ],
    region: ['De regio waarin de organisatie werkt.'],
  },
  en: {
    plan: [
      'The multi-year plan of a fictional organisation, an example to replace.',
      'The projects [Housing desk](@housing-desk) and [Neighbourhood hub](@neighbourhood-hub) show how actions serve the goals.',
    ],
    goal: ['Explain here why this goal exists and what it means.'],
    chapter: ['Write the introduction of the plan here.', 'Each chapter is one file in `content/chapters/plan/`.'],
    progress: [
      'Describe here what the project did this year.',
      'The ratings and the status are `not-stated` until you fill them in; leave out figures nobody reported: missing is not zero.',
    ],
    region: ['The region the organisation works in.'],
  },
} as const satisfies Record<StarterLocale, Record<string, readonly string[]>>;

/** The organisation name the starter uses when none is given: it would be on the cover of every document. */
export const STARTER_ORGANISATION = { 'nl-BE': 'Buurtwerk Voorbeeld', en: 'Neighbourhood Works Example' } as const;

/** A starter body: its sentences, one per line. */
export const starterBody = (sentences: readonly string[]): string => sentences.join('\n');

/**
 * Each sentence as a pattern that allows any white space where it has a space (an editor may rewrap the
 * paragraph), with its longest word as a cheap test before the pattern runs on every body of a large content.
 */
const ALL: readonly string[] = Object.values(STARTER_SENTENCES).flatMap((byBody) => Object.values<readonly string[]>(byBody).flat());
const SENTENCES = ALL.map((sentence) => ({
  sentence,
  anchor: sentence.split(' ').reduce((a, b) => (b.length > a.length ? b : a)),
  pattern: new RegExp(
    sentence
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  ),
}));
/** Every sentence's anchor in one pattern: one pass over a text that holds none (most bodies) instead of one each. */
const ANY_ANCHOR = new RegExp(SENTENCES.map((s) => s.anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const NAMES = new Set<string>(Object.values(STARTER_ORGANISATION));
/**
 * A sentence's pattern matches at least its own length (white space for each space), and a name is matched with
 * its words as they are: a shorter text, or one without the name's longest word, holds neither (most values).
 */
const SHORTEST = Math.min(...ALL.map((s) => s.length));
const NAME_ANCHORS = [...NAMES].map((n) => n.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));

/** Where a starter sentence still stands in a text: offsets into it, and the sentence. */
export interface StarterMatch {
  index: number;
  end: number;
  sentence: string;
}

/** Every starter sentence in `text`, in the order they stand. */
export function starterSentencesIn(text: string): StarterMatch[] {
  const found: StarterMatch[] = [];
  if (text.length < SHORTEST || !ANY_ANCHOR.test(text)) return found;
  for (const s of SENTENCES) {
    if (!text.includes(s.anchor)) continue;
    for (const m of text.matchAll(s.pattern)) found.push({ index: m.index, end: m.index + m[0].length, sentence: s.sentence });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A value that is the starter's example organisation name (white space aside). */
export const isStarterName = (value: unknown): boolean =>
  typeof value === 'string' && NAME_ANCHORS.some((a) => value.includes(a)) && NAMES.has(value.trim().replace(/\s+/g, ' '));

/** True when a body says nothing of its own: empty, or only `TODO` lines and starter sentences. */
export function onlyPlaceholders(body: string): boolean {
  let rest = body;
  for (const m of starterSentencesIn(body).reverse()) rest = rest.slice(0, m.index) + rest.slice(m.end);
  return rest.split('\n').every((line) => line.trim() === '' || MARKED.test(line.trim()));
}

/**
 * The codes of these findings. The baseline never accepts them: a placeholder is not a finding to live with
 * but text to write, and accepting it would send it to the funder.
 */
export const PLACEHOLDER_CODES: ReadonlySet<string> = new Set(['link/placeholder', 'link/starter-text', 'report/nothing-stated']);
