/** The one diagnostic type every stage produces and every reporter prints. */
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'en' | 'nl';

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
  endLine?: number;
  endColumn?: number;
}

export interface Location extends Position {
  file: string; // POSIX path relative to the content folder
}

export interface RelatedLocation extends Location {
  message: string;
}

/** A diagnostic as the core produces it: a catalogue code plus the facts its message needs. */
export interface RawDiagnostic {
  code: string;
  args: Record<string, unknown>;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  related?: Location[];
}

/** A diagnostic in the user's language, ready for a reporter. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  title: string;
  message: string;
  hint: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  related: RelatedLocation[];
}
