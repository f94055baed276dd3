/**
 * The funder's documents on the shipped content, through the real CLI: each document stands as it did on its own
 * date (adding next year's content leaves earlier documents byte-identical), and carries no compiler commentary.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogue } from '../../src/core/diagnostics/catalogue.js';
import { elementById, ROOT, runCli, tempDir } from '../helpers.js';

const ENV = { SOURCE_DATE_EPOCH: '1700000000' };
const DOCUMENTS = ['mjp-2021-2025.html', 'context.html', 'vr-2021.html'];
let dir: string;
const before = new Map<string, string>();

beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  const r = await runCli(['build', '--format', 'html', '--out', 'out'], { cwd: dir, env: ENV });
  expect(r.code, r.stderr).toBe(0);
  for (const f of await readdir(path.join(dir, 'out'))) before.set(f, await readFile(path.join(dir, 'out', f), 'utf8'));
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A 2022 report that drops a goal and introduces an action, as the 2021 report records its changes. */
async function addReport2022(content: string): Promise<void> {
  await mkdir(path.join(content, 'reports', '2022', 'changes'), { recursive: true });
  await writeFile(
    path.join(content, 'reports', '2022', 'report.md'),
    '---\nkind: report\nid: vr-2022\nyear: 2022\ntitle: Voortgangsrapport 2022\norganisation: SAAMO Limburg\ndate: 2023-04-27\n---\n\nHet tweede jaar.\n',
  );
  await writeFile(
    path.join(content, 'reports', '2022', 'changes', 'interne-communicatie-geschrapt.md'),
    '---\nkind: change\nid: vr-2022-wijziging-interne-communicatie\nyear: 2022\ntype: goal-dropped\ntitle: Het operationeel doel “Interne communicatie” hebben we geschrapt\ngoal: sd-io-interne-communicatie\norder: 1\n---\n\nHet operationeel doel “Interne communicatie” hebben we geschrapt.\n',
  );
  const goal = path.join(content, 'goals', 'sd-io-interne-communicatie.md');
  await writeFile(goal, (await readFile(goal, 'utf8')).replace(/^order: 8$/m, 'order: 8\ndropped: 2022'));
  await mkdir(path.join(content, 'actions', 'added-2022'), { recursive: true });
  await writeFile(
    path.join(content, 'actions', 'added-2022', 'nieuw-project-2022.md'),
    '---\nkind: strategic-action\nid: nieuw-project-2022\ntitle: "Nieuw project 2022"\nsector: true\ntiming: {start: 2022-01-01, end: 2025-12-31}\ngoals:\n  - {id: sd1-regulering-woonmarkt, strength: contributes}\nphase: Projectuitvoering\nintroduced: 2022\n---\n\nEen project dat in 2022 begon.\n',
  );
}

describe('each document as of its own date', () => {
  test('the plan shows nothing recorded after its date', () => {
    const plan = before.get('mjp-2021-2025.html')!;
    for (const later of ['Toegevoegd in 2021', 'Geschrapt in 2021', 'SAAMO', 'Voortgangsrapport 2021', 'vr-2021.html'])
      expect(plan).not.toContain(later);
    expect(plan).toContain('RIMO Limburg');
    // A project the 2021 report added is not on the plan's timeline or among its actions.
    expect(plan).not.toContain('Project Energie en water');
  });

  test('material from other sources is in its own document, not in the plan', () => {
    const plan = before.get('mjp-2021-2025.html')!;
    const context = before.get('context.html')!;
    for (const id of ['gemeenten-en-regios', 'cijfers', 'prioriteiten']) {
      expect(plan, id).not.toContain(`id="${id}"`);
      expect(context, id).toContain(`id="${id}"`);
    }
    expect(context).toContain('<h1 class="document-title">Context en bronnen</h1>');
    expect(context).not.toContain('vr-2021.html');
  });

  test('adding a 2022 report leaves the plan and the 2021 report byte-identical', async () => {
    const next = await tempDir();
    try {
      await cp(path.join(dir, 'content'), path.join(next, 'content'), { recursive: true });
      await addReport2022(path.join(next, 'content'));
      const r = await runCli(['build', '--format', 'html', '--out', 'out'], { cwd: next, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      const files = await readdir(path.join(next, 'out'));
      expect(files).toContain('vr-2022.html');
      const report2022 = await readFile(path.join(next, 'out', 'vr-2022.html'), 'utf8');
      // The report prints its change as the record's text (the source prints no label or title for it).
      expect(report2022).toContain('Het operationeel doel “Interne communicatie” hebben we geschrapt.');
      for (const f of DOCUMENTS) expect(await readFile(path.join(next, 'out', f), 'utf8'), f).toBe(before.get(f));
      for (const f of DOCUMENTS) expect(before.get(f)).not.toContain('vr-2022');
    } finally {
      await rm(next, { recursive: true, force: true });
    }
  }, 180_000);
});

/** The text a reader sees: no style, no chart SVG, no attributes. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x3C;/g, '<')
    .replace(/&#x26;|&amp;/g, '&');
}

/** Ids of content documents (goals, actions, progress entries, …) from the front matter of the shipped files. */
async function contentIds(): Promise<string[]> {
  const ids: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.md')) {
        const m = /^id: *"?([a-z0-9-]+)"?$/m.exec(await readFile(p, 'utf8'));
        // Ids made of one plain word (“sd1”) could be text; hyphenated ids cannot.
        if (m && m[1]!.includes('-')) ids.push(m[1]!);
      }
    }
  };
  await walk(path.join(ROOT, 'content'));
  return ids;
}

