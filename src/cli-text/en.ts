/**
 * The English lines of the command line itself (help, option errors, `plan new`, `plan dev`). This table is the
 * shape: the Dutch one has its type, so a line without a translation does not compile. The diagnostics have their
 * own tables (src/core/diagnostics/messages/), the documents theirs (src/render/labels/).
 */
import { help } from './help-en.js';
import { initEn } from './init.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en = {
  help,
  init: initEn,

  /** commander's own words in every help text, and its errors (rebuilt from its English, see commander.ts). */
  commander: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    commands: 'Commands:',
    globalOptions: 'Global Options:',
    optionsWord: '[options]',
    commandWord: '[command]',
    choices: 'choices',
    default: 'default',
    preset: 'preset',
    env: 'env',
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    version: 'output the version number',
    unknownOption: (flag: string) => `error: unknown option '${flag}'`,
    unknownCommand: (name: string) => `error: unknown command '${name}'`,
    didYouMean: (x: string) => `(Did you mean ${x}?)`,
    didYouMeanOneOf: (xs: string) => `(Did you mean one of ${xs}?)`,
    missingArgument: (name: string) => `error: missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `error: option '${flags}' argument missing`,
    missingMandatoryOption: (flags: string) => `error: required option '${flags}' not specified`,
    invalidChoice: (flags: string, value: string, choices: string) =>
      `error: option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
    invalidArgumentChoice: (value: string, name: string, choices: string) =>
      `error: command-argument value '${value}' is invalid for argument '${name}'. Allowed choices are ${choices}.`,
    option: (flags: string) => `option '${flags}'`,
    envVar: (name: string) => `environment variable '${name}'`,
    conflict: (a: string, b: string) => `error: ${a} cannot be used with ${b}`,
    excessArguments: (command: string | undefined, expected: number, got: number) =>
      `error: too many arguments${command ? ` for '${command}'` : ''}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
  },

  /** The tool cannot run (exit 2): the option values the command line checks itself. */
  tool: {
    jobs: (v: string | undefined) => `--jobs must be a whole number of at least 1, not ${v}`,
    asOf: (v: string) => `--as-of must be a year such as 2022, not ${v}`,
  },

  /** The cache cannot be used (src/run/cache.ts): one line, then the run goes on without it. */
  cache: {
    'not-a-folder': (dir: string, code: string) => `${dir} is not a folder (${code}); going on without the cache.`,
    'no-access': (dir: string, code: string) => `${dir} cannot be read and written (${code}); going on without the cache.`,
    'write-failed': (dir: string, code: string) => `writing to the cache in ${dir} failed (${code}); going on without it.`,
  },

  /** `plan new` and `plan new report`: what they refuse and what they say they wrote. */
  new: {
    giveYear: 'new report: give the year, e.g. `plan new report 2027`',
    giveId: (kind: string) => `new ${kind}: give the id of the new ${kind}, e.g. \`plan new ${kind} my-id\``,
    refused: (command: string, why: string) => `${command}: ${why}; nothing written.`,
    exists: (command: string, file: string) => `${command}: ${file} already exists; nothing written.`,
    outside: (file: string, real: string, folder: string) =>
      `${file} would be written at ${real}, outside ${folder}: a folder on the way is a symbolic link out of it; nothing written.`,
    notRead: (where: string, code: string, message: string) => `${where}: ${message} [${code}] Not read; new goes on without it.`,
    couldNotWrite: (why: string) => `could not write: ${why}`,
    yearDigits: (y: string) => `new report: the year must be four digits, not “${y}”`,
    wroteReport: (dryRun: boolean, year: number, entries: number) =>
      `${dryRun ? 'Would write' : 'Wrote'} the ${year} report and ${entries} progress ${s(entries, 'entry', 'entries')}; ratings, status and measures are not stated yet.`,
    skipped: (n: number) => `Skipped ${n} ${s(n, 'project', 'projects')}:`,
    // The refusals of the scaffolder (src/commands/scaffold.ts).
    what: (kinds: readonly string[]) => kinds.join(' or '),
    needsRef: (flag: string, what: string, examples: string | undefined) =>
      `needs --${flag} <id> naming a ${what}${examples ? ` (for example ${examples})` : ''}`,
    wrongKind: (flag: string, value: string, kind: string, file: string, what: string) =>
      `--${flag} ${value} is a ${kind} (${file}), not a ${what}`,
    unknownRef: (flag: string, what: string, value: string, suggestion: string | undefined) =>
      `--${flag}: no ${what} has the id “${value}”${suggestion ? `. Did you mean “${suggestion}”?` : ''}`,
    notYear: (flag: string, v: string) => `--${flag} must be a year such as 2026, not “${v}”`,
    needsChoice: (flag: string, allowed: readonly string[]) => `needs --${flag} <${allowed.join('|')}>`,
    notOneOf: (flag: string, allowed: readonly string[], v: string) => `--${flag} must be one of ${allowed.join(', ')}, not “${v}”`,
    noReportYear: 'needs --year <year>: there is no report yet to take the year from',
    orderNotNumber: (v: string) => `--order must be a number, not “${v}”`,
    planExists: (file: string) => `there is already a plan: ${file}`,
    needsPeriod: 'needs --period <start-end>, e.g. --period 2026-2030',
    needsTheme: 'needs --theme <id>: the id of the plan’s first theme',
    needsDocument: 'needs --document <id>: the plan, report or source it belongs to',
    strategicNoParent: 'a strategic goal has no --parent',
    parentNotStrategic: (id: string) => `--parent ${id} is not a strategic goal`,
    parentIsSubProject: (id: string) => `--parent ${id} is itself a sub-project`,
    onlySubProjectParent: 'only a sub-project has a --parent',
    noReport: (year: number) => `there is no report for ${year}: write it first with \`plan new report ${year}\``,
    progressExists: (project: string, year: number, file: string) => `${project} already has a progress entry for ${year}: ${file}`,
    budgetNeedsPlan: 'needs a plan first: a budget has one column per plan year',
    useNewReport: 'write a report with `plan new report <year>`',
    unknownKind: (kind: string, suggestion: string | undefined, kinds: readonly string[]) =>
      `there is no kind “${kind}”${suggestion ? ` (did you mean “${suggestion}”?)` : ''}; the kinds are: ${kinds.join(', ')}`,
    notAnId: (id: string) => `“${id}” is not an id: use lower-case letters and digits joined by single hyphens or dots`,
    idTaken: (id: string, file: string) => `the id “${id}” is taken by ${file}`,
    cannotWrite: (kind: string) => `cannot write a ${kind}`,
    // The refusals of `plan new report` and why a project gets no progress entry (src/commands/report-plan.ts).
    noPlan: 'the content has no plan: run `plan init` first',
    outsidePeriod: (year: number, start: number, end: number) => `${year} is outside the plan period ${start}-${end}`,
    reportExists: (year: number, file: string) => `there is already a report for ${year}: ${file}`,
    reportIdTaken: (id: string, year: number, file: string) => `the id “${id}” for the ${year} report is taken by ${file}`,
    entryIdTaken: (id: string, project: string, file: string) => `the id “${id}” for the progress of ${project} is taken by ${file}`,
    skipInternal: 'internal action: the progress report covers strategic and transversal actions and sub-projects',
    skipAdded: (year: number) => `added in ${year}`,
    skipEnded: (year: number) => `ended in ${year}`,
    skipStopped: (year: number, change: string) => `stopped in ${year} (change ${change})`,
    skipMerged: (into: string | undefined, year: number, change: string) =>
      `merged${into ? ` into ${into}` : ''} in ${year} (change ${change})`,
    skipContinued: (id: string) => `continued by ${id}`,
    skipTimingEnds: (end: string) => `its timing ends ${end}`,
    skipTimingStarts: (start: string) => `its timing starts ${start}`,
  },

  /** `plan dev`: its terminal lines, the index page and the error overlay. */
  dev: {
    badPort: (v: string) => `--port must be a port number (0 picks a free one), not ${v}`,
    errors: (n: number, build: number) => `${n} error(s); still serving build ${build}`,
    built: (b: { build: number; ms: number; processed: number; files: number; check: number; render: number; fixed: boolean }) =>
      `build ${b.build} in ${b.ms} ms (${b.processed} of ${b.files} files checked again; check ${b.check} ms, render ${b.render} ms)${b.fixed ? '; errors fixed' : ''}`,
    portMoved: (port: number, taken: number) => `port ${port} was in use; serving on ${taken} instead`,
    portInUse: (port: number) => `port ${port} is in use; trying ${port + 1}`,
    serving: (url: string, dir: string) => `serving ${url} (watching ${dir}/; Ctrl-C stops)`,
    watching: (why: string) => `watching: ${why}`,
    printing: (name: string) => `printing ${name}…`,
    badHost: (host: string, why: string) =>
      `--host ${host} cannot be listened on (${why}); give an address of this machine, e.g. 127.0.0.1`,
    forbiddenHost: 'This preview answers only its own host names (localhost, 127.0.0.1, [::1] or the --host given).',
    badRequest: 'Bad request: the address is not valid (percent-encoding).',
    printed: (name: string, ms: number) => `printed ${name} in ${ms} ms`,
    stopped: 'stopped',
    internalError: 'internal error',
    title: 'planwerk preview',
    notFound: (name: string) => `Not found: ${name}`,
    nothingBuilt: 'No document built yet: fix the errors below.',
    reloads: (build: number) => `Pages reload when the content changes. Build ${build}.`,
    /** The overlay's heading; `{n}` is the number of errors (the page's script fills it in after a rebuild). */
    changesLink: 'Changes since the base: the change list and a redline of each changed document',
    changesTitle: 'Changes since the base',
    noBase: (why: string) => `No base to compare with: ${why}. plan dev --base REF names one.`,
    baseErrors: (base: string, n: number) =>
      `The content at ${base} has ${n} error(s), so it cannot be compared; plan validate on a checkout of it lists them.`,
    overlayOne: '1 error in the content; showing the last good build.',
    overlayMany: '{n} errors in the content; showing the last good build.',
  },
};

export type CliTexts = typeof en;
