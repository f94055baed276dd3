/**
 * plan build, end to end: golden HTML for every generated part (on the synthetic organisation), byte-identical
 * output across builds, an untouched output folder after a failing build, and the English locale.
 */
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { elementById, FIXTURES, golden, runCli, tempDir } from '../helpers.js';

const SYNTHETIC = path.join(FIXTURES, 'synthetic');
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
let dir: string;
let out: string;

beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(SYNTHETIC, 'content'), path.join(dir, 'content'), { recursive: true });
  const r = await runCli(['build', '--format', 'html', '--out', 'out'], { cwd: dir, env: EPOCH });
  expect(r.code, r.stderr).toBe(0);
  out = path.join(dir, 'out');
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The outer HTML of the element with this id (sections nest, so count the tags of that name). */

const PARTS: [file: string, id: string, name: string][] = [
  ['plan.html', 'chapter-plan-voorwoord', 'plan-chapter-markdown'],
  ['plan.html', 'doelstellingen', 'plan-goal-tree'],
  ['plan.html', 'overzichtsschema', 'plan-overview-table'],
  ['plan.html', 'acties', 'plan-actions'],
  ['plan.html', 'transversale-acties', 'plan-transversal-actions'],
  ['plan.html', 'tijdlijn', 'plan-timeline'],
  ['context.html', 'gemeenten-en-regios', 'plan-places'],
  ['plan.html', 'personeel', 'plan-staffing'],
  ['plan.html', 'begroting', 'plan-budget'],
  ['context.html', 'prioriteiten', 'plan-priorities'],
  ['context.html', 'cijfers', 'plan-statistics'],
  ['vr-2021.html', 'chapter-vr-2021-evaluatie', 'report-evaluations'],
  ['vr-2021.html', 'chapter-vr-2021-signalen', 'report-signals'],
  ['vr-2021.html', 'chapter-vr-2021-wijzigingen', 'report-changes'],
  ['vr-2021.html', 'chapter-vr-2021-activiteiten', 'report-indicator-in-chapter'],
  ['vr-2021.html', 'indicatoren', 'report-indicators'],
  ['vr-2021.html', 'voortgang', 'report-progress'],
  ['vr-2021.html', 'vaste-gegevens', 'report-fixed-data'],
  ['vr-2021.html', 'partnerships-vr-2021-partnerschappen-lokaal', 'report-partnerships'],
];

describe('golden HTML of every generated part', () => {
  test.each(PARTS)('%s #%s', async (file, id, name) => {
    const html = await readFile(path.join(out, file), 'utf8');
    const part = elementById(html, id);
    expect(part, `no element #${id} in ${file}`).toBeDefined();
    expect(`${part!}\n`).toBe(await golden(path.join(SYNTHETIC, 'expected', `${name}.html`), `${part!}\n`));
  });

  test('the whole document shell: head, cover and contents', async () => {
    const html = await readFile(path.join(out, 'plan.html'), 'utf8');
    const shell = html.slice(0, html.indexOf('<main')).replace(/<style>[\s\S]*?<\/style>/, '<style>…</style>');
    expect(`${shell}\n`).toBe(await golden(path.join(SYNTHETIC, 'expected', 'plan-shell.html'), `${shell}\n`));
  });
});

describe('what the documents must never contain', () => {
  test('no script, no request to another host, raw HTML and javascript: URLs sanitized', async () => {
    for (const file of ['plan.html', 'vr-2021.html', 'vr-2022.html']) {
      const html = await readFile(path.join(out, file), 'utf8');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!www\.w3\.org)/i);
      expect(html).toContain('<style>');
      // A strict policy in the document itself: no script may run, nothing may load from elsewhere.
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#x27;/g, "'");
      expect(csp, file).toBeDefined();
      expect(csp!.split('; ')).toEqual(
        expect.arrayContaining(["default-src 'none'", "style-src 'unsafe-inline'", 'img-src data:', 'font-src data:']),
      );
      expect(csp).not.toMatch(/script-src|https?:|\*/);
    }
  });

  test('missing is not zero: an unreported measure shows the neutral mark, and no sentence of the tool', async () => {
    const html = await readFile(path.join(out, 'vr-2022.html'), 'utf8');
    expect(html).toContain('<span class="not-reported">–</span>');
    expect(html).not.toContain('niet gerapporteerd');
  });

  test('the legend is the content’s one sentence, printed where a chapter places the part `legend`', async () => {
    const plan = await readFile(path.join(out, 'plan.html'), 'utf8');
    const chapter = elementById(plan, 'chapter-plan-doelstellingen-en-acties');
    expect(chapter).toContain('<p class="legend">– : niet vermeld in de bron.</p>');
    expect(plan.split('niet vermeld in de bron').length).toBe(2);
    // The report places no legend: the plan's sentence is not printed there.
    expect(await readFile(path.join(out, 'vr-2021.html'), 'utf8')).not.toContain('niet vermeld in de bron');
  });

  test('Dutch number and date formatting', async () => {
    const plan = await readFile(path.join(out, 'plan.html'), 'utf8');
    expect(plan).toMatch(/1 januari 2021/);
    const report = await readFile(path.join(out, 'vr-2021.html'), 'utf8');
    expect(report).toMatch(/\d,\d\d?/); // decimal comma
  });
});

