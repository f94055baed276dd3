/**
 * The catalogue: every diagnostic code planwerk can emit, with its severity, its title in each language, example
 * arguments and the shape of its arguments. The wording of messages and hints lives per language in messages/.
 * Codes are permanent: never rename or reuse one; retire a code by leaving it here marked as such.
 * docs/diagnostics.md is generated from this file and the messages (`plan codes`).
 *
 * Adding a code: one `entry<Args>({...})` line here (severity, titles, example), then the phrasing under the same
 * code in messages/en.ts and messages/nl.ts; the compiler refuses a code that is not phrased in every language.
 */
import type { Lang, Severity } from './types.js';

export interface Entry<A> {
  severity: Severity;
  title: Record<Lang, string>;
  /** Typical arguments: the docs print the message with them, and tests check every code phrases them. */
  example: A;
}
const entry = <A>(e: Entry<A>): Entry<A> => e;

/** The figures whose stated and computed values are compared (`compute/declared-differs`). */
export type ComparedFigure =
  | { table: 'rgi-2.1'; measure: 'threeYearAverage' | 'surplus' }
  | { table: 'rgi-2.2'; measure: 'fte'; theme: string }
  | { table: 'rgi-2.2'; measure: 'total' | 'targetGroupShare' }
  | { table: 'rgi-2.8'; measure: 'policyDossiers'; theme: string }
  | { table: 'rgi-2.8'; measure: 'total' }
  | { table: 'rgi-2.10'; measure: 'communicationActions' }
  | { table: 'rgi-2.11'; measure: 'localFunding'; source: string }
  | { table: 'staffing'; measure: 'total' | 'decreeShare'; row: string }
  | { table: 'staffing'; measure: 'decree' | 'other' | 'total' | 'decreeShare' }
  | { table: 'extension-request'; measure: 'total' }
  | { table: 'budget'; measure: BudgetSubtotal }
  | { table: 'attendance'; measure: 'total'; source: string };
export type BudgetSubtotal =
  | 'operating-income'
  | 'gross-margin'
  | 'operating-result'
  | 'financial-result'
  | 'ordinary-result'
  | 'exceptional-result'
  | 'result';
/** A stated figure against the computed one; `year` is the report or budget year, when the figure has one. */
export type FigureDifference = ComparedFigure & { year?: number; stated: number; computed: number; percent: boolean };

