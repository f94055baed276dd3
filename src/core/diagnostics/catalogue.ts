/**
 * The catalogue: every diagnostic code planwerk can emit, with its severity, a title, and the message
 * (what and why) and hint (what to do) in English and Dutch. Codes are permanent: never rename or reuse one;
 * retire a code by leaving it here marked as such. docs/diagnostics.md is generated from this file.
 */
import type { Lang, Severity } from './types.js';

type Text<A> = Record<Lang, (a: A) => string>;
export interface Entry<A> {
  severity: Severity;
  title: string;
  message: Text<A>;
  hint: Text<A>;
  /** Message attached to each related location. */
  related?: Text<A>;
}
const define = <A>(e: Entry<A>): Entry<A> => e;

const q = (s: unknown) => `“${String(s)}”`;
/** Numbers in messages: up to two decimals, decimal comma in Dutch. */
const fmt = (n: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false }).format(n);
const list = (xs: readonly string[]) => xs.map(q).join(', ');
const suggest = (lang: Lang, s: string | undefined, otherwise: string) =>
  s === undefined ? otherwise : lang === 'nl' ? `Bedoelde je ${q(s)}?` : `Did you mean ${q(s)}?`;

export const KIND_LABELS: Record<string, Record<Lang, string>> = {
  plan: { en: 'plan', nl: 'plan' },
  report: { en: 'progress report', nl: 'voortgangsrapport' },
  chapter: { en: 'chapter', nl: 'hoofdstuk' },
  source: { en: 'source document', nl: 'brondocument' },
  goal: { en: 'goal', nl: 'doelstelling' },
  'strategic-goal': { en: 'strategic goal', nl: 'strategische doelstelling' },
  'operational-goal': { en: 'operational goal', nl: 'operationele doelstelling' },
  action: { en: 'action', nl: 'actie' },
  'strategic-action': { en: 'strategic action', nl: 'strategische actie' },
  'transversal-action': { en: 'transversal action', nl: 'transversale strategische actie' },
  'internal-action': { en: 'internal action', nl: 'actie interne organisatie' },
  'sub-project': { en: 'sub-project', nl: 'deelproject' },
  theme: { en: 'theme', nl: 'thema' },
  'activity-type': { en: 'activity type', nl: 'activiteitensoort' },
  region: { en: 'region', nl: 'regio' },
  municipality: { en: 'municipality', nl: 'gemeente' },
  progress: { en: 'progress entry', nl: 'voortgangsrapportering' },
  signal: { en: 'signal', nl: 'signaal' },
  change: { en: 'plan change', nl: 'planwijziging' },
  evaluation: { en: 'evaluation', nl: 'evaluatie' },
  partnerships: { en: 'partnership table', nl: 'tabel samenwerkingsverbanden' },
  staffing: { en: 'staffing table', nl: 'personeelsinzet' },
  'extension-request': { en: 'extension request', nl: 'uitbreidingsvraag' },
  budget: { en: 'budget', nl: 'begroting' },
  'priority-theme': { en: 'priority-note theme', nl: 'thema van de prioriteitennota' },
  statistics: { en: 'statistics table', nl: 'cijfertabel' },
  statistic: { en: 'statistic', nl: 'cijfer' },
  municipalities: { en: 'municipality list', nl: 'gemeentelijst' },
  targets: { en: 'targets table', nl: 'tabel met streefwaarden' },
};
export const kindLabel = (kind: string, lang: Lang): string => KIND_LABELS[kind]?.[lang] ?? kind;
const TYPE_LABELS: Record<string, Record<Lang, string>> = {
  string: { en: 'text', nl: 'tekst' },
  number: { en: 'a number', nl: 'een getal' },
  integer: { en: 'a whole number', nl: 'een geheel getal' },
  boolean: { en: 'true or false', nl: 'true of false' },
  array: { en: 'a list', nl: 'een lijst' },
  object: { en: 'a map of fields', nl: 'een map van velden' },
  null: { en: 'an empty value', nl: 'een lege waarde' },
  undefined: { en: 'nothing', nl: 'niets' },
  date: { en: 'an ISO date', nl: 'een ISO-datum' },
  year: { en: 'a year', nl: 'een jaartal' },
  id: { en: 'an id', nl: 'een id' },
  value: { en: 'a value', nl: 'een waarde' },
};
export const typeLabel = (t: string, lang: Lang): string => TYPE_LABELS[t]?.[lang] ?? t;
const kinds = (ks: readonly string[], lang: Lang) => ks.map((k) => kindLabel(k, lang)).join(lang === 'nl' ? ' of ' : ' or ');

