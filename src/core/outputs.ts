/**
 * plan outputs: every file a build writes, as one list of planned outputs, checked before anything is written.
 * Two outputs that claim one path, or a file name the file system cannot hold (its name comes from an id in the
 * content), are content problems: diagnostics at the id that named the file, never a crash while writing.
 */
import { diag, type Location, type RawDiagnostic } from './diagnostics/index.js';

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

export function planOutputs(outputs: readonly PlannedOutput[]): { outputs: PlannedOutput[]; diagnostics: RawDiagnostic[] } {
  const diagnostics: RawDiagnostic[] = [];
  const byPath = new Map<string, PlannedOutput>();
  const reportedAt = new Set<string>();
  const kept: PlannedOutput[] = [];
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