describe("no compiler commentary in the funder's documents", () => {
  test.each(DOCUMENTS)('%s has no diagnostic codes, raw ids, ISO dates, corrections or English words', async (file) => {
    const text = visibleText(before.get(file)!);
    const codes = Object.keys(catalogue).filter((c) => text.includes(c));
    expect(codes).toEqual([]);
    const ids = (await contentIds()).filter((id) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(text));
    expect(ids).toEqual([]);
    expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
    for (const word of ['contributes', 'does not exist', 'differs', 'computed', 'stated'])
      expect(text, word).not.toMatch(new RegExp(`\\b${word}\\b`));
    for (const note of ['Verbetering', 'zoals in de bron', '(vermeld', 'voetnoot', 'Verschillen tussen plan en rapport'])
      expect(text, note).not.toContain(note);
  });
});

describe('the staff quality report', () => {
  test('is written beside the documents and lists every diagnostic of plan validate', async () => {
    const html = before.get('kwaliteitsrapport.html');
    expect(html).toBeDefined();
    const v = await runCli(['validate', '--verbose', '--reporter', 'json'], { cwd: dir });
    const diagnostics = (JSON.parse(v.stdout) as { diagnostics: { code: string; file?: string; line?: number }[] }).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    const rows = [...html!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    const missing = diagnostics.filter(
      (d) =>
        !rows.some(
          (row) =>
            row.includes(`<code>${d.code}</code>`) &&
            (d.file === undefined || row.includes(`<code>${d.file}${d.line === undefined ? '' : `:${d.line}:`}`)),
        ),
    );
    expect(missing).toEqual([]);
    // Links go to the documents, at an element they hold, and never into the content's own files.
    for (const [, file, id] of html!.matchAll(/href="([a-z0-9-]+\.html)(?:#([^"]+))?"/g)) {
      expect(before.has(file!), file).toBe(true);
      if (id !== undefined) expect(before.get(file!)).toContain(`id="${id}"`);
    }
  });

  test('is listed in the build output', async () => {
    const out = await tempDir();
    try {
      const r = await runCli(['build', '--format', 'html', '--out', path.join(out, 'dist')], { cwd: dir, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.split('\n')).toContain(path.join(out, 'dist', 'kwaliteitsrapport.html'));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('three states of a figure', () => {
  /** The outer HTML of the element with this id (sections and divs nest: count that tag). */
  const element = (html: string, id: string): string => {
    const found = elementById(html, id);
    expect(found, id).toBeDefined();
    return found ?? '';
  };

  test('a table the content lost shows a neutral mark, no note for the funder and no “niet gerapporteerd” cell', () => {
    const report = before.get('vr-2021.html')!;
    for (const id of ['indicator-rgi-2.3-2021', 'indicator-rgi-2.9-2021']) {
      const t = element(report, id);
      expect(t, id).toContain('<span class="unavailable">–</span>');
      expect(t, id).not.toContain('niet beschikbaar');
      expect(t, id).not.toContain('niet gerapporteerd');
    }
    expect(report).not.toContain('unavailable-note');
    // Why it is missing is for the staff: the quality report, with the seed's place.
    const quality = before.get('kwaliteitsrapport.html')!;
    expect(quality).toMatch(/content\/unavailable[\s\S]*?004, 2\.4 \(regels 1796-1824\)/);
    // A table the organisation filled in shows the same mark for what it did not report, no sentence of the tool.
    expect(element(report, 'indicator-rgi-2.8-2021')).toContain('<span class="not-reported">–</span>');
    expect(element(report, 'indicator-rgi-2.8-2021')).not.toContain('niet gerapporteerd');
  });

  test('the lost ticked boxes show scales without a choice and no note; a section without scales in the source gets none', () => {
    const progress = element(before.get('vr-2021.html')!, 'voortgang');
    expect(progress).not.toContain('Niet vermeld');
    expect(progress).not.toContain('unavailable-note');
    expect(progress).toContain('class="scale"');
    // 3.6.2 has no Samenwerking heading and no ticked box in 004: no scale, and no “Beleidsadviezen: niet vermeld”.
    const transversal = element(progress, 'progress-vr-2021-rekening-houden-met-diversiteit');
    expect(transversal).not.toContain('class="scale"');
    expect(transversal).not.toContain('niet vermeld');
    // A project 004 lists only in its annex has no section in chapter 3.
    expect(progress).not.toContain('id="progress-vr-2021-kwaliteitsvol-betaalbaar-kleinschalig-wonen"');
  });
});

describe('what the funder reads is what the organisation wrote', () => {
  test('no back arrows, no colophon with the tool, no pieces the source lacks; the plan ends with its address', () => {
    const plan = before.get('mjp-2021-2025.html')!;
    const report = before.get('vr-2021.html')!;
    for (const html of [plan, report, before.get('context.html')!]) {
      expect(html).not.toContain('↩');
      expect(html).not.toContain('Samengesteld met');
      expect(html).not.toContain('footer class="colophon"');
    }
    expect(plan).toContain('<meta name="generator"');
    expect(plan).not.toContain('Acties die hiertoe bijdragen');
    expect(plan).not.toContain('Geen enkele actie draagt hiertoe bij.');
    expect(report).not.toContain('Actie in het meerjarenplan');
    expect(report).toContain('<dt>Draagt hoofdzakelijk bij tot</dt>');
    expect(before.get('context.html')!).not.toContain('Geen actie beantwoordt');
    expect(plan.slice(plan.lastIndexOf('</main>') - 400)).toContain('Marktplein 9 bus 21 | 3550 Heusden-Zolder');
  });
});

describe('plan build --as-of YEAR', () => {
  test('also writes the consolidated plan with each amendment marked, and leaves the other documents as they were', async () => {
    const out = await tempDir();
    try {
      const r = await runCli(['build', '--format', 'html', '--as-of', '2021', '--out', path.join(out, 'dist')], { cwd: dir, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      const consolidated = await readFile(path.join(out, 'dist', 'mjp-2021-2025-geconsolideerd-2021.html'), 'utf8');
      expect(consolidated).toContain('Gewijzigd in 2021');
      expect(consolidated).toContain('Geconsolideerde versie 2021');
      expect(consolidated).toContain('SAAMO Limburg');
      expect(consolidated).toContain('Project Energie en water');
      // 004 §1.3 points to chapter 3 for the projects' new timing: Ons Centrum no longer ends on 31/03/2021.
      expect(consolidated).toContain('1/6/2008 - 31/12/2025');
      expect(consolidated).not.toContain('1/6/2008 - 31/03/2021');
      expect(consolidated).toMatch(/nieuwe titel — <a [^>]*>Inloophuis Beringen-Mijn<\/a> \(voorheen: De STEK Beringen-Mijn\)/);
      expect(before.get('mjp-2021-2025.html')).toContain('1/6/2008 - 31/03/2021');
      for (const f of DOCUMENTS) expect(await readFile(path.join(out, 'dist', f), 'utf8'), f).toBe(before.get(f));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});
