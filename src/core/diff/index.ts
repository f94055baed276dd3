/**
 * plan diff's model diff, pure: two versions of the content (their validated documents and computed figures) →
 * what changed, as data (types.ts). The run (src/run/diff.ts) builds both versions; text.ts phrases the result.
 */
import type { Indicators } from '../compute/types.js';
import type { Collections } from '../link/model.js';
import type { AnyValidDocument, ValidDocument } from '../validate.js';
import { entityChanges } from './entities.js';
import { type Facts, figureChanges } from './figures.js';
import { structureChanges } from './structure.js';
import type { ModelDiff } from './types.js';

export * from './types.js';

export interface Version {
  documents: readonly AnyValidDocument[];
  indicators: Indicators;
}

const COLLECTIONS: readonly (keyof Collections)[] = [
  'plans',
  'reports',
  'chapters',
  'sources',
  'goals',
  'actions',
  'regions',
  'municipalityLists',
  'progress',
  'signals',
  'changes',
  'evaluations',
  'partnerships',
  'staffing',
  'extensionRequests',
  'budgets',
  'priorityThemes',
  'statistics',
  'targets',
  'divergences',
];

/** Every validated document of a linked model. */
export function documentsOf(collections: Collections): AnyValidDocument[] {
  return COLLECTIONS.flatMap((k) => collections[k] as readonly AnyValidDocument[]);
}

function factsOf(d: AnyValidDocument): Facts {
  const data = d.data as { year?: unknown; theme?: unknown; source?: unknown };
  return {
    kind: d.kind,
    ...(typeof data.year === 'number' ? { year: data.year } : {}),
    ...(typeof data.theme === 'string' ? { theme: data.theme } : {}),
    ...(typeof data.source === 'string' ? { source: data.source } : {}),
    at: d.locate([]),
  };
}

const chapters = (docs: readonly AnyValidDocument[]) => docs.filter((d): d is ValidDocument<'chapter'> => d.kind === 'chapter');

export function diffModels(base: Version, head: Version): ModelDiff {
  const entities = entityChanges(base.documents, head.documents);
  // The head's facts win: a progress entry moved to another year counts there (and its base year through the base).
  const facts = new Map<string, Facts>([...base.documents, ...head.documents].map((d) => [d.data.id, factsOf(d)] as const));
  return {
    entities,
    figures: figureChanges(base.indicators, head.indicators, entities, facts),
    structure: structureChanges(chapters(base.documents), chapters(head.documents)),
  };
}
