/**
 * The staff quality report's data. A funder's document carries no compiler commentary; everything the compiler
 * and the transcription have to say about the content goes here instead: the run's diagnostics (every severity),
 * the plan/report differences no change record explains, the stated figures beside the computed ones, the
 * corrections and as-printed texts the content records, what the source has but the content lost, and where the
 * documents depart from the source (the divergences records and the corrections that name the source's lines).
 * Pure: the same inputs give the same model, every list in a fixed order.
 */
import { ANCHORS } from './anchors.js';
import { differs } from './compute/figures.js';
import type { Figure, Indicators } from './compute/types.js';
import type { Diagnostic, Severity } from './diagnostics/index.js';
import type { Difference } from './differences.js';
import { eachField } from './fields.js';
import { allDocuments, type LinkContext } from './link/model.js';
import { divergenceFindings } from './quality-divergences.js';
import type { AnyValidDocument } from './validate.js';

export type QualitySectionId = 'diagnostics' | 'differences' | 'figures' | 'corrections' | 'unavailable' | 'divergences';

/** Where a finding shows in the documents: which document, and the anchor of the element (templates/kit.ts `anchor`). */
export interface DocumentTarget {
  document: 'plan' | 'report' | 'context';
  /** The report year, for a report. */
  year?: number;
  /** `${kind}-${id}`, as templates/kit.ts `anchor(kind, id)` builds it; absent when the element has none. */
  anchor?: string;
}

export interface QualityFinding {
  /** A diagnostic code, or `difference/<kind>`, `figure/stated-vs-computed`, `content/correction`, `content/as-printed`, `content/reconstruction`, `content/note`, `content/reading-note`, `content/unavailable`, `divergence/<class>`. */
  code: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** The entity the finding is about (a document id, a table id). */
  subject?: string;
  target?: DocumentTarget;
  /** Facts for a table view: stated and computed values, plan and report texts, the text as printed. */
  details?: Record<string, string | number | boolean | null>;
}

export interface QualitySection {
  id: QualitySectionId;
  findings: QualityFinding[];
}

export interface QualityModel {
  sections: QualitySection[];
  /** Findings per severity over all sections. */
  counts: Record<Severity, number>;
}

export interface QualityInput {
  context: LinkContext;
  diagnostics: readonly Diagnostic[];
  differences: readonly Difference[];
  indicators: Indicators;
}

/** The anchor kind of each entity kind, as the templates use it (src/assemble/documents.ts). */

const yearOf = (d: AnyValidDocument): number | undefined => ('year' in d.data && typeof d.data.year === 'number' ? d.data.year : undefined);

