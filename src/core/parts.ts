/**
 * Where the generated parts go: a chapter places a part with `generated:` (one, right after its text) or by naming
 * it in `include:` (after that, in the listed order). A part no chapter of its document places is not printed,
 * unless the document has no chapter at all (a content not yet written as chapters shows every part).
 */
import { PART_PIECES, PLAN_PARTS, REPORT_PARTS } from './schema/kinds.js';

type ChapterFields = { generated?: string | undefined; include?: readonly string[] | undefined };

/** The whole parts a chapter places, in order, each once: its `generated` part, then the parts `include` names. */
export function placedParts<P extends string>(chapter: ChapterFields, parts: readonly P[]): P[] {
  const names = [...(chapter.generated !== undefined ? [chapter.generated] : []), ...(chapter.include ?? [])];
  return [...new Set(names.filter((n): n is P => (parts as readonly string[]).includes(n)))];
}

/** The names a chapter of a plan or of a report may list in `include`: that document's parts and the pieces. */
export function placeableNames(document: 'plan' | 'report'): readonly string[] {
  return [...(document === 'plan' ? PLAN_PARTS : REPORT_PARTS), ...PART_PIECES];
}
