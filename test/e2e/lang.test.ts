/**
 * The user's language on every line the command line prints: help, commander's errors, `plan new`, `plan dev`.
 * `--lang` wins, then PLANWERK_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG); English otherwise.
 */
import { spawn } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, FIXTURES, runCli, tempDir } from '../helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('help', () => {
  test('plan --help speaks Dutch with --lang nl, PLANWERK_LANG=nl or a Dutch locale, English by default', async () => {
    const en = await runCli(['--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: plan \[options\] \[command\]\n/);
    expect(en.stdout).toContain('display help for command');
    const nl = await runCli(['--help', '--lang', 'nl']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^Gebruik: plan \[opties\] \[opdracht\]\n/);
    expect(nl.stdout).toContain('\nOpdrachten:\n');
    expect(nl.stdout).toContain('toon de hulp bij een opdracht');
    expect(nl.stdout).toContain('controleer alle inhoud');
    expect(nl.stdout).not.toMatch(/Usage|Options|Commands|display help/);
    expect((await runCli(['--help'], { env: { PLANWERK_LANG: 'nl' } })).stdout).toBe(nl.stdout);
    expect((await runCli(['--help'], { env: { LANG: 'nl_BE.UTF-8' } })).stdout).toBe(nl.stdout);
    // LC_ALL comes before LANG, as POSIX orders them; PLANWERK_LANG before both.
    expect((await runCli(['--help'], { env: { LANG: 'nl_BE.UTF-8', LC_ALL: 'C' } })).stdout).toBe(en.stdout);
    expect((await runCli(['--help'], { env: { LC_MESSAGES: 'nl_NL.UTF-8' } })).stdout).toBe(nl.stdout);
    expect((await runCli(['--help'], { env: { LC_ALL: 'nl_BE.UTF-8', PLANWERK_LANG: 'en' } })).stdout).toBe(en.stdout);
  });

  test('plan validate --help: every option described in Dutch, commander’s words too', async () => {
    const en = await runCli(['validate', '--help']);
    expect(en.stdout).toContain('-r, --reporter <name>  output format');
    expect(en.stdout).toContain('(default: "content")');
    const nl = await runCli(['validate', '--help', '--lang=nl']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^Gebruik: plan validate \[opties\]\n/);
    expect(nl.stdout).toContain('map met de inhoud (standaard: "content")');
    expect(nl.stdout).toMatch(/keuzes: "github", "json", "pretty", "sarif",\s+standaard: "pretty"/);
    expect(nl.stdout).toContain('alleen fouten melden');
    expect(nl.stdout).not.toMatch(/Usage|Options|default:|choices:|report errors only/);
    expect((await runCli(['validate', '--help'], { env: { PLANWERK_LANG: 'nl' } })).stdout).toBe(nl.stdout);
    // After `--` nothing is an option: the language comes from the environment.
    expect((await runCli(['new', '--help', '--', '--lang', 'nl'])).stdout).toContain('Usage: plan new');
  });
});

describe('commander’s errors', () => {
  test('an unknown option and an invalid --reporter are refused in Dutch with --lang nl (exit 2)', async () => {
    const unknown = await runCli(['validate', '--lang', 'nl', '--bogus'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^fout: onbekende optie '--bogus'\n/);
    expect(unknown.stderr).toContain('Gebruik: plan validate [opties]');
    const choice = await runCli(['validate', '--reporter', 'xml', '--lang', 'nl'], { cwd: dir });
    expect(choice.code).toBe(2);
    expect(choice.stderr).toMatch(
      /^fout: 'xml' is geen geldige waarde voor de optie '-r, --reporter <name>'\. Mogelijke keuzes: github, json, pretty, sarif\.\n/,
    );
    const command = await runCli(['valdate'], { cwd: dir, env: { PLANWERK_LANG: 'nl' } });
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^fout: onbekende opdracht 'valdate'\n\(Bedoelde je validate\?\)\n/);
    // English stays commander's own wording.
    const en = await runCli(['validate', '--reporter', 'xml'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      /^error: option '-r, --reporter <name>' argument 'xml' is invalid\. Allowed choices are github, json, pretty, sarif\.\n/,
    );
  });

  test('the command line’s own refusals follow the language too', async () => {
    const jobs = await runCli(['validate', '--jobs', '0', '--lang', 'nl'], { cwd: dir });
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toBe('plan: --jobs moet een geheel getal van minstens 1 zijn, niet 0\n');
  });
});

describe('plan new', () => {
  test('its lines and refusals speak Dutch with --lang nl or PLANWERK_LANG=nl', async () => {
    const report = await runCli(['new', 'report', '2024', '--dry-run', '--lang', 'nl'], { cwd: dir });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^Zou schrijven: het rapport 2024 en \d+ voortgangsrapporteringen; scores, status en metingen/m);
    const refused = await runCli(['new', 'goal', 'od-nieuw', '--parent', 'od-wonnen'], { cwd: dir, env: { PLANWERK_LANG: 'nl' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'plan: new goal: --parent: geen enkele doelstelling heeft de id “od-wonnen”. Bedoelde je “od-wonen”?; niets geschreven.\n',
    );
    const en = await runCli(['new', 'goal', 'od-nieuw', '--parent', 'od-wonnen'], { cwd: dir });
    expect(en.stderr).toBe('plan: new goal: --parent: no goal has the id “od-wonnen”. Did you mean “od-wonen”?; nothing written.\n');
  });
});

describe('plan dev', () => {
  test('its terminal lines, index page and error overlay speak Dutch with --lang nl', async () => {
    const broken = await tempDir();
    await cp(path.join(dir, 'content'), path.join(broken, 'content'), { recursive: true });
    // One broken reference: the first build fails, so the index page shows the overlay and no document.
    const file = path.join(broken, 'content/actions/a-huur.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('- id: od-wonen', '- id: od-wonnen'));
    const child = spawn(process.execPath, [BIN, 'dev', '--lang', 'nl', '--port', '0'], {
      cwd: broken,
      env: { PATH: process.env.PATH ?? '', LANG: 'C', NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /^plan dev: toont (http:\/\/\S+) \(volgt content\/; Ctrl-C stopt\)$/m.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`plan dev exited: ${stderr}`)));
    });
    const page = await (await fetch(url)).text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('<title>planwerk-voorbeeld</title>');
    expect(page).toContain('Nog geen document gebouwd: los de fouten hieronder op.');
    expect(page).toContain('<p>1 fout in de inhoud; je ziet de laatste goede build.</p>');
    expect(page).toContain('"{n} fouten in de inhoud; je ziet de laatste goede build."'); // the client's text after a rebuild
    expect(stderr).toContain('plan dev: 1 fout; toont nog altijd build 0\n');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/plan dev: gestopt\n$/);
    await rm(broken, { recursive: true, force: true });
  });
});