describe('determinism', () => {
  test('two builds of the same content are byte-identical (HTML and JSON)', async () => {
    const again = await runCli(['build', '--format', 'html', '--out', 'again'], { cwd: dir, env: EPOCH });
    expect(again.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect((await readdir(path.join(dir, 'again'))).sort()).toEqual(files);
    for (const f of files) expect(await readFile(path.join(dir, 'again', f)), f).toEqual(await readFile(path.join(out, f)));
  });

  // Kiritimati is UTC+14, Anchorage UTC-9 (-8 in summer): a date computed in local time lands on another day in
  // one of them. Turkish casing (dotted and dotless i) catches locale-dependent upper/lower casing.
  test.each(['Pacific/Kiritimati', 'America/Anchorage'])('the same bytes under TZ=%s and a Turkish locale', async (tz) => {
    const name = `tz-${tz.replace('/', '-')}`;
    const r = await runCli(['build', '--format', 'html', '--out', name], {
      cwd: dir,
      env: { ...EPOCH, TZ: tz, LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    });
    expect(r.code, r.stderr).toBe(0);
    const files = (await readdir(out)).sort();
    expect((await readdir(path.join(dir, name))).sort()).toEqual(files);
    for (const f of files)
      expect((await readFile(path.join(dir, name, f))).equals(await readFile(path.join(out, f))), `${f} differs under TZ=${tz}`).toBe(true);
  });

  test('the build date comes from SOURCE_DATE_EPOCH', async () => {
    const html = await readFile(path.join(out, 'plan.html'), 'utf8');
    expect(html).toContain('<meta name="dcterms.modified" content="2023-11-14">');
  });
});

describe('a failing build', () => {
  test('leaves the previous output untouched and writes nothing else', async () => {
    const work = await tempDir();
    await cp(path.join(dir, 'content'), path.join(work, 'content'), { recursive: true });
    const first = await runCli(['build', '--format', 'html'], { cwd: work, env: EPOCH });
    expect(first.code).toBe(0);
    const before = new Map<string, { bytes: Buffer; mtime: number }>();
    for (const f of await readdir(path.join(work, 'dist'))) {
      const p = path.join(work, 'dist', f);
      before.set(f, { bytes: await readFile(p), mtime: (await stat(p)).mtimeMs });
    }
    await writeFile(path.join(work, 'content', 'goals', 'sd1.md'), '---\nkind: goal\nid: sd1\nlevel: [strategic\n---\n');
    const failed = await runCli(['build', '--format', 'html'], { cwd: work, env: EPOCH });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('parse/yaml-syntax');
    expect(failed.stderr).toContain('nothing written');
    expect((await readdir(path.join(work, 'dist'))).sort()).toEqual([...before.keys()].sort());
    for (const [f, b] of before) {
      const p = path.join(work, 'dist', f);
      expect(await readFile(p)).toEqual(b.bytes);
      expect((await stat(p)).mtimeMs).toBe(b.mtime);
    }
    expect((await readdir(work)).filter((f) => f !== 'node_modules').sort()).toEqual(['content', 'dist']); // node_modules: the cache
    await rm(work, { recursive: true, force: true });
  });
});

describe('English', () => {
  test('--locale en renders English labels and formats', async () => {
    const r = await runCli(['build', '--format', 'html', '--locale', 'en', '--out', 'en'], { cwd: dir, env: EPOCH });
    expect(r.code).toBe(0);
    const html = await readFile(path.join(dir, 'en', 'plan.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('>Contents<');
    expect(html).toMatch(/1 January 2021/);
  });
});
