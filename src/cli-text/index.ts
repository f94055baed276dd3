/**
 * The language of every line the command line prints, and the lines themselves. One rule decides the language:
 * `--lang`, else PLANWERK_LANG, else the locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them):
 * Dutch when it starts with `nl`, English otherwise. Nothing else (no clock, no system call) takes part.
 */
import type { Lang } from '../core/diagnostics/types.js';
import { type CliTexts, en } from './en.js';
import { nl } from './nl.js';

export type { HelpTexts } from './help-en.js';
export type { CliTexts };

const TEXTS: Record<Lang, CliTexts> = { en, nl };

/** The lines of the command line in `lang`. */
export const texts = (lang: Lang): CliTexts => TEXTS[lang];

const LANGS: readonly string[] = ['en', 'nl'];

/** The language the environment asks for: the first of PLANWERK_LANG, LC_ALL, LC_MESSAGES, LANG that is set. */
export function envLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = [env.PLANWERK_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^nl/i.test(value) ? 'nl' : 'en';
}

/**
 * The language of a run, known before commander parses (help texts and option errors need it): the last valid
 * `--lang X` or `--lang=X` before `--`, else the environment's. An invalid value is commander's to report.
 */
export function cliLang(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let found: Lang | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? args[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && LANGS.includes(value)) found = value as Lang;
  }
  return found ?? envLang(env);
}