export const catalogue = {
  // ── parse: reading a file into YAML data and a Markdown body ──────────────────────────────
  'parse/yaml-syntax': entry<{ reason: string }>({
    severity: 'error',
    title: { en: 'YAML syntax error', nl: 'YAML-syntaxfout' },
    example: { reason: 'Missing closing "quote' },
  }),
  'parse/duplicate-key': entry<{ key: string }>({
    severity: 'error',
    title: { en: 'Duplicate key', nl: 'Dubbele sleutel' },
    example: { key: 'title' },
  }),
  'parse/front-matter-missing': entry<Record<string, never>>({
    severity: 'error',
    title: { en: 'No front matter', nl: 'Geen front matter' },
    example: {},
  }),
  'parse/front-matter-unclosed': entry<Record<string, never>>({
    severity: 'error',
    title: { en: 'Front matter not closed', nl: 'Front matter niet afgesloten' },
    example: {},
  }),
  'parse/not-a-map': entry<{ found: 'list' | 'scalar'; value?: string }>({
    severity: 'error',
    title: { en: 'Front matter is not a map', nl: 'Front matter is geen map' },
    example: { found: 'scalar', value: '"Plan 2020-2025"' },
  }),

  // ── schema: the shape of one document ───────────────────────────────────────────────────
  'schema/unknown-kind': entry<{ kind: string | undefined; known: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: { en: 'Unknown kind', nl: 'Onbekende soort' },
    example: { kind: 'gaol', known: ['action', 'goal', 'plan'], suggestion: 'goal' },
  }),
  'schema/missing-key': entry<{ key: string; expected: string; allowed?: readonly string[] }>({
    severity: 'error',
    title: { en: 'Missing field', nl: 'Ontbrekend veld' },
    example: { key: 'strength', expected: 'value', allowed: ['contributes', 'may-contribute'] },
  }),
  'schema/unknown-key': entry<{ key: string; suggestion?: string; known: readonly string[] }>({
    severity: 'error',
    title: { en: 'Unknown field', nl: 'Onbekend veld' },
    example: { key: 'titel', known: ['id', 'kind', 'title'], suggestion: 'title' },
  }),
  'schema/invalid-type': entry<{ expected: string; found: string; value?: string }>({
    severity: 'error',
    title: { en: 'Wrong type', nl: 'Verkeerd type' },
    example: { expected: 'string', found: 'number', value: '2.1' },
  }),
  'schema/invalid-value': entry<{ value: string; allowed: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: { en: 'Value not allowed', nl: 'Waarde niet toegelaten' },
    example: { value: 'contributs', allowed: ['contributes', 'may-contribute'], suggestion: 'contributes' },
  }),
  'schema/invalid-date': entry<{ value: string; reason: 'format' | 'impossible'; allowsPartial: boolean }>({
    severity: 'error',
    title: { en: 'Invalid date', nl: 'Ongeldige datum' },
    example: { value: '2021-02-30', reason: 'impossible', allowsPartial: false },
  }),
  'schema/invalid-id': entry<{ value: string }>({
    severity: 'error',
    title: { en: 'Invalid id', nl: 'Ongeldige id' },
    example: { value: 'OD Wonen' },
  }),
  'schema/out-of-range': entry<{ value: string; limit: string; direction: 'min' | 'max'; what: 'number' | 'size' }>({
    severity: 'error',
    title: { en: 'Out of range', nl: 'Buiten bereik' },
    example: { value: '-1', limit: '0', direction: 'min', what: 'number' },
  }),
  'schema/invalid': entry<{ detail: string }>({
    severity: 'error',
    title: { en: 'Invalid value', nl: 'Ongeldige waarde' },
    example: { detail: 'Invalid input' },
  }),

  // ── link: rules across documents ─────────────────────────────────────────────────────────
  'link/duplicate-id': entry<{ id: string }>({
    severity: 'error',
    title: { en: 'Duplicate id', nl: 'Dubbele id' },
    example: { id: 'od-wonen' },
  }),
  'link/unknown-reference': entry<{ id: string; expected: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: { en: 'Unknown reference', nl: 'Onbekende verwijzing' },
    example: { id: 'sd1-socale-bescherming', expected: ['goal'], suggestion: 'sd1-sociale-bescherming' },
  }),
  'link/unknown-body-link': entry<{ id: string; suggestion?: string }>({
    severity: 'error',
    title: { en: 'Link to an unknown id', nl: 'Link naar een onbekende id' },
    example: { id: 'od-wonne', suggestion: 'od-wonen' },
  }),
  'link/wrong-kind': entry<{ id: string; expected: readonly string[]; found: string }>({
    severity: 'error',
    title: { en: 'Reference to the wrong kind', nl: 'Verwijzing naar de verkeerde soort' },
    example: { id: 'cafe-anoniem', expected: ['goal'], found: 'action' },
  }),
  'link/parent-cycle': entry<{ cycle: readonly string[] }>({
    severity: 'error',
    title: { en: 'Parent cycle', nl: 'Kring van ouders' },
    example: { cycle: ['od1', 'od2', 'od1'] },
  }),
  'link/goal-parent': entry<{ id: string; level: 'strategic' | 'operational'; problem: 'missing' | 'not-strategic' | 'unexpected' }>({
    severity: 'error',
    title: { en: 'Goal in the wrong place of the tree', nl: 'Doelstelling op de verkeerde plaats in de boom' },
    example: { id: 'od-wonen', level: 'operational', problem: 'missing' },
  }),
  'link/action-parent': entry<{ id: string; problem: 'missing' | 'sub-project' | 'unexpected' }>({
    severity: 'error',
    title: { en: 'Action in the wrong place of the tree', nl: 'Actie op de verkeerde plaats in de boom' },
    example: { id: 'buurtwerk-noord', problem: 'missing' },
  }),
  'link/action-without-goal': entry<{ id: string }>({
    severity: 'error',
    title: { en: 'Action serves no goal', nl: 'Actie zonder doelstelling' },
    example: { id: 'cafe-anoniem' },
  }),
  'link/goal-unserved': entry<{ id: string }>({
    severity: 'warning',
    title: { en: 'Operational goal without actions', nl: 'Operationele doelstelling zonder acties' },
    example: { id: 'od-wonen' },
  }),
  'link/dropped-goal-referenced': entry<{ id: string; dropped: number }>({
    severity: 'warning',
    title: { en: 'Dropped goal still referenced', nl: 'Geschrapte doelstelling nog gebruikt' },
    example: { id: 'od-wonen', dropped: 2023 },
  }),
  'link/replacement-without-drop': entry<{ id: string }>({
    severity: 'error',
    title: { en: 'Replacement of a goal that is not dropped', nl: 'Vervanger van een doelstelling die niet geschrapt is' },
    example: { id: 'od-wonen' },
  }),
  'link/plan-missing': entry<Record<string, never>>({ severity: 'error', title: { en: 'No plan', nl: 'Geen plan' }, example: {} }),
  'link/plan-multiple': entry<{ id: string }>({
    severity: 'error',
    title: { en: 'More than one plan', nl: 'Meer dan één plan' },
    example: { id: 'plan-2020-2025' },
  }),
  'link/unknown-part': entry<{ name: string; document: 'plan' | 'report'; expected: readonly string[]; suggestion?: string }>({
    severity: 'error',
    title: { en: 'Unknown part in include', nl: 'Onbekend onderdeel in include' },
    example: { name: 'overzicht', document: 'plan', expected: ['goals', 'overview', 'served-by'], suggestion: 'overview' },
  }),
  'link/part-placed-twice': entry<{ name: string }>({
    severity: 'error',
    title: { en: 'Part placed twice', nl: 'Onderdeel twee keer geplaatst' },
    example: { name: 'overview' },
  }),

  // ── timing: periods of goals, actions and progress ───────────────────────────────────────
  'timing/end-before-start': entry<{ start: string; end: string }>({
    severity: 'error',
    title: { en: 'End before start', nl: 'Einde vóór begin' },
    example: { start: '2022-09-01', end: '2021-06-30' },
  }),
  'timing/outside-parent': entry<{ id: string; parent: string; period: string; parentPeriod: string }>({
    severity: 'warning',
    title: { en: 'Outside the parent’s period', nl: 'Buiten de periode van de ouder' },
    example: { id: 'buurtwerk-noord', parent: 'buurtwerk', period: '2019–2021', parentPeriod: '2020–2025' },
  }),
  'timing/outside-plan': entry<{ id: string; period: string; planPeriod: string }>({
    severity: 'warning',
    title: { en: 'Outside the plan period', nl: 'Buiten de planperiode' },
    example: { id: 'cafe-anoniem', period: '2017–2018', planPeriod: '2020–2025' },
  }),

  // ── progress: yearly reporting ────────────────────────────────────────────────────────────
  'progress/year-outside-plan': entry<{ year: number; planPeriod: string }>({
    severity: 'error',
    title: { en: 'Year outside the plan', nl: 'Jaar buiten het plan' },
    example: { year: 2027, planPeriod: '2020-2025' },
  }),
  'progress/duplicate': entry<{ project: string; year: number }>({
    severity: 'error',
    title: { en: 'Two progress entries for one project and year', nl: 'Twee rapporteringen voor één project en jaar' },
    example: { project: 'cafe-anoniem', year: 2021 },
  }),
  'progress/no-report': entry<{ year: number }>({
    severity: 'error',
    title: { en: 'No report for this year', nl: 'Geen rapport voor dit jaar' },
    example: { year: 2024 },
  }),

  // ── compute: indicators and totals ───────────────────────────────────────────────────────
  'compute/declared-differs': entry<FigureDifference>({
    severity: 'warning',
    title: { en: 'Stated figure differs from the computed one', nl: 'Vermeld cijfer wijkt af van het berekende' },
    example: { table: 'rgi-2.2', measure: 'fte', theme: 'wonen', year: 2021, stated: 4.5, computed: 4.25, percent: false },
  }),
  'compute/stated-part-exceeds': entry<FigureDifference>({
    severity: 'warning',
    title: { en: 'The text states more than the computed figure holds', nl: 'De tekst vermeldt meer dan het berekende cijfer bevat' },
    example: { table: 'rgi-2.8', measure: 'policyDossiers', theme: 'wonen', year: 2021, stated: 11, computed: 6, percent: false },
  }),
  'compute/unknown-target': entry<{ indicator: string }>({
    severity: 'error',
    title: { en: 'Target for an unknown indicator', nl: 'Streefwaarde voor een onbekende indicator' },
    example: { indicator: 'rgi-2.30' },
  }),
  'compute/target-unmatched': entry<{ indicator: string; year: number; row: string; column: string }>({
    severity: 'warning',
    title: { en: 'Target for a figure the table does not have', nl: 'Streefwaarde voor een cijfer dat de tabel niet heeft' },
    example: { indicator: 'rgi-2.3', year: 2021, row: 'wonen', column: 'vorming' },
  }),

  // ── report: what a report year says against the plan ────────────────────────────────────
  'report/unexplained-difference': entry<{
    project: string;
    year: number;
    kind: 'title' | 'timing' | 'goals' | 'added';
    plan: string;
    report: string;
  }>({
    severity: 'info',
    title: { en: 'Plan and report differ without a change record', nl: 'Plan en rapport verschillen zonder wijziging' },
    example: { project: 'cafe-anoniem', year: 2021, kind: 'timing', plan: '2020–2025', report: '2021–2025' },
  }),
  'report/nothing-stated': entry<{ report: string; year: number; entries: number }>({
    severity: 'warning',
    title: { en: 'Report states nothing about its projects', nl: 'Rapport vermeldt niets over zijn projecten' },
    example: { report: 'vr-2022', year: 2022, entries: 41 },
  }),

  // ── placeholders: what `plan new` and `plan init` wrote for the organisation to replace ──
  'link/placeholder': entry<{ field: string; text: string }>({
    severity: 'warning',
    title: { en: 'Placeholder not filled in', nl: 'Plaatshouder niet ingevuld' },
    example: { field: 'statement', text: 'TODO' },
  }),
  'link/starter-text': entry<{ field: string; text: string }>({
    severity: 'warning',
    title: { en: 'Starter text not replaced', nl: 'Voorbeeldtekst van de starter niet vervangen' },
    example: { field: '', text: 'Schrijf hier de inleiding van het meerjarenplan.' },
  }),

  // ── output: the files a build writes (src/core/outputs.ts) ──────────────────────────────
  'output/path-conflict': entry<{ path: string; other: string }>({
    severity: 'error',
    title: { en: 'Two outputs with one file name', nl: 'Twee uitvoerbestanden met één naam' },
    example: { path: 'vr-2021.html', other: 'VR-2021.html' },
  }),
  'output/name-too-long': entry<{ path: string; bytes: number; max: number }>({
    severity: 'error',
    title: { en: 'Output file name too long', nl: 'Naam van het uitvoerbestand te lang' },
    example: { path: 'voortgangsrapport-2021-met-een-zeer-lange-naam.html', bytes: 512, max: 200 },
  }),

  // ── baseline: findings the organisation accepted (planwerk-baseline.json) ────────────────
  'baseline/stale': entry<{ code: string; baseline: string; message: string }>({
    severity: 'warning',
    title: { en: 'Accepted finding no longer occurs', nl: 'Aanvaarde bevinding komt niet meer voor' },
    example: {
      code: 'link/goal-unserved',
      baseline: 'planwerk-baseline.json',
      message: 'No action serves the operational goal “od-wonen-3”.',
    },
  }),
  // ── load: reading files from the content folder ──────────────────────────────────────────
  'load/outside-content': entry<{ target: string }>({
    severity: 'error',
    title: { en: 'Link out of the content folder', nl: 'Koppeling buiten de inhoudsmap' },
    example: { target: '../../gedeeld/geheim.md' },
  }),
  'load/unreadable': entry<{ reason: 'folder' | 'broken-link' | 'not-a-file' | 'permission' | 'other'; detail: string }>({
    severity: 'error',
    title: { en: 'File cannot be read', nl: 'Bestand kan niet gelezen worden' },
    example: { reason: 'permission', detail: 'EACCES' },
  }),
  'load/binary': entry<{ offset: number }>({
    severity: 'error',
    title: { en: 'Binary file', nl: 'Binair bestand' },
    example: { offset: 17 },
  }),
  'load/invalid-utf8': entry<{ byte: string }>({
    severity: 'error',
    title: { en: 'Not UTF-8', nl: 'Geen UTF-8' },
    example: { byte: 'E9' },
  }),
  'load/too-large': entry<{ size: number; limit: number }>({
    severity: 'error',
    title: { en: 'File too large', nl: 'Bestand te groot' },
    example: { size: 7340032, limit: 5242880 },
  }),
  'parse/too-deep': entry<{ limit: number; where: 'yaml' | 'markdown' }>({
    severity: 'error',
    title: { en: 'Nested too deeply', nl: 'Te diep genest' },
    example: { limit: 100, where: 'yaml' },
  }),
  'parse/alias-expansion': entry<{ limit: number }>({
    severity: 'error',
    title: { en: 'Too many YAML aliases', nl: 'Te veel YAML-aliassen' },
    example: { limit: 10000 },
  }),

  // ── assets: images, fonts and the style sheet the content brings (branding) ─────────────
  'asset/missing': entry<{ path: string; looked: string }>({
    severity: 'error',
    title: { en: 'Referenced file not found', nl: 'Verwezen bestand niet gevonden' },
    example: { path: 'kaart.png', looked: 'content/chapters/plan/kaart.png' },
  }),
  'asset/remote': entry<{ url: string }>({
    severity: 'error',
    title: { en: 'Remote file referenced', nl: 'Extern bestand verwezen' },
    example: { url: 'https://example.org/logo.png' },
  }),
  'asset/outside-content': entry<{ path: string }>({
    severity: 'error',
    title: { en: 'File outside the content folder', nl: 'Bestand buiten de inhoudsmap' },
    example: { path: '../logo.png' },
  }),
  'asset/unsupported-type': entry<{ path: string; allowed: string[] }>({
    severity: 'error',
    title: { en: 'File type not supported here', nl: 'Bestandstype hier niet ondersteund' },
    example: { path: 'images/logo.bmp', allowed: ['png', 'jpg', 'gif', 'webp', 'svg'] },
  }),
  'asset/too-large': entry<{ path: string; kilobytes: number; limit: number }>({
    severity: 'warning',
    title: { en: 'Large file embedded', nl: 'Groot bestand ingebed' },
    example: { path: 'images/foto.jpg', kilobytes: 3100, limit: 2048 },
  }),
  'asset/over-limit': entry<{ path: string; size: number; limit: number }>({
    severity: 'error',
    title: { en: 'File too large to embed', nl: 'Bestand te groot om in te bedden' },
    example: { path: 'images/logo.png', size: 20971520, limit: 10485760 },
  }),
  'asset/missing-alt': entry<{ path: string }>({
    severity: 'warning',
    title: { en: 'Image without a text alternative', nl: 'Afbeelding zonder tekstalternatief' },
    example: { path: 'images/grafiek.png' },
  }),
  'asset/svg-unsafe': entry<{ path: string }>({
    severity: 'warning',
    title: { en: 'SVG content removed', nl: 'SVG-inhoud verwijderd' },
    example: { path: 'images/logo.svg' },
  }),
  'asset/stylesheet-reference': entry<{ reference: string }>({
    severity: 'error',
    title: { en: 'Style sheet refers to another file', nl: 'Stijlblad verwijst naar een ander bestand' },
    example: { reference: 'https://fonts.example.org/font.css' },
  }),
  'asset/stylesheet-hides-text': entry<{ selector: string; declaration: string }>({
    severity: 'warning',
    title: { en: 'Style sheet hides document text', nl: 'Stijlblad verbergt tekst van het document' },
    example: { selector: 'p', declaration: 'display: none' },
  }),
} as const;

export type Code = keyof typeof catalogue;
export type ArgsOf<C extends Code> = (typeof catalogue)[C] extends Entry<infer A> ? A : never;
export const CODES = (Object.keys(catalogue) as Code[]).sort();

/** The code's anchor in docs/diagnostics.md: stable, because codes are. */
export const docsAnchor = (code: Code): string => code.replace(/[^a-z0-9]+/g, '-');
/** Where the code is documented, relative to the project root. */
export const docsUrl = (code: Code): string => `docs/diagnostics.md#${docsAnchor(code)}`;
export const entryOf = (code: Code): Entry<unknown> => catalogue[code] as Entry<unknown>;
