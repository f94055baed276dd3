/**
 * `plan doctor`: what each check finds and what the composition needs. A check returns facts (for the JSON
 * reporter) and texts that are looked up in the language's table only when printed, so every check speaks both
 * languages and none of them knows which one is asked for.
 */
import type { Lang } from '../core/diagnostics/types.js';
import type { ContentOptions, RunIo } from '../run/types.js';
import type { DoctorTexts } from './texts/types.js';

export type Status = 'ok' | 'warning' | 'problem';

/** The checks, in the order they are printed. The ids are stable: the JSON reporter's `checks[].id`. */
export const CHECK_IDS = ['node', 'planwerk', 'chromium', 'fonts', 'content', 'cache', 'git', 'editor'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** A text in the reader's language, picked from the table when printed. */
export type Said = (t: DoctorTexts) => string;

export type Fact = string | number | boolean | null;

export interface Finding {
  id: CheckId;
  status: Status;
  /** What was found (and why it matters when not ok). */
  message: Said;
  /** What to do; given whenever the status is not ok. */
  fix?: Said;
  /** Machine-readable: what the JSON reporter prints beside the texts. */
  facts: Record<string, Fact>;
}

export interface DoctorOptions {
  /** The content folder, read and compiled as `plan validate` does (its cache options included). */
  content: ContentOptions;
  /** The content folder as the user wrote it (`content`), for messages. */
  contentShown: string;
  /** The folder the cache lives under (the working folder). */
  cwd: string;
  lang: Lang;
  reporter: 'pretty' | 'json';
  color: boolean;
  /**
   * The environment, read once by the CLI: PUPPETEER_EXECUTABLE_PATH, CHROME_PATH and PLANWERK_PDF_TIMEOUT for
   * the browser; the rest (PATH, FONTCONFIG_*, HOME) for the programs doctor runs (fc-list, git).
   */
  env: NodeJS.ProcessEnv;
}

export type DoctorIo = RunIo;
