/**
 * commander in the user's language: the words of its help (titles, usage, choices and defaults, the help and
 * version options) and its errors. commander builds an error's text before any hook sees it, so each error is
 * read back from its English wording (fixed: commander is pinned) and said again from the table; a text these
 * patterns do not know is printed as commander wrote it.
 */
import { type Argument, type Command, Help, type Option } from 'commander';
import type { CliTexts } from './en.js';

type Words = CliTexts['commander'];

/** commander's suggestion line, after an unknown option or command. */
const SUGGESTION = /\n\(Did you mean (one of )?(.+)\?\)$/;

const ERRORS: [RegExp, (w: Words, m: string[]) => string][] = [
  [/^error: unknown option '(.+)'$/, (w, m) => w.unknownOption(m[1]!)],
  [/^error: unknown command '(.+)'$/, (w, m) => w.unknownCommand(m[1]!)],
  [/^error: missing required argument '(.+)'$/, (w, m) => w.missingArgument(m[1]!)],
  [/^error: option '(.+)' argument missing$/, (w, m) => w.optionMissingArgument(m[1]!)],
  [/^error: required option '(.+)' not specified$/, (w, m) => w.missingMandatoryOption(m[1]!)],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s, (w, m) => w.invalidChoice(m[1]!, m[2]!, m[3]!)],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.*)\.$/s,
    (w, m) => w.invalidArgumentChoice(m[1]!, m[2]!, m[3]!),
  ],
  [
    /^error: (option|environment variable) '(.+)' cannot be used with (option|environment variable) '(.+)'$/,
    (w, m) => w.conflict(party(w, m[1]!, m[2]!), party(w, m[3]!, m[4]!)),
  ],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (w, m) => w.excessArguments(m[1], Number(m[2]), Number(m[3])),
  ],
];

const party = (w: Words, what: string, name: string) => (what === 'option' ? w.option(name) : w.envVar(name));

/** One commander error (without its line end) in the table's language. */
export function translateCommanderError(message: string, w: Words): string {
  const suggestion = SUGGESTION.exec(message);
  const head = suggestion ? message.slice(0, suggestion.index) : message;
  for (const [pattern, say] of ERRORS) {
    const m = pattern.exec(head);
    if (!m) continue;
    const hint = suggestion ? `\n${suggestion[1] ? w.didYouMeanOneOf(suggestion[2]!) : w.didYouMean(suggestion[2]!)}` : '';
    return say(w, [...m]) + hint;
  }
  return message;
}

const base = new Help();

/** The option or argument's description with commander's extras (choices, default, …) in the table's words. */
function described(description: string, extras: [string, unknown][]): string {
  const shown = extras.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`);
  if (shown.length === 0) return description;
  return description ? `${description} (${shown.join(', ')})` : `(${shown.join(', ')})`;
}

const choices = (xs: readonly string[] | undefined) => xs?.map((c) => JSON.stringify(c)).join(', ');

/**
 * Set up `program` (before its subcommands are added: they inherit this) to speak `t`'s language in help and
 * errors. Call it after configureOutput's writers are set.
 */
export function localizeCommander(program: Command, t: CliTexts): Command {
  const w = t.commander;
  const titles: Record<string, string> = {
    'Usage:': w.usage,
    'Arguments:': w.arguments,
    'Options:': w.options,
    'Commands:': w.commands,
    'Global Options:': w.globalOptions,
  };
  const words = (s: string) =>
    s
      .split(' ')
      .map((x) => (x === '[options]' ? w.optionsWord : x === '[command]' ? w.commandWord : x))
      .join(' ');
  program.configureHelp({
    styleTitle: (title) => titles[title] ?? title,
    styleUsage: (usage) => words(usage),
    subcommandTerm: (cmd: Command) => words(base.subcommandTerm(cmd)),
    // commander shows a default only for options that take a value, or for a boolean default on a boolean option.
    optionDescription: (o: Option) => {
      const showDefault = o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean');
      const dflt = o.defaultValue !== undefined && showDefault ? o.defaultValueDescription || JSON.stringify(o.defaultValue) : undefined;
      return described(o.description, [
        [w.choices, choices(o.argChoices)],
        [w.default, dflt],
        [w.preset, o.presetArg !== undefined && o.optional ? JSON.stringify(o.presetArg) : undefined],
        [w.env, o.envVar],
      ]);
    },
    argumentDescription: (a: Argument) =>
      described(a.description, [
        [w.choices, choices(a.argChoices)],
        [w.default, a.defaultValue !== undefined ? a.defaultValueDescription || JSON.stringify(a.defaultValue) : undefined],
      ]),
  });
  program.helpOption('-h, --help', w.helpOption);
  program.helpCommand('help [command]', w.helpCommand);
  program.configureOutput({
    outputError: (s, write) => write(`${translateCommanderError(s.replace(/\n$/, ''), w)}\n`),
  });
  return program;
}
