/**
 * The outputs do not depend on the machine: the same content gives the same bytes of HTML and JSON whatever the
 * locale (LANG, LC_ALL), the terminal's language (PLANWERK_LANG, --lang) and the time zone. The quality report
 * is in the documents' language (the plan's locale, or --locale); data.json and plan export in English. Through
 * the real CLI, with content that has a finding, so there is a phrased diagnostic to change language.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

// 22:13 UTC on 14 November 2023: already 15 November in Kiritimati (UTC+14), so a local date would show.
const EPOCH = '1700000000';
let dir: string;

/** Every file of an output folder but the marker (it records the same files' hashes), as bytes. */
async function outputs(out: string): Promise<Map<string, string>> {
  const names = (await readdir(path.join(dir, out))).filter((n) => n !== '.planwerk-output').sort();
  return new Map(await Promise.all(names.map(async (n) => [n, (await readFile(path.join(dir, out, n))).toString('base64')] as const)));
}

async function build(out: string, env: Record<string, string>, args: string[] = []): Promise<Map<string, string>> {
  const r = await runCli(['build', '--format', 'html', '--no-cache', '--out', out, ...args], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: EPOCH, ...env },
  });
  expect(r.code, r.stderr).toBe(0);
  return outputs(out);
}

beforeAll(async () => {
  dir = await tempDir('planwerk-machine-');
  await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
  // A finding: a title still to be written (link/placeholder), phrased differently in Dutch and English.
  const goal = path.join(dir, 'content', 'goals', 'od-wonen.md');
  await writeFile(goal, (await readFile(goal, 'utf8')).replace('title: Betaalbaar wonen', 'title: TODO'));
});

describe('the same content gives the same bytes on every machine', () => {
  const machines: [name: string, env: Record<string, string>, args?: string[]][] = [
    ['LANG=nl_BE.UTF-8', { LANG: 'nl_BE.UTF-8' }],
    ['LC_ALL=nl_BE.UTF-8, PLANWERK_LANG=nl', { LC_ALL: 'nl_BE.UTF-8', PLANWERK_LANG: 'nl' }],
    ['TZ=UTC', { TZ: 'UTC' }],
    ['TZ=Pacific/Kiritimati, LANG=nl_BE.UTF-8', { TZ: 'Pacific/Kiritimati', LANG: 'nl_BE.UTF-8' }],
    ['--lang nl', {}, ['--lang', 'nl']],
  ];
  let reference: Map<string, string>;
  beforeAll(async () => {
    reference = await build('ref', { LANG: 'C', TZ: 'UTC' });
  }, 60_000);

  test('the reference build has the documents, the quality report and data.json', () => {
    expect([...reference.keys()]).toEqual(['context.html', 'data.json', 'kwaliteitsrapport.html', 'plan.html', 'vr-2021.html']);
  });

  test.each(machines)('%s: byte-identical HTML and JSON', async (_name, env, args) => {
    const out = `out-${machines.findIndex((m) => m[0] === _name)}`;
    const got = await build(out, env, args);
    expect([...got.keys()]).toEqual([...reference.keys()]);
    for (const [name, bytes] of reference) expect(got.get(name) === bytes, `${name} differs from LANG=C TZ=UTC`).toBe(true);
  });
});

describe('which language each output speaks', () => {
  const text = (out: string, name: string) => readFile(path.join(dir, out, name), 'utf8');

  test('the quality report follows the documents (Dutch plan), data.json is English, under an English terminal', async () => {
    await build('lang-c', { LANG: 'C' });
    expect(await text('lang-c', 'kwaliteitsrapport.html')).toContain('bevat nog de plaatshouder');
    const data = JSON.parse(await text('lang-c', 'data.json'));
    const finding = data.diagnostics.find((d: { code: string }) => d.code === 'link/placeholder');
    expect(finding.message).toContain('still holds the placeholder');
  });

  test('--locale en: the quality report in English; the terminal stays Dutch', async () => {
    const r = await runCli(['build', '--format', 'html', '--no-cache', '--out', 'lang-en', '--locale', 'en'], {
      cwd: dir,
      env: { SOURCE_DATE_EPOCH: EPOCH, LANG: 'nl_BE.UTF-8' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('bevat nog de plaatshouder'); // the terminal's language, for the person at it
    const report = await text('lang-en', 'quality-report.html');
    expect(report).toContain('still holds the placeholder');
    expect(report).not.toContain('plaatshouder');
  });

  test('plan export is English under a Dutch terminal, the same bytes as data.json', async () => {
    const r = await runCli(['export'], { cwd: dir, env: { LANG: 'nl_BE.UTF-8', PLANWERK_LANG: 'nl' } });
    expect(r.stdout).toContain('still holds the placeholder');
    expect(r.stdout).toBe(await text('lang-c', 'data.json'));
  });
});
