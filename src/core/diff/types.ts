/**
 * What `plan diff` finds between two versions of the content, as plain data (like diagnostics): the documents'
 * entities added, removed or changed field by field, the computed figures that moved with the inputs that moved
 * them, and the chapters each document gained, lost or moved. Phrased for people by text.ts, in either language.
 */
import type { Location } from '../diagnostics/index.js';
import type { PathSegment } from '../parse.js';

/** One step of a field's path as people read it: a field by its name, or a list item by its key (or number). */
export type Shown = { field: string } | { item: string };

export interface FieldChange {
  /** The data path in the document (`['body']` for the Markdown text): the head's indices, the base's for what went. */
  path: PathSegment[];
  shown: Shown[];
  /** Absent (undefined) when the field is new, or gone. */
  before?: unknown;
  after?: unknown;
  /** Where the field is: at the head; at the base when it was removed. */
  at: Location;
}

export interface EntityChange {
  change: 'added' | 'removed' | 'changed';
  /** The document kind (at the head; at the base when removed). */
  kind: string;
  id: string;
  /** Its title (or label, or project and year) as the head has it; the base's when removed. */
  title: string;
  /** The document at the head; at the base when removed. */
  at: Location;
  /** Field by field, for changed entities (and a kind that changed); empty for added and removed ones. */
  fields: FieldChange[];
  /** The redline of the document that shows it (`plan.redline.html#goal-x`), when the run could match one. */
  redline?: string;
}

/** Which computed figure: where it is printed, as data (text.ts phrases it). */
export type FigureRef =
  | {
      source: 'indicator';
      table: string;
      number: string;
      year: number;
      cell: 'cell' | 'row-total' | 'column-total' | 'total' | 'extra';
      row?: string;
      column?: string;
      name?: string;
    }
  | { source: 'budget'; id: string; subtotal: string; year: string }
  | { source: 'staffing'; id: string; row?: string; measure: string }
  | { source: 'extension-request'; id: string }
  | { source: 'attendance'; id: string };

/** An entity change that feeds a figure, with the fields that moved it. */
export interface FigureInput {
  kind: string;
  id: string;
  fields: Shown[][];
  at: Location;
}

export interface FigureChange {
  /** Stable key (sorting, matching): e.g. `indicator/2021/rgi-2.2/cell/wonen|`. */
  key: string;
  ref: FigureRef;
  /** null: not reported (or not there). */
  before: number | null;
  after: number | null;
  inputs: FigureInput[];
  /** The first input's place, or the document that states the table. */
  at?: Location;
  redline?: string;
}

/** A chapter a document gained, lost or moved (its retitling is an entity change). */
export interface StructureChange {
  /** The plan or report id the chapter belongs to. */
  document: string;
  chapter: string;
  title: string;
  change: 'added' | 'removed' | 'moved';
  /** Position among the document's chapters, 1-based: before (moved, removed) and after (moved, added). */
  from?: number;
  to?: number;
  at: Location;
  redline?: string;
}

export interface ModelDiff {
  entities: EntityChange[];
  figures: FigureChange[];
  structure: StructureChange[];
}

/** One document output (plan.html …) compared byte for byte, and its redline when it changed. */
export interface DocumentChange {
  path: string;
  title: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  /** The redline's file in the --out folder. */
  redline?: string;
}

export const isEmpty = (d: ModelDiff): boolean => d.entities.length === 0 && d.figures.length === 0 && d.structure.length === 0;

/** What plan diff reports: the base compared with, each document output, and the model diff. */
export interface DiffReport {
  base: { ref: string; commit: string };
  /** The documents' locale: the change list prints numbers and dates as they do. */
  locale: 'nl-BE' | 'en';
  documents: DocumentChange[];
  model: ModelDiff;
}
