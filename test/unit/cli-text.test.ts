/** The command line's language rule and commander's errors read back and said again in the table's language. */
import { describe, expect, test } from 'vitest';
import { translateCommanderError } from '../../src/cli-text/commander.js';
import { cliLang, envLang, texts } from '../../src/cli-text/index.js';

describe('the language of a run', () => {
  test('--lang wins (the last valid one before --), then PLANWERK_LANG, LC_ALL, LC_MESSAGES, LANG', () => {
    expect(cliLang(['node', 'plan', 'validate', '--lang', 'nl'], {})).toBe('nl');
    expect(cliLang(['validate', '--lang=nl'], { PLANWERK_LANG: 'en' })).toBe('nl');
    expect(cliLang(['validate', '--lang', 'nl', '--lang', 'en'], {})).toBe('en');
    expect(cliLang(['validate', '--lang', 'de'], { LANG: 'nl_BE.UTF-8' })).toBe('nl'); // commander refuses “de”, in Dutch
    expect(cliLang(['new', '--', '--lang', 'nl'], {})).toBe('en');
    expect(envLang({ PLANWERK_LANG: 'nl-BE', LANG: 'C' })).toBe('nl');
    expect(envLang({ LC_ALL: 'C.UTF-8', LANG: 'nl_BE.UTF-8' })).toBe('en');
    expect(envLang({ LC_ALL: '', LC_MESSAGES: 'nl_NL', LANG: 'en_GB' })).toBe('nl');
    expect(envLang({ LANG: 'nl_BE.UTF-8' })).toBe('nl');
    expect(envLang({})).toBe('en');
  });
});

describe('commander’s errors', () => {
  // Each as commander 14 writes it; English must come back unchanged (the patterns read them right).
  const samples = [
    "error: unknown option '--bogus'",
    "error: unknown option '--verbos'\n(Did you mean --verbose?)",
    "error: unknown command 'valdate'\n(Did you mean validate?)",
    "error: unknown command 'x'\n(Did you mean one of dev, new?)",
    "error: missing required argument 'kind'",
    "error: option '--base <ref>' argument missing",
    "error: required option '--x <y>' not specified",
    "error: option '-r, --reporter <name>' argument 'xml' is invalid. Allowed choices are github, json, pretty, sarif.",
    "error: command-argument value 'q' is invalid for argument 'kind'. Allowed choices are a, b.",
    "error: option '-q, --quiet' cannot be used with option '--strict'",
    "error: option '-q, --quiet' cannot be used with environment variable 'STRICT'",
    "error: too many arguments for 'new'. Expected 2 arguments but got 3.",
    'error: too many arguments. Expected 1 argument but got 2.',
  ];

  test('English is commander’s own wording; Dutch says each one again', () => {
    for (const m of samples) {
      expect(translateCommanderError(m, texts('en').commander)).toBe(m);
      const nl = translateCommanderError(m, texts('nl').commander);
      expect(nl).toMatch(/^fout: /);
      expect(nl).not.toMatch(/error|Did you mean|Allowed|cannot be used/);
    }
    expect(translateCommanderError(samples[1]!, texts('nl').commander)).toBe("fout: onbekende optie '--verbos'\n(Bedoelde je --verbose?)");
  });

  test('a text the patterns do not know is printed as commander wrote it', () => {
    expect(translateCommanderError('error: something new', texts('nl').commander)).toBe('error: something new');
  });
});
