/**
 * What the composition root (src/run/) takes: the streams it may print to, and options that the CLI resolved
 * from flags and the environment once. Nothing below the CLI reads process.env, process.argv or signals.
 */
import type { Diagnostic, Lang } from '../core/diagnostics/index.js';
import type { SourceFile } from '../core/parse.js';
import type { CompileResult } from '../core/pipeline.js';
import type { Cache, CacheOptions } from '../io/cache.js';
import type { Brand } from '../render/branding.js';
import type { ReportInput } from '../reporters/types.js';
import type { FileRecord } from './file-record.js';

export interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
}

/** The process as the CLI sees it (bin/plan.js passes the real one; tests pass their own). */
export interface Io {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: Stream;
  stderr: Stream;
}

import type { SelectOptions } from './select.js';

/** What the root may touch of the process: where it runs and where it prints. No environment. */
export type RunIo = Omit<Io, 'env'>;

/** The tool could not run (bad flags, unreadable or unwritable folders): one line, exit 2, no stack. */
export class ToolError extends Error {}

/** GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA, read once by the CLI: the github reporter links to the files at the commit. */
export type CiEnv = NonNullable<ReportInput['env']>;

/** Where the content is and how to read and check it. */
export interface ContentOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Language of diagnostics. */
  lang: Lang;
  /** Threads for parsing and validation (1: none). */
  threads: number;
  /** From how many files worker threads are used (PLANWERK_PARALLEL_THRESHOLD). */
  parallelThreshold?: number;
  /** The on-disk cache (src/io/cache.ts); undefined or no dir: none. `stats`: print hits and misses. */
  cache?: CacheOptions & { stats: boolean };
}

/** Content read and checked: what reporting needs (plan validate), without the linked model. */
export interface Checked {
  sources: SourceFile[];
  result: Pick<CompileResult, 'diagnostics' | 'files'>;
  /** Localized, sorted. */
  diagnostics: Diagnostic[];
  language: Lang;
  /** Threads that read and checked the files (1 also when every result came from the cache). */
  threads: number;
  /** The caches used so far, by name, for PLANWERK_CACHE_STATS. */
  caches: Record<string, Cache<unknown>>;
}

/** Content read, checked, linked and computed: what building and exporting work from. */
export interface Compiled extends Checked {
  result: CompileResult;
  /** The files the content refers to, as read for the checks: what the documents embed, and their record. */
  brand?: Brand;
  referred: FileRecord;
  /** For a build: the bodies rendered with the files' checks (serialized placeable bodies by their text). */
  bodies?: Map<string, Uint8Array>;
}

export interface BuildOptions extends ContentOptions, SelectOptions {
  /** A reporter for the diagnostics on standard error; by default one line each (all of them when the build fails). */
  reporter: string | undefined;
  /** Absolute output folder, and as the user wrote it (for messages and the list of written files). */
  outDir: string;
  outShown: string;
  ciEnv?: CiEnv;
  /** As given by --locale; undefined: the plan's own. */
  locale: 'nl-BE' | 'nl' | 'en' | undefined;
  format: 'html' | 'all';
  strict: boolean;
  verbose: boolean;
  color: boolean;
  /** `--as-of YEAR`: also write the consolidated plan with every change recorded through that year. */
  asOf: number | undefined;
  /** ISO date shown as the build date (SOURCE_DATE_EPOCH, else today). */
  buildDate: string;
  /** SOURCE_DATE_EPOCH in seconds, when set: PDFs then carry it as their dates and are byte-identical. */
  sourceDateEpoch: number | undefined;
  pdf: {
    /** PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, PLANWERK_PDF_TIMEOUT; HOME (its font folders shape a print). */
    env: Record<string, string | undefined>;
    /** Show which document and pass is printing (a terminal, not CI). */
    progress: boolean;
  };
}

/** 0 clean; 1 content errors (or warnings with --strict). */
export function exitFor(diagnostics: readonly Diagnostic[], strict: boolean): number {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning')) ? 1 : 0;
}