/** Which document shows a content document, and where. */
export function targetOf(ctx: LinkContext, d: AnyValidDocument): DocumentTarget {
  const anchorKind = ANCHORS[d.kind];
  const anchor = anchorKind === undefined ? {} : { anchor: `${anchorKind}-${d.data.id}` };
  if (d.kind === 'chapter') {
    const report = ctx.reports.find((r) => r.data.id === d.data.document);
    return report ? { document: 'report', year: report.data.year, ...anchor } : { document: 'plan', ...anchor };
  }
  const year = yearOf(d);
  const reportSide = ['report', 'progress', 'signal', 'change', 'evaluation', 'partnerships'].includes(d.kind);
  return reportSide && year !== undefined ? { document: 'report', year, ...anchor } : { document: 'plan', ...anchor };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const cmp = (a: string | number | undefined, b: string | number | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;
const byPlace = (a: QualityFinding, b: QualityFinding) =>
  cmp(a.file, b.file) || cmp(a.line, b.line) || cmp(a.column, b.column) || cmp(a.code, b.code) || cmp(a.message, b.message);

function diagnosticFindings(ctx: LinkContext, diagnostics: readonly Diagnostic[], byFile: Map<string, AnyValidDocument>): QualityFinding[] {
  return diagnostics
    .map((d) => {
      const doc = d.file === undefined ? undefined : byFile.get(d.file);
      const f: QualityFinding = { code: d.code, severity: d.severity, message: d.message };
      if (d.file !== undefined) f.file = d.file;
      if (d.line !== undefined) f.line = d.line;
      if (d.column !== undefined) f.column = d.column;
      if (doc) Object.assign(f, { subject: doc.data.id, target: targetOf(ctx, doc) });
      return f;
    })
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byPlace(a, b));
}

function differenceFindings(ctx: LinkContext, differences: readonly Difference[]): QualityFinding[] {
  const progress = new Map(ctx.progress.map((p) => [p.data.id, p]));
  return differences.map((d) => {
    const p = progress.get(d.progress);
    const at = p?.locate(d.kind === 'added' ? ['project'] : ['fixed', d.kind]);
    const f: QualityFinding = {
      code: `difference/${d.kind}`,
      severity: 'info',
      message:
        d.kind === 'added' ? `${d.project}: new in ${d.year}, no change record` : `${d.project}: ${d.kind} “${d.plan}” → “${d.report}”`,
      subject: d.project,
      target: { document: 'report', year: d.year, anchor: `fixed-${d.progress}` },
      details: { year: d.year, plan: d.plan, report: d.report, progress: d.progress },
    };
    if (at) Object.assign(f, { file: at.file, line: at.line, column: at.column });
    return f;
  });
}

/** Every figure that states a number beside a computed one; a difference beyond compute's tolerance is a warning. */
function figureFindings(indicators: Indicators): QualityFinding[] {
  const out: QualityFinding[] = [];
  const add = (subject: string, key: string, f: Figure, percent: boolean, target?: DocumentTarget) => {
    if (typeof f.declared !== 'number' || f.value === null) return;
    const different = differs(f, percent);
    out.push({
      code: 'figure/stated-vs-computed',
      severity: different ? 'warning' : 'info',
      message: `${subject} ${key}: stated ${f.declared}, computed ${Number(f.value.toFixed(2))}`,
      subject,
      ...(target ? { target } : {}),
      details: { key, stated: f.declared, computed: f.value, agrees: !different, missing: f.missing },
    });
  };
  for (const t of indicators.tables) {
    const target: DocumentTarget = { document: 'report', year: t.year, anchor: `indicator-${t.id}-${t.year}` };
    const percent = t.unit === 'percent';
    for (const [k, f] of Object.entries(t.cells)) add(t.id, k, f, percent, target);
    for (const [k, f] of Object.entries(t.rowTotals ?? {})) add(t.id, `row ${k}`, f, percent, target);
    for (const [k, f] of Object.entries(t.columnTotals ?? {})) add(t.id, `column ${k}`, f, percent, target);
    if (t.total) add(t.id, 'total', t.total, percent, target);
    for (const [k, f] of Object.entries(t.extras ?? {})) add(t.id, k, f, k === 'share' || percent, target);
  }
  for (const s of indicators.staffing) {
    s.rows.forEach((r) => {
      add(s.id, `${r.label} total`, r.total, false);
      add(s.id, `${r.label} decreeShare`, r.decreeShare, true);
    });
    for (const [k, f] of Object.entries(s.totals)) add(s.id, k, f, k === 'decreeShare');
  }
  for (const e of indicators.extensionRequests) add(e.id, 'total', e.total, false);
  for (const b of indicators.budgets)
    for (const [k, years] of Object.entries(b.subtotals)) for (const [y, f] of Object.entries(years)) add(b.id, `${k} ${y}`, f, false);
  for (const a of indicators.attendance) add(a.source, 'attendance', a.total, false);
  return out;
}

/** Fields that hold the transcriber's word rather than the source's: they belong to staff, not to the funder. */
const CONTENT_KEYS: Record<string, string> = {
  correction: 'content/correction',
  raw: 'content/as-printed',
  recovery: 'content/reconstruction',
  note: 'content/note',
};

/** The corrections, as-printed texts and reconstruction notes the content records, wherever they sit. */
function contentFindings(ctx: LinkContext): QualityFinding[] {
  const out: QualityFinding[] = [];
  const visit = (doc: AnyValidDocument) =>
    eachField(doc.data, (k, v, path) => {
      if (path.length === 0 && k === 'unavailable') return false; // its own section
      if (k === 'correction' && v !== null && typeof v === 'object') return false; // names its source: the divergences section
      const code = CONTENT_KEYS[k];
      if (code === undefined || typeof v !== 'string') return true;
      const at = doc.locate([...path, k]);
      out.push({
        code,
        severity: 'info',
        message: v,
        file: at.file,
        line: at.line,
        column: at.column,
        subject: doc.data.id,
        target: targetOf(ctx, doc),
        details: { field: [...path, k].join('.') },
      });
      return false;
    });
  for (const doc of allDocuments(ctx)) {
    visit(doc);
    if (doc.kind === 'report') {
      doc.data.declared?.notes?.forEach((note, i) => {
        const at = doc.locate(['declared', 'notes', i]);
        out.push({
          code: 'content/reading-note',
          severity: 'info',
          message: note,
          file: at.file,
          line: at.line,
          column: at.column,
          subject: doc.data.id,
          target: targetOf(ctx, doc),
        });
      });
    }
  }
  return out.sort(byPlace);
}

function unavailableFindings(ctx: LinkContext): QualityFinding[] {
  return ctx.reports
    .flatMap((r) =>
      (r.data.unavailable ?? []).map((u, i) => {
        const at = r.locate(['unavailable', i]);
        const anchor = u.part.startsWith('rgi-') ? `indicator-${u.part}-${r.data.year}` : undefined;
        return {
          code: 'content/unavailable',
          severity: 'info' as const,
          message: u.note,
          file: at.file,
          line: at.line,
          column: at.column,
          subject: u.part,
          target: { document: 'report' as const, year: r.data.year, ...(anchor ? { anchor } : {}) },
          details: { reason: u.reason, source: u.source ?? null },
        };
      }),
    )
    .sort(byPlace);
}

export function qualityReport(input: QualityInput): QualityModel {
  const { context: ctx } = input;
  const byFile = new Map(allDocuments(ctx).map((d) => [d.file, d] as const));
  const sections: QualitySection[] = [
    { id: 'diagnostics', findings: diagnosticFindings(ctx, input.diagnostics, byFile) },
    { id: 'differences', findings: differenceFindings(ctx, input.differences) },
    { id: 'figures', findings: figureFindings(input.indicators) },
    { id: 'corrections', findings: contentFindings(ctx) },
    { id: 'unavailable', findings: unavailableFindings(ctx) },
    { id: 'divergences', findings: divergenceFindings(ctx, (d) => targetOf(ctx, d)) },
  ];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const s of sections) for (const f of s.findings) counts[f.severity]++;
  return { sections, counts };
}