export const catalogue = {
  // ── parse: reading a file into YAML data and a Markdown body ──────────────────────────────
  'parse/yaml-syntax': define<{ reason: string }>({
    severity: 'error',
    title: 'YAML syntax error',
    message: {
      en: (a) => `The YAML cannot be read: ${a.reason}.`,
      nl: (a) => `De YAML kan niet gelezen worden: ${a.reason}.`,
    },
    hint: {
      en: () => 'Check indentation, quoting and colons around this position; quote text that contains “: ” or starts with a special character.',
      nl: () => 'Controleer inspringing, aanhalingstekens en dubbele punten rond deze plaats; zet tekst met “: ” of een speciaal beginteken tussen aanhalingstekens.',
    },
  }),
  'parse/duplicate-key': define<{ key: string }>({
    severity: 'error',
    title: 'Duplicate key',
    message: {
      en: (a) => `The key ${q(a.key)} occurs twice in the same map; only one value can hold.`,
      nl: (a) => `De sleutel ${q(a.key)} komt twee keer voor in dezelfde map; er kan maar één waarde gelden.`,
    },
    hint: { en: () => 'Remove or merge one of the two entries.', nl: () => 'Verwijder of voeg een van beide items samen.' },
  }),
  'parse/front-matter-missing': define<Record<string, never>>({
    severity: 'error',
    title: 'No front matter',
    message: {
      en: () => 'This Markdown file has no YAML front matter, so planwerk cannot tell what it describes.',
      nl: () => 'Dit Markdown-bestand heeft geen YAML-front matter, dus planwerk weet niet wat het beschrijft.',
    },
    hint: {
      en: () => 'Start the file with a line “---”, the fields (at least kind and id), and a closing “---”.',
      nl: () => 'Begin het bestand met een regel “---”, de velden (minstens kind en id) en een afsluitende “---”.',
    },
  }),
  'parse/front-matter-unclosed': define<Record<string, never>>({
    severity: 'error',
    title: 'Front matter not closed',
    message: {
      en: () => 'The front matter opened with “---” is never closed, so the whole file would be read as YAML.',
      nl: () => 'De front matter die met “---” begint, wordt nooit afgesloten, waardoor het hele bestand als YAML gelezen zou worden.',
    },
    hint: { en: () => 'Add a line “---” after the last field.', nl: () => 'Voeg een regel “---” toe na het laatste veld.' },
  }),
  'parse/not-a-map': define<{ found: string }>({
    severity: 'error',
    title: 'Front matter is not a map',
    message: {
      en: (a) => `The YAML must be a map of fields (key: value), but it is ${a.found}.`,
      nl: (a) => `De YAML moet een map van velden zijn (sleutel: waarde), maar is ${a.found}.`,
    },
    hint: { en: () => 'Write one “key: value” per line.', nl: () => 'Schrijf één “sleutel: waarde” per regel.' },
  }),

  // ── schema: the shape of one document ───────────────────────────────────────────────────
  'schema/unknown-kind': define<{ kind: string | undefined; known: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: 'Unknown kind',
    message: {
      en: (a) =>
        a.kind === undefined
          ? 'This file has no “kind”, so planwerk cannot tell what it describes.'
          : `${q(a.kind)} is not a kind planwerk knows.`,
      nl: (a) =>
        a.kind === undefined
          ? 'Dit bestand heeft geen “kind”, dus planwerk weet niet wat het beschrijft.'
          : `${q(a.kind)} is geen soort die planwerk kent.`,
    },
    hint: {
      en: (a) => suggest('en', a.suggestion, `Use one of: ${list(a.known)}.`),
      nl: (a) => suggest('nl', a.suggestion, `Gebruik een van: ${list(a.known)}.`),
    },
  }),
  'schema/missing-key': define<{ key: string; expected: string }>({
    severity: 'error',
    title: 'Missing field',
    message: {
      en: (a) => `The field ${q(a.key)} is required here (${typeLabel(a.expected, 'en')}).`,
      nl: (a) => `Het veld ${q(a.key)} is hier verplicht (${typeLabel(a.expected, 'nl')}).`,
    },
    hint: { en: (a) => `Add “${a.key}: …”.`, nl: (a) => `Voeg “${a.key}: …” toe.` },
  }),
  'schema/unknown-key': define<{ key: string; suggestion?: string; known: readonly string[] }>({
    severity: 'error',
    title: 'Unknown field',
    message: {
      en: (a) => `The field ${q(a.key)} is not part of this kind of document, so its value would be lost.`,
      nl: (a) => `Het veld ${q(a.key)} hoort niet bij deze soort document, dus de waarde zou verloren gaan.`,
    },
    hint: {
      en: (a) => suggest('en', a.suggestion, `Remove it, or use one of: ${list(a.known)}.`),
      nl: (a) => suggest('nl', a.suggestion, `Verwijder het, of gebruik een van: ${list(a.known)}.`),
    },
  }),
  'schema/invalid-type': define<{ expected: string; found: string; value?: string }>({
    severity: 'error',
    title: 'Wrong type',
    message: {
      en: (a) => `Expected ${typeLabel(a.expected, 'en')}, found ${typeLabel(a.found, 'en')}${a.value === undefined ? '' : ` (${a.value})`}.`,
      nl: (a) => `Verwacht: ${typeLabel(a.expected, 'nl')}; gevonden: ${typeLabel(a.found, 'nl')}${a.value === undefined ? '' : ` (${a.value})`}.`,
    },
    hint: {
      en: (a) =>
        a.expected === 'string' && a.found === 'number'
          ? 'Put the value in quotes, e.g. "2.10", so it stays text exactly as written.'
          : `Write ${typeLabel(a.expected, 'en')} here.`,
      nl: (a) =>
        a.expected === 'string' && a.found === 'number'
          ? 'Zet de waarde tussen aanhalingstekens, bv. "2.10", zodat ze letterlijk tekst blijft.'
          : `Schrijf hier ${typeLabel(a.expected, 'nl')}.`,
    },
  }),
  'schema/invalid-value': define<{ value: string; allowed: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: 'Value not allowed',
    message: {
      en: (a) => `${q(a.value)} is not one of the allowed values.`,
      nl: (a) => `${q(a.value)} is geen toegelaten waarde.`,
    },
    hint: {
      en: (a) => suggest('en', a.suggestion, `Use one of: ${list(a.allowed)}.`),
      nl: (a) => suggest('nl', a.suggestion, `Gebruik een van: ${list(a.allowed)}.`),
    },
  }),
  'schema/invalid-date': define<{ value: string; reason: 'format' | 'impossible'; allowsPartial: boolean }>({
    severity: 'error',
    title: 'Invalid date',
    message: {
      en: (a) =>
        a.reason === 'impossible'
          ? `${q(a.value)} is not a date that exists in the calendar.`
          : `${q(a.value)} is not an ISO date${a.allowsPartial ? ' (YYYY-MM-DD, YYYY-MM or YYYY)' : ' (YYYY-MM-DD)'}.`,
      nl: (a) =>
        a.reason === 'impossible'
          ? `${q(a.value)} is geen datum die in de kalender bestaat.`
          : `${q(a.value)} is geen ISO-datum${a.allowsPartial ? ' (JJJJ-MM-DD, JJJJ-MM of JJJJ)' : ' (JJJJ-MM-DD)'}.`,
    },
    hint: {
      en: (a) =>
        a.reason === 'impossible'
          ? 'Correct the date; if the source states it this way, keep its words in “raw” and record the correction in “correction”.'
          : 'Write the date as 2021-09-01 (or 2021-09 when the source gives only a month).',
      nl: (a) =>
        a.reason === 'impossible'
          ? 'Verbeter de datum; staat ze zo in de bron, bewaar de letterlijke tekst dan in “raw” en de verbetering in “correction”.'
          : 'Schrijf de datum als 2021-09-01 (of 2021-09 als de bron alleen een maand geeft).',
    },
  }),
  'schema/invalid-id': define<{ value: string }>({
    severity: 'error',
    title: 'Invalid id',
    message: {
      en: (a) => `${q(a.value)} is not a valid id: ids are lower-case letters, digits and single hyphens or dots.`,
      nl: (a) => `${q(a.value)} is geen geldige id: ids bestaan uit kleine letters, cijfers en enkele koppeltekens of punten.`,
    },
    hint: { en: () => 'For example: sd1, od-sociale-bescherming, cafe-anoniem.', nl: () => 'Bijvoorbeeld: sd1, od-sociale-bescherming, cafe-anoniem.' },
  }),
  'schema/out-of-range': define<{ value: string; limit: string; direction: 'min' | 'max'; what: 'number' | 'size' }>({
    severity: 'error',
    title: 'Out of range',
    message: {
      en: (a) =>
        a.what === 'size'
          ? `This has ${a.direction === 'min' ? 'fewer' : 'more'} items or characters than allowed (${a.direction === 'min' ? 'at least' : 'at most'} ${a.limit}).`
          : `${a.value} is ${a.direction === 'min' ? 'below the minimum' : 'above the maximum'} of ${a.limit}.`,
      nl: (a) =>
        a.what === 'size'
          ? `Dit heeft ${a.direction === 'min' ? 'minder' : 'meer'} elementen of tekens dan toegelaten (${a.direction === 'min' ? 'minstens' : 'hoogstens'} ${a.limit}).`
          : `${a.value} ligt ${a.direction === 'min' ? 'onder het minimum' : 'boven het maximum'} van ${a.limit}.`,
    },
    hint: { en: () => 'Correct the value.', nl: () => 'Verbeter de waarde.' },
  }),
  'schema/invalid': define<{ detail: string }>({
    severity: 'error',
    title: 'Invalid value',
    message: { en: (a) => `${a.detail}.`, nl: (a) => `${a.detail}.` },
    hint: { en: () => 'See the content model in docs/content-model.md.', nl: () => 'Zie het inhoudsmodel in docs/content-model.md.' },
  }),

  // ── link: rules across documents ─────────────────────────────────────────────────────────
  'link/duplicate-id': define<{ id: string }>({
    severity: 'error',
    title: 'Duplicate id',
    message: {
      en: (a) => `The id ${q(a.id)} is used by more than one document, so references to it are ambiguous.`,
      nl: (a) => `De id ${q(a.id)} wordt door meer dan één document gebruikt, dus verwijzingen ernaar zijn dubbelzinnig.`,
    },
    hint: { en: () => 'Give each document its own id.', nl: () => 'Geef elk document een eigen id.' },
    related: { en: (a) => `${q(a.id)} is also defined here`, nl: (a) => `${q(a.id)} is ook hier gedefinieerd` },
  }),
  'link/unknown-reference': define<{ id: string; expected: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: 'Unknown reference',
    message: {
      en: (a) => `No ${kinds(a.expected, 'en')} has the id ${q(a.id)}.`,
      nl: (a) => `Geen ${kinds(a.expected, 'nl')} heeft de id ${q(a.id)}.`,
    },
    hint: {
      en: (a) => suggest('en', a.suggestion, 'Check the spelling, or add the document this refers to.'),
      nl: (a) => suggest('nl', a.suggestion, 'Controleer de schrijfwijze, of voeg het document toe waarnaar verwezen wordt.'),
    },
  }),
  'link/unknown-body-link': define<{ id: string; suggestion?: string }>({
    severity: 'error',
    title: 'Link to an unknown id',
    message: {
      en: (a) => `The link “@${a.id}” in the text points to no goal, action or other document.`,
      nl: (a) => `De link “@${a.id}” in de tekst verwijst naar geen enkele doelstelling, actie of ander document.`,
    },
    hint: {
      en: (a) => suggest('en', a.suggestion, 'Write [text](@id) with the id of an existing document.'),
      nl: (a) => suggest('nl', a.suggestion, 'Schrijf [tekst](@id) met de id van een bestaand document.'),
    },
  }),
  'link/wrong-kind': define<{ id: string; expected: readonly string[]; found: string }>({
    severity: 'error',
    title: 'Reference to the wrong kind',
    message: {
      en: (a) => `${q(a.id)} is a ${kindLabel(a.found, 'en')}, but a ${kinds(a.expected, 'en')} is expected here.`,
      nl: (a) => `${q(a.id)} is een ${kindLabel(a.found, 'nl')}, maar hier wordt een ${kinds(a.expected, 'nl')} verwacht.`,
    },
    hint: { en: () => 'Refer to a document of the expected kind.', nl: () => 'Verwijs naar een document van de verwachte soort.' },
    related: { en: (a) => `${q(a.id)} is defined here`, nl: (a) => `${q(a.id)} is hier gedefinieerd` },
  }),
  'link/parent-cycle': define<{ cycle: readonly string[] }>({
    severity: 'error',
    title: 'Parent cycle',
    message: {
      en: (a) => `The parents form a cycle (${a.cycle.join(' → ')}), so there is no top to this tree.`,
      nl: (a) => `De ouders vormen een kring (${a.cycle.join(' → ')}), dus deze boom heeft geen top.`,
    },
    hint: { en: () => 'Break the cycle: one of these must have another parent or none.', nl: () => 'Doorbreek de kring: een van deze moet een andere ouder of geen ouder hebben.' },
    related: { en: () => 'part of the cycle', nl: () => 'deel van de kring' },
  }),
  'link/goal-parent': define<{ id: string; level: 'strategic' | 'operational'; problem: 'missing' | 'not-strategic' | 'unexpected' }>({
    severity: 'error',
    title: 'Goal in the wrong place of the tree',
    message: {
      en: (a) =>
        a.problem === 'missing'
          ? `The operational goal ${q(a.id)} has no parent; every operational goal belongs to a strategic goal.`
          : a.problem === 'not-strategic'
            ? `The parent of the operational goal ${q(a.id)} is not a strategic goal.`
            : `The strategic goal ${q(a.id)} has a parent; strategic goals are the top of the tree.`,
      nl: (a) =>
        a.problem === 'missing'
          ? `De operationele doelstelling ${q(a.id)} heeft geen ouder; elke operationele doelstelling hoort bij een strategische doelstelling.`
          : a.problem === 'not-strategic'
            ? `De ouder van de operationele doelstelling ${q(a.id)} is geen strategische doelstelling.`
            : `De strategische doelstelling ${q(a.id)} heeft een ouder; strategische doelstellingen staan bovenaan de boom.`,
    },
    hint: {
      en: (a) => (a.problem === 'unexpected' ? 'Remove “parent”, or make this an operational goal.' : 'Set “parent” to the id of a strategic goal.'),
      nl: (a) => (a.problem === 'unexpected' ? 'Verwijder “parent”, of maak hier een operationele doelstelling van.' : 'Zet “parent” op de id van een strategische doelstelling.'),
    },
    related: { en: () => 'the parent’s level', nl: () => 'het niveau van de ouder' },
  }),
  'link/action-parent': define<{ id: string; problem: 'missing' | 'sub-project' | 'unexpected' }>({
    severity: 'error',
    title: 'Action in the wrong place of the tree',
    message: {
      en: (a) =>
        a.problem === 'missing'
          ? `The sub-project ${q(a.id)} has no parent; a sub-project belongs to a strategic or transversal action.`
          : a.problem === 'sub-project'
            ? `The parent of ${q(a.id)} is itself a sub-project; sub-projects hang under an action.`
            : `${q(a.id)} has a parent, but only sub-projects have one.`,
      nl: (a) =>
        a.problem === 'missing'
          ? `Het deelproject ${q(a.id)} heeft geen ouder; een deelproject hoort bij een strategische of transversale actie.`
          : a.problem === 'sub-project'
            ? `De ouder van ${q(a.id)} is zelf een deelproject; deelprojecten hangen onder een actie.`
            : `${q(a.id)} heeft een ouder, maar enkel deelprojecten hebben er een.`,
    },
    hint: {
      en: (a) => (a.problem === 'unexpected' ? 'Remove “parent”, or make this a sub-project (kind: sub-project).' : 'Set “parent” to the id of the action this project contributes to.'),
      nl: (a) => (a.problem === 'unexpected' ? 'Verwijder “parent”, of maak hier een deelproject van (kind: sub-project).' : 'Zet “parent” op de id van de actie waartoe dit project bijdraagt.'),
    },
    related: { en: () => 'the parent is a sub-project', nl: () => 'de ouder is een deelproject' },
  }),
  'link/action-without-goal': define<{ id: string }>({
    severity: 'error',
    title: 'Action serves no goal',
    message: {
      en: (a) => `The action ${q(a.id)} contributes to no goal, so it has no place in the plan's logic.`,
      nl: (a) => `De actie ${q(a.id)} draagt bij tot geen enkele doelstelling, dus ze heeft geen plaats in de logica van het plan.`,
    },
    hint: {
      en: () => 'List the goals it serves under “goals”, each with a strength (contributes or may-contribute).',
      nl: () => 'Zet de doelstellingen waartoe ze bijdraagt onder “goals”, elk met een sterkte (contributes of may-contribute).',
    },
  }),
  'link/goal-unserved': define<{ id: string }>({
    severity: 'warning',
    title: 'Operational goal without actions',
    message: {
      en: (a) => `No action serves the operational goal ${q(a.id)}, so nothing in the plan works towards it.`,
      nl: (a) => `Geen enkele actie draagt bij tot de operationele doelstelling ${q(a.id)}, dus niets in het plan werkt eraan.`,
    },
    hint: {
      en: () => 'Add this goal to the “goals” of an action that serves it, or drop the goal.',
      nl: () => 'Voeg deze doelstelling toe aan de “goals” van een actie die eraan bijdraagt, of schrap de doelstelling.',
    },
  }),
  'link/dropped-goal-referenced': define<{ id: string; dropped: number }>({
    severity: 'warning',
    title: 'Dropped goal still referenced',
    message: {
      en: (a) => `The goal ${q(a.id)} was dropped in ${a.dropped}, but this reference still counts from then on.`,
      nl: (a) => `De doelstelling ${q(a.id)} werd geschrapt in ${a.dropped}, maar deze verwijzing telt vanaf dan nog mee.`,
    },
    hint: {
      en: (a) => `Point to the goal that replaces it, or end the contribution with “until: ${typeof a.dropped === 'number' ? a.dropped - 1 : '‹year before›'}”.`,
      nl: (a) => `Verwijs naar de doelstelling die ze vervangt, of beëindig de bijdrage met “until: ${typeof a.dropped === 'number' ? a.dropped - 1 : '‹jaar ervoor›'}”.`,
    },
    related: { en: () => 'the goal is dropped here', nl: () => 'de doelstelling wordt hier geschrapt' },
  }),
  'link/replacement-without-drop': define<{ id: string }>({
    severity: 'error',
    title: 'Replacement of a goal that is not dropped',
    message: {
      en: (a) => `${q(a.id)} names a replacement but has no “dropped” year, so both would count at once.`,
      nl: (a) => `${q(a.id)} noemt een vervanger maar heeft geen jaar in “dropped”, dus beide zouden tegelijk meetellen.`,
    },
    hint: { en: () => 'Add “dropped: YEAR”, the year the replacement took over.', nl: () => 'Voeg “dropped: JAAR” toe, het jaar waarin de vervanger het overnam.' },
  }),
  'link/plan-missing': define<Record<string, never>>({
    severity: 'error',
    title: 'No plan',
    message: {
      en: () => 'The content has no document of kind “plan”, so there is no period, organisation or list of themes.',
      nl: () => 'De inhoud heeft geen document van soort “plan”, dus er is geen periode, organisatie of lijst van thema’s.',
    },
    hint: { en: () => 'Add content/plan.md (see docs/content-model.md).', nl: () => 'Voeg content/plan.md toe (zie docs/content-model.md).' },
  }),
  'link/plan-multiple': define<{ id: string }>({
    severity: 'error',
    title: 'More than one plan',
    message: {
      en: (a) => `There is more than one plan (${q(a.id)} is another); one content folder holds one plan.`,
      nl: (a) => `Er is meer dan één plan (${q(a.id)} is een ander); één inhoudsmap bevat één plan.`,
    },
    hint: { en: () => 'Keep one plan per content folder.', nl: () => 'Houd één plan per inhoudsmap.' },
    related: { en: () => 'the other plan', nl: () => 'het andere plan' },
  }),

  // ── timing: periods of goals, actions and progress ───────────────────────────────────────
  'timing/end-before-start': define<{ start: string; end: string }>({
    severity: 'error',
    title: 'End before start',
    message: {
      en: (a) => `The end ${a.end} lies before the start ${a.start}.`,
      nl: (a) => `Het einde ${a.end} ligt vóór het begin ${a.start}.`,
    },
    hint: {
      en: () => 'Correct one of the two dates; keep the source’s words in “raw” if it states them this way.',
      nl: () => 'Verbeter een van beide datums; bewaar de woorden van de bron in “raw” als ze zo vermeld staan.',
    },
  }),
  'timing/outside-parent': define<{ id: string; parent: string; period: string; parentPeriod: string }>({
    severity: 'warning',
    title: 'Outside the parent’s period',
    message: {
      en: (a) => `${q(a.id)} runs ${a.period}, outside the period of its parent ${q(a.parent)} (${a.parentPeriod}).`,
      nl: (a) => `${q(a.id)} loopt ${a.period}, buiten de periode van de ouder ${q(a.parent)} (${a.parentPeriod}).`,
    },
    hint: {
      en: () => 'Check both timings against the source; if the source says so, the finding stands.',
      nl: () => 'Controleer beide timings met de bron; zegt de bron het zo, dan blijft de vaststelling staan.',
    },
    related: { en: () => 'the parent’s timing', nl: () => 'de timing van de ouder' },
  }),
  'timing/outside-plan': define<{ id: string; period: string; planPeriod: string }>({
    severity: 'warning',
    title: 'Outside the plan period',
    message: {
      en: (a) => `${q(a.id)} runs ${a.period}, which does not overlap the plan period ${a.planPeriod}.`,
      nl: (a) => `${q(a.id)} loopt ${a.period}, wat de planperiode ${a.planPeriod} niet overlapt.`,
    },
    hint: {
      en: () => 'Check the timing; an action that ends before the plan starts does not belong in it.',
      nl: () => 'Controleer de timing; een actie die eindigt voor het plan begint, hoort er niet in.',
    },
  }),

  // ── progress: yearly reporting ────────────────────────────────────────────────────────────
  'progress/year-outside-plan': define<{ year: number; planPeriod: string }>({
    severity: 'error',
    title: 'Year outside the plan',
    message: {
      en: (a) => `${a.year} is outside the plan period ${a.planPeriod}, so this cannot report on the plan.`,
      nl: (a) => `${a.year} valt buiten de planperiode ${a.planPeriod}, dus dit kan niet over het plan rapporteren.`,
    },
    hint: { en: () => 'Correct the year.', nl: () => 'Verbeter het jaar.' },
  }),
  'progress/duplicate': define<{ project: string; year: number }>({
    severity: 'error',
    title: 'Two progress entries for one project and year',
    message: {
      en: (a) => `${q(a.project)} has more than one progress entry for ${a.year}; the report would show it twice.`,
      nl: (a) => `${q(a.project)} heeft meer dan één voortgangsrapportering voor ${a.year}; het rapport zou ze twee keer tonen.`,
    },
    hint: { en: () => 'Merge the two entries.', nl: () => 'Voeg beide samen.' },
    related: { en: () => 'the other entry', nl: () => 'de andere rapportering' },
  }),
  'progress/no-report': define<{ year: number }>({
    severity: 'error',
    title: 'No report for this year',
    message: {
      en: (a) => `There is no progress report (kind: report) for ${a.year}, so this entry belongs to no document.`,
      nl: (a) => `Er is geen voortgangsrapport (kind: report) voor ${a.year}, dus deze rapportering hoort bij geen enkel document.`,
    },
    hint: { en: (a) => `Add a report for ${a.year}, or correct the year.`, nl: (a) => `Voeg een rapport voor ${a.year} toe, of verbeter het jaar.` },
  }),

  // ── compute: indicators and totals ───────────────────────────────────────────────────────
  'compute/declared-differs': define<{ what: string; declared: number; computed: number; unit: string }>({
    severity: 'warning',
    title: 'Stated figure differs from the computed one',
    message: {
      en: (a) => `${a.what}: the source states ${fmt(a.declared, 'en')}${a.unit}, the inputs give ${fmt(a.computed, 'en')}${a.unit}.`,
      nl: (a) => `${a.what}: de bron vermeldt ${fmt(a.declared, 'nl')}${a.unit}, de invoer geeft ${fmt(a.computed, 'nl')}${a.unit}.`,
    },
    hint: {
      en: () => 'Keep the stated figure as the source prints it; check the inputs. The document shows both.',
      nl: () => 'Bewaar het vermelde cijfer zoals de bron het drukt; controleer de invoer. Het document toont beide.',
    },
  }),
  'compute/unknown-target': define<{ indicator: string }>({
    severity: 'error',
    title: 'Target for an unknown indicator',
    message: {
      en: (a) => `There is no indicator ${q(a.indicator)} to set a baseline or target for.`,
      nl: (a) => `Er is geen indicator ${q(a.indicator)} om een basiswaarde of streefwaarde voor te zetten.`,
    },
    hint: { en: () => 'Use an indicator id such as rgi-2.3.', nl: () => 'Gebruik een indicator-id zoals rgi-2.3.' },
  }),
  'compute/target-unmatched': define<{ indicator: string; year: number; row: string; column: string }>({
    severity: 'warning',
    title: 'Target for a figure the table does not have',
    message: {
      en: (a) => `Table ${a.indicator} of ${a.year} has no figure for row ${q(a.row)} and column ${q(a.column)}, so this baseline or target is not shown.`,
      nl: (a) => `Tabel ${a.indicator} van ${a.year} heeft geen cijfer voor rij ${q(a.row)} en kolom ${q(a.column)}, dus deze basis- of streefwaarde wordt niet getoond.`,
    },
    hint: {
      en: () => 'Use a row id of the table (a theme id, a year, a source label) and a column id (an activity type id, fte, fteDirect); leave out the column for a row total and both for the table total.',
      nl: () => 'Gebruik een rij-id van de tabel (een thema-id, een jaar, een bronlabel) en een kolom-id (een activiteitensoort-id, fte, fteDirect); laat de kolom weg voor een rijtotaal en beide voor het tabeltotaal.',
    },
  }),

  // ── report: what a report year says against the plan ────────────────────────────────────
  'report/unexplained-difference': define<{ project: string; year: number; kind: 'title' | 'timing' | 'goals' | 'added'; plan: string; report: string }>({
    severity: 'info',
    title: 'Plan and report differ without a change record',
    message: {
      en: (a) =>
        a.kind === 'added'
          ? `${q(a.project)} is new in ${a.year} and no change record of ${a.year} says so.`
          : `The ${a.year} report states another ${{ title: 'title', timing: 'timing', goals: 'set of contributions' }[a.kind]} for ${q(a.project)} than the plan (plan: ${a.plan}; report: ${a.report}), and no change record explains it.`,
      nl: (a) =>
        a.kind === 'added'
          ? `${q(a.project)} is nieuw in ${a.year} en geen wijziging van ${a.year} vermeldt dat.`
          : `Het rapport ${a.year} vermeldt voor ${q(a.project)} een andere ${{ title: 'titel', timing: 'timing', goals: 'set bijdragen' }[a.kind]} dan het plan (plan: ${a.plan}; rapport: ${a.report}), en geen wijziging verklaart dat.`,
    },
    hint: {
      en: (a) => `If the change is intended, record it in a change document of ${a.year} (kind: change, action: ${a.project}); the report shows it either way.`,
      nl: (a) => `Is de wijziging bedoeld, leg ze dan vast in een wijziging van ${a.year} (kind: change, action: ${a.project}); het rapport toont ze hoe dan ook.`,
    },
  }),

  // ── placeholders: values `plan new` left to fill in ──────────────────────────────────────
  'link/placeholder': define<{ field: string; text: string }>({
    severity: 'warning',
    title: 'Placeholder not filled in',
    message: {
      en: (a) => (a.field ? `${q(a.field)} still holds the placeholder ${q(a.text)}.` : `The text still holds the placeholder ${q(a.text)}.`),
      nl: (a) => (a.field ? `${q(a.field)} bevat nog de plaatshouder ${q(a.text)}.` : `De tekst bevat nog de plaatshouder ${q(a.text)}.`),
    },
    hint: {
      en: () => 'Replace it with the real value or text; `plan new` writes TODO where it cannot know what belongs there.',
      nl: () => 'Vervang hem door de echte waarde of tekst; `plan new` schrijft TODO waar het niet kan weten wat er hoort.',
    },
  }),

  // ── assets: images, fonts and the style sheet the content brings (branding) ─────────────
  'asset/missing': define<{ path: string }>({
    severity: 'error',
    title: 'Referenced file not found',
    message: {
      en: (a) => `${q(a.path)} is not in the content folder.`,
      nl: (a) => `${q(a.path)} staat niet in de inhoudsmap.`,
    },
    hint: {
      en: () => 'Paths are relative to the content folder (images/logo.png means content/images/logo.png); check the spelling and the letter case.',
      nl: () => 'Paden zijn relatief aan de inhoudsmap (images/logo.png is content/images/logo.png); controleer de spelling en hoofdletters.',
    },
  }),
  'asset/remote': define<{ url: string }>({
    severity: 'error',
    title: 'Remote file referenced',
    message: {
      en: (a) => `${q(a.url)} is on the internet; the documents are self-contained and fetch nothing.`,
      nl: (a) => `${q(a.url)} staat op het internet; de documenten zijn zelfstandig en halen niets op.`,
    },
    hint: {
      en: () => 'Download the file into the content folder (e.g. content/images/) and refer to it by that path.',
      nl: () => 'Download het bestand naar de inhoudsmap (bv. content/images/) en verwijs ernaar met dat pad.',
    },
  }),
  'asset/outside-content': define<{ path: string }>({
    severity: 'error',
    title: 'File outside the content folder',
    message: {
      en: (a) => `${q(a.path)} points outside the content folder.`,
      nl: (a) => `${q(a.path)} wijst naar buiten de inhoudsmap.`,
    },
    hint: {
      en: () => 'Copy the file into the content folder and use a path relative to it, without ../ or a leading /.',
      nl: () => 'Kopieer het bestand naar de inhoudsmap en gebruik een pad relatief daaraan, zonder ../ of een / vooraan.',
    },
  }),
  'asset/unsupported-type': define<{ path: string; allowed: string[] }>({
    severity: 'error',
    title: 'File type not supported here',
    message: {
      en: (a) => `${q(a.path)} is not one of the supported types here (${a.allowed.join(', ')}).`,
      nl: (a) => `${q(a.path)} is geen van de hier ondersteunde types (${a.allowed.join(', ')}).`,
    },
    hint: {
      en: () => 'Convert the file to a supported type; the type is read from the file name extension.',
      nl: () => 'Zet het bestand om naar een ondersteund type; het type volgt uit de extensie van de bestandsnaam.',
    },
  }),
  'asset/too-large': define<{ path: string; kilobytes: number; limit: number }>({
    severity: 'warning',
    title: 'Large file embedded',
    message: {
      en: (a) => `${q(a.path)} is ${a.kilobytes} kB; it is embedded in every document that uses it (limit ${a.limit} kB).`,
      nl: (a) => `${q(a.path)} is ${a.kilobytes} kB; het wordt ingebed in elk document dat het gebruikt (grens ${a.limit} kB).`,
    },
    hint: {
      en: () => 'Scale the image down to the size it is printed at, or save it compressed (JPEG or WebP for photos).',
      nl: () => 'Verklein de afbeelding tot de afgedrukte grootte, of bewaar ze gecomprimeerd (JPEG of WebP voor foto’s).',
    },
  }),
  'asset/missing-alt': define<{ path: string }>({
    severity: 'warning',
    title: 'Image without a text alternative',
    message: {
      en: (a) => `The image ${q(a.path)} has no alt text, so a screen reader (and the PDF's /Alt) cannot say what it shows.`,
      nl: (a) => `De afbeelding ${q(a.path)} heeft geen alt-tekst, dus een schermlezer (en /Alt in de PDF) kan niet zeggen wat ze toont.`,
    },
    hint: {
      en: () => 'Write what the image shows between the brackets: ![Map of the region](images/map.png).',
      nl: () => 'Schrijf tussen de haken wat de afbeelding toont: ![Kaart van de regio](images/kaart.png).',
    },
  }),
  'asset/svg-unsafe': define<{ path: string }>({
    severity: 'warning',
    title: 'SVG content removed',
    message: {
      en: (a) => `${q(a.path)} holds scripts, event handlers or references to other files; they were left out of the documents.`,
      nl: (a) => `${q(a.path)} bevat scripts, event handlers of verwijzingen naar andere bestanden; die zijn uit de documenten weggelaten.`,
    },
    hint: {
      en: () => 'Export the SVG as a plain drawing (no scripts, no linked images or fonts) so what you see is what is printed.',
      nl: () => 'Exporteer de SVG als gewone tekening (geen scripts, geen gekoppelde afbeeldingen of lettertypes), zodat je ziet wat er gedrukt wordt.',
    },
  }),
  'asset/stylesheet-reference': define<{ reference: string }>({
    severity: 'error',
    title: 'Style sheet refers to another file',
    message: {
      en: (a) => `The content style sheet refers to ${q(a.reference)}; the documents are self-contained and load nothing.`,
      nl: (a) => `Het stijlblad van de inhoud verwijst naar ${q(a.reference)}; de documenten zijn zelfstandig en laden niets.`,
    },
    hint: {
      en: () => 'Remove the @import or url(); set fonts and the logo in the plan’s branding: section, which embeds them.',
      nl: () => 'Verwijder de @import of url(); stel lettertypes en logo in onder branding: in het plan, dat ze inbedt.',
    },
  }),
} as const;

export type Code = keyof typeof catalogue;
export type ArgsOf<C extends Code> = (typeof catalogue)[C] extends Entry<infer A> ? A : never;
