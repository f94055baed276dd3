/**
 * Every line `plan doctor` prints, as one typed table per language (en.ts, nl.ts): a text missing from one
 * language is a compile error. Functions take the facts a line names; code, paths and commands are not translated.
 */
import type { CheckId, Status } from '../types.js';

export interface DoctorTexts {
  heading: (version: string) => string;
  status: Record<Status, string>;
  label: Record<CheckId, string>;
  summary: (problems: number, warnings: number) => string;
  node: { ok: (version: string, min: string) => string; old: (version: string, min: string) => string; fixOld: (min: string) => string };
  planwerk: { ok: (version: string, where: string) => string };
  chromium: {
    ok: (version: string, path: string, source: string) => string;
    notExecutable: (given: string[]) => string;
    notFound: (tried: readonly string[]) => string;
    fixMissing: string;
    fixExplicit: (names: string[]) => string;
    fixTimeout: string;
    ignored: (given: string[], path: string, source: string) => string;
    fixIgnored: (names: string[]) => string;
    failed: (reason: string) => string;
    fixFailed: (path: string) => string;
  };
  fonts: {
    ok: (families: string[], lang: string, locale: string) => string;
    noFontconfig: string;
    fixFontconfig: string;
    brandMissing: (families: string[], lang: string, instead: string | null) => string;
    fixBrand: string;
    none: (families: string[], lang: string) => string;
    fallback: (wanted: string, used: string, lang: string) => string;
    fixInstall: string;
  };
  content: {
    ok: (dir: string, plan: string, locale: string | undefined, files: number) => string;
    notFound: (dir: string) => string;
    notFolder: (dir: string) => string;
    fixNotFound: (dir: string) => string;
    unreadable: (dir: string, reason: string) => string;
    fixUnreadable: (dir: string) => string;
    noPlan: (dir: string, files: number) => string;
    fixNoPlan: (dir: string) => string;
    manyPlans: (dir: string, ids: string[]) => string;
    fixManyPlans: (dir: string) => string;
    errors: (dir: string, plan: string, files: number, errors: number) => string;
    fixErrors: (dir: string) => string;
  };
  cache: {
    ok: (dir: string) => string;
    notYet: (dir: string) => string;
    disabled: (dir: string) => string;
    notFolder: (dir: string) => string;
    fixNotFolder: (dir: string) => string;
    unwritable: (dir: string, reason: string) => string;
    cannotCreate: (dir: string, parent: string, reason: string) => string;
    fixUnwritable: (dir: string) => string;
  };
  git: {
    ok: (version: string, repository: string) => string;
    missing: string;
    fixMissing: string;
    noRepository: (version: string, root: string) => string;
    fixNoRepository: (root: string) => string;
  };
  editor: {
    ok: (schemas: number, extension: string) => string;
    noSettings: string;
    badSettings: (reason: string) => string;
    noSchemas: string;
    fixSettings: (schema: string, glob: string) => string;
    missingSchemas: (paths: string[]) => string;
    fixMissingSchemas: (dir: string) => string;
    noExtension: (extension: string) => string;
    fixExtension: (extension: string) => string;
  };
}

/** A `plan` command line for the content folder the user named (`-c` only when it is not the default). */
export const planCommand = (command: string, dir: string): string => `\`plan ${command}${dir === 'content' ? '' : ` -c ${dir}`}\``;

/** “a, b and c” / “a, b en c”. */
export const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
