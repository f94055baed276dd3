/** The printer's jobs, results, progress events and options (print.ts). */
import type { ContentsNumbers } from './toc.js';

export interface PdfJob {
  /** File name of the PDF, e.g. mjp-2021-2025.pdf. */
  name: string;
  html: string;
  /**
   * The contents' page numbers of an earlier print of this document (same browser and fonts), tried first: when
   * the headings land on them, one pass prints the document (see `print`).
   */
  seed?: ContentsNumbers;
}

export interface PdfResult {
  name: string;
  pdf: Uint8Array;
  pages: number;
  passes: number;
  /** Milliseconds: loading and preparing the page, each pass (print + read), the reading part of each, post-processing. */
  timings: { load: number; passes: number[]; reads: number[]; finish: number };
  /** Requests the page tried and was refused (should be none). */
  blocked: string[];
  /** Contents entries whose heading has no destination in the PDF (printed without a number). */
  missing: string[];
  /** The page numbers printed in the contents: the next print's seed. */
  contents: ContentsNumbers;
  /** The seed was printed first (`settled`: and the headings landed on it), or not used (`none`). */
  seeded: 'none' | 'settled' | 'moved';
}

export type ProgressEvent =
  | { kind: 'browser'; ms: number; executable: string }
  | { kind: 'load'; name: string; ms: number }
  /** `seeded`: this pass printed an earlier print's numbers; `final`: tagged, its numbers checked (`settled`). */
  | { kind: 'pass'; name: string; pass: number; pages: number; ms: number; settled: boolean; final: boolean; seeded: boolean }
  | { kind: 'done'; name: string; pages: number; passes: number; ms: number };

export interface PrinterOptions {
  executablePath: string;
  /** Base seconds per step (default DEFAULT_TIMEOUT_S, print.ts); scaled by the size of each document. */
  timeoutSeconds?: number;
  /** Seconds to wait for the browser to start (default: timeoutSeconds). */
  launchTimeoutSeconds?: number;
  /** Passes before giving up on the contents' page numbers (default MAX_PASSES, print.ts). */
  maxPasses?: number;
  progress?: (event: ProgressEvent) => void;
  /** SOURCE_DATE_EPOCH in seconds: the PDF's dates, so that two prints of one document are byte-identical. */
  sourceDateEpoch?: number;
}
