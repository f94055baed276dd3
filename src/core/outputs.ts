/**
 * plan outputs: every file a build writes, as one list of planned outputs, checked before anything is written.
 * Two outputs that claim one path, or a file name the file system cannot hold (its name comes from an id in the
 * content), are content problems: diagnostics at the id that named the file, never a crash while writing.
 */
import { diag, type Location, type RawDiagnostic } from './diagnostics/index.js';
import type { LinkContext } from './link/model.js';
import { placedParts } from './parts.js';
import { PLAN_PARTS } from './schema/kinds.js';

/** What an output is: a document (HTML), its printed PDF, the data export, the output marker, a report for staff. */
export type OutputRole = 'document' | 'pdf' | 'data' | 'marker' | 'report';

/** A PDF is planned before it exists: its contents are the HTML it is printed from. */
export interface PrintFrom {
  printFrom: string;
}

export interface PlannedOutput {
  /** POSIX path relative to the output folder. */
  path: string;
  contents: string | Uint8Array | PrintFrom;
  role: OutputRole;
  /** Where the name comes from (the id in a content file), for diagnostics. */
  at?: Location;
}

/**
 * Bytes per path segment. File systems allow 255 (ext4, APFS, NTFS counts UTF-16 units); a name well below
 * that leaves room for what editors, sync clients and archivers append (`.~lock.…#`, `.crdownload`).
 */
export const MAX_SEGMENT_BYTES = 200;

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** The same file on a case-insensitive file system (macOS, Windows): compare names folded and normalised. */
const fold = (p: string) =>
  p
    .normalize('NFC')
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');

/** Checks names only: an output is anything with a path (and where its name comes from). */
export function planOutputs<T extends Pick<PlannedOutput, 'path' | 'at'>>(
  outputs: readonly T[],
): { outputs: T[]; diagnostics: RawDiagnostic[] } {
  const diagnostics: RawDiagnostic[] = [];
  const byPath = new Map<string, T>();
  const reportedAt = new Set<string>();
  const kept: T[] = [];
  for (const output of outputs) {
    const at = output.at;
    const where = at ? `${at.file}:${at.line}:${at.column}` : output.path;
    const long = output.path.split('/').find((segment) => bytes(segment) > MAX_SEGMENT_BYTES);
    if (long !== undefined) {
      // The HTML and the PDF of one document share the id: one diagnostic for it is enough.
      if (!reportedAt.has(where))
        diagnostics.push(diag('output/name-too-long', { path: output.path, bytes: bytes(long), max: MAX_SEGMENT_BYTES }, at));
      reportedAt.add(where);
      continue;
    }
    const key = fold(output.path);
    const first = byPath.get(key);
    if (first) {
      diagnostics.push(diag('output/path-conflict', { path: output.path, other: first.path }, at, first.at ? [first.at] : []));
      continue;
    }
    byPath.set(key, output);
    kept.push(output);
  }
  return { outputs: kept, diagnostics };
}

/**
 * Parts drawn from other sources than the plan (regions and municipalities, the area statistics, the priority
 * note): they go to a document of their own, “Context en bronnen”, unless a plan chapter introduces them.
 */
export const CONTEXT_PARTS: readonly (typeof PLAN_PARTS)[number][] = ['places', 'statistics', 'priorities'];
export const CONTEXT_FILE = 'context.html';
/** The staff quality report, named in the documents' language. */
export const QUALITY_FILE: Record<'nl-BE' | 'en', string> = { 'nl-BE': 'kwaliteitsrapport.html', en: 'quality-report.html' };

/** The documents' file names: the plan and each report by its id, and the context document when it has parts. */
export function documentFiles(context: LinkContext): { plan: string; reports: Map<number, string>; context?: string } {
  const plan = context.plan;
  const introduced = new Set(
    context.chapters.filter((c) => c.data.document === plan?.data.id).flatMap((c) => placedParts(c.data, PLAN_PARTS)),
  );
  const withContext = plan !== undefined && CONTEXT_PARTS.some((p) => !introduced.has(p));
  return {
    plan: `${plan?.data.id ?? 'plan'}.html`,
    reports: new Map(context.reports.map((r) => [r.data.year, `${r.data.id}.html`])),
    ...(withContext ? { context: CONTEXT_FILE } : {}),
  };
}

/**
 * The HTML documents a build writes, known from the content without rendering: each with the id that names it.
 * `plan validate` checks these names (the link rule output-names); a build checks them with its own options too.
 */
export function documentOutputs(context: LinkContext, locale: 'nl-BE' | 'en'): { path: string; at?: Location }[] {
  const files = documentFiles(context);
  const plan = context.plan;
  const out: { path: string; at?: Location }[] = plan ? [{ path: files.plan, at: plan.locate(['id']) }] : [];
  if (files.context) out.push({ path: files.context });
  const named = new Set<string>();
  for (const r of context.reports) {
    const file = files.reports.get(r.data.year);
    // Two reports of one year share a file (the year's): the first names it, as the build renders it once.
    if (file === undefined || named.has(file)) continue;
    named.add(file);
    out.push({ path: file, at: r.locate(['id']) });
  }
  out.push({ path: QUALITY_FILE[locale] });
  return out;
}
