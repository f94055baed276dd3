/**
 * The staff quality report's view: each finding with its place in the content (file:line:column) and a link to
 * where it shows in the documents. Pure: the quality model, the output file names and the anchors each rendered
 * document holds in, rows out. A target whose anchor a document does not hold (a goal the plan did not have yet)
 * links to the document itself, so no link points at nothing.
 */
import type { Severity } from '../../core/diagnostics/index.js';
import type { DocumentTarget, QualityModel, QualitySectionId } from '../../core/quality.js';

export interface QualityRow {
  severity: Severity;
  code: string;
  /** `content/x.md:12:3`, as an editor or a terminal takes it; absent when the finding has no place. */
  place: string | undefined;
  message: string;
  subject: string | undefined;
  /** `mjp-2021-2025.html#goal-x`, or the file alone; absent when the document is not among the outputs. */
  href: string | undefined;
  /** Facts for the reader: stated and computed, plan and report, as printed. */
  details: [string, string][];
}

export interface QualityView {
  sections: { id: QualitySectionId; rows: QualityRow[] }[];
  counts: Record<Severity, number>;
}

export interface QualityFiles {
  plan: string;
  /** The context document, which holds the plan's regions, municipalities, sources and priority themes. */
  context?: string;
  reports: ReadonlyMap<number, string>;
}

export function targetHref(
  target: DocumentTarget | undefined,
  files: QualityFiles,
  anchors: ReadonlyMap<string, Anchors>,
): string | undefined {
  if (!target) return undefined;
  if (target.document === 'context') return files.context !== undefined && anchors.has(files.context) ? files.context : undefined;
  const file = target.document === 'plan' ? files.plan : target.year === undefined ? undefined : files.reports.get(target.year);
  if (file === undefined || !anchors.has(file)) return undefined;
  const context = files.context;
  if (target.document === 'plan' && target.anchor !== undefined && context !== undefined && anchors.get(context)?.has(target.anchor))
    return `${context}#${target.anchor}`;
  return target.anchor !== undefined && anchors.get(file)!.has(target.anchor) ? `${file}#${target.anchor}` : file;
}

export function qualityView(model: QualityModel, files: QualityFiles, anchors: ReadonlyMap<string, Anchors>): QualityView {
  return {
    counts: model.counts,
    sections: model.sections
      .filter((s) => s.findings.length > 0)
      .map((s) => ({
        id: s.id,
        rows: s.findings.map((f) => ({
          severity: f.severity,
          code: f.code,
          place: f.file === undefined ? undefined : [f.file, f.line, f.column].filter((x) => x !== undefined).join(':'),
          message: f.message,
          subject: f.subject,
          href: targetHref(f.target, files, anchors),
          details: Object.entries(f.details ?? {})
            .filter(([, v]) => v !== null && v !== '')
            .map(([k, v]) => [k, String(v)] as [string, string]),
        })),
      })),
  };
}

/** The ids a document holds, asked one at a time. */
export interface Anchors {
  has(id: string): boolean;
}

/** A document's ids, found when first asked for: a quality report that links into no document scans none. */
export function anchorsIn(html: string): Anchors {
  let ids: Set<string> | undefined;
  return { has: (id) => (ids ??= anchorsOf(html)).has(id) };
}

const WHITE = /\s/;

/**
 * The ids an HTML document holds (the anchors a link may point at): every `id="…"` (not empty) after white space.
 * Found with indexOf, not a global regular expression: at 10,000 documents that scans 46 MB, and a match object
 * per id cost twice the time.
 */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  // As the expression would: after a match, on from its closing quote; after a miss, from the next character.
  for (let i = html.indexOf('id="', 1); i !== -1; ) {
    const end = WHITE.test(html[i - 1]!) ? html.indexOf('"', i + 4) : i;
    if (end === -1) break;
    if (end > i + 4) ids.add(html.slice(i + 4, end));
    i = html.indexOf('id="', end > i + 4 ? end + 1 : i + 1);
  }
  return ids;
}
