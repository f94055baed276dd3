/** The one diagnostic type every stage produces and every reporter prints. */
import type { ArgsOf, Code } from './catalogue.js';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'en' | 'nl';

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
  endLine?: number;
  endColumn?: number;
}

export interface Location extends Position {
  file: string; // POSIX path relative to the working folder, e.g. content/goals/od-wonen.md
}

export interface RelatedLocation extends Location {
  message: string;
}

interface Where {
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * A diagnostic as the core produces it: a catalogue code plus the facts its message needs, typed per code
 * (narrow on `code` to read `args`). Plain data: it crosses worker boundaries and is phrased later.
 */
export type RawDiagnostic<C extends Code = Code> = C extends Code ? Where & { code: C; args: ArgsOf<C>; related?: Location[] } : never;

/** A diagnostic in the user's language, ready for a reporter; `args` are the facts it was phrased from. */
export interface Diagnostic extends Where {
  code: Code;
  severity: Severity;
  title: string;
  message: string;
  hint: string;
  /** The structured facts of the message, as the catalogue types them for this code. */
  args: Readonly<Record<string, unknown>>;
  /** The likely intended value (“did you mean”), when there is one. */
  suggestion?: string;
  /** Where the code is documented, relative to the project root (docs/diagnostics.md#anchor). */
  docsUrl: string;
  related: RelatedLocation[];
}
