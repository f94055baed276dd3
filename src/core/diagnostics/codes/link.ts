/** Codes of the link stage: rules across documents. */
import { entry } from './entry.js';

export const linkCodes = {
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
  'link/divergence-unknown-document': entry<{ id: string; expected: readonly string[] }>({
    severity: 'error',
    title: { en: 'Divergence in an unknown document', nl: 'Afwijking in een onbekend document' },
    example: { id: 'mjp-2020', expected: ['mjp-2021-2025', 'vr-2021', 'context'] },
  }),
  'link/divergence-unknown-source': entry<{ id: string; sources: readonly string[] }>({
    severity: 'error',
    title: { en: 'Unknown source of a divergence', nl: 'Onbekende bron van een afwijking' },
    example: { id: '005', sources: ['002', '004'] },
  }),
  'link/divergence-lines-reversed': entry<{ from: number; to: number }>({
    severity: 'error',
    title: { en: 'Line range of a source reversed', nl: 'Regelbereik van een bron omgekeerd' },
    example: { from: 4389, to: 4366 },
  }),
} as const;
