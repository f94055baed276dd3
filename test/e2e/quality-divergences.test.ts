/**
 * The staff quality report lists where the documents depart from their source, through the real CLI: each
 * divergence of the content's divergences record and each correction that names its source's lines, with the
 * document, the source and its line range, what and why, in the report's language (nl and en). Content that records
 * none gets no such section; the funder's documents carry none of it.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURES, htmlText, materialize, runCli } from '../helpers.js';

const ENV = { SOURCE_DATE_EPOCH: '1700000000' };
const DIVERGENCES = `kind: divergences
id: afwijkingen
sources:
  - {id: "002", title: Meerjarenplan 2021-2025}
  - {id: "004", title: Voortgangsrapport 2021}
items:
  - document: vr-2021
    source: "004"
    lines: [4366, 4389]
    class: flattened
    text: "Voorjaar 2022: online uitwisseling; afronding werkgroepen"
    reason: De subpunten staan achter hun punt, in de volgorde van de bron.
`;
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The base fixture, with the divergences record and a corrected end date that names 002's line 3129, built as HTML. */
async function build(options: { locale?: 'en'; divergences?: boolean } = {}): Promise<Map<string, string>> {
  const dir = await materialize(path.join(FIXTURES, 'diagnostics', 'valid'));
  dirs.push(dir);
  const content = path.join(dir, 'content');
  if (options.divergences !== false) {
    await writeFile(path.join(content, 'divergences.yaml'), DIVERGENCES);
    const alpha = path.join(content, 'actions', 'alpha.md');
    await writeFile(
      alpha,
      (await readFile(alpha, 'utf8')).replace(
        '  end: 2025-12-31\n',
        '  end: 2025-12\n  raw: "1/1/2020 - 31/12/2025"\n  correction: {text: "Het einde met maandprecisie.", source: "002", lines: [3129, 3129]}\n',
      ),
    );
  }
  if (options.locale === 'en') {
    const plan = path.join(content, 'plan.md');
    await writeFile(plan, (await readFile(plan, 'utf8')).replace('locale: nl-BE', 'locale: en'));
  }
  const r = await runCli(['build', '--format', 'html', '--no-cache', '--out', 'out'], { cwd: dir, env: ENV });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const out = new Map<string, string>();
  for (const f of ['plan.html', 'vr-2021.html', options.locale === 'en' ? 'quality-report.html' : 'kwaliteitsrapport.html'])
    out.set(f, await readFile(path.join(dir, 'out', f), 'utf8'));
  return out;
}

/** The text of the divergences section's rows, one string per row. */
const rows = (html: string): string[] => {
  const section = /<section[^>]*id="quality-divergences"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    htmlText(m[1]!.replace(/<\/t[dh]>/g, ' | '))
      .replace(/\s+/g, ' ')
      .trim(),
  );
};

describe('the quality report’s divergences from the source', () => {
  test('lists a divergence and a correction with their source and line range, in Dutch', async () => {
    const built = await build();
    const html = built.get('kwaliteitsrapport.html')!;
    expect(html).toContain('Afwijkingen van de bron (2)');
    expect(rows(html)).toEqual([
      'Document | Bron | Regels | Soort | Wat | Waarom | Plaats in de inhoud |',
      'plan | 002 | 3129 | verbetering | alpha: timing.correction | Het einde met maandprecisie. | content/actions/alpha.md:10:15 |',
      'vr-2021 | 004 | 4366–4389 | sublijst als één punt | Voorjaar 2022: online uitwisseling; afronding werkgroepen | De subpunten staan achter hun punt, in de volgorde van de bron. | content/divergences.yaml:7:5 |',
    ]);
    // The document column links to the document the divergence shows in.
    expect(html).toMatch(/<a href="vr-2021\.html">vr-2021<\/a>/);
    // The funder's documents carry none of it.
    for (const f of ['plan.html', 'vr-2021.html']) {
      expect(built.get(f), f).not.toContain('4366');
      expect(built.get(f), f).not.toContain('maandprecisie');
    }
  }, 120_000);

  test('speaks English when the documents do', async () => {
    const html = (await build({ locale: 'en' })).get('quality-report.html')!;
    expect(html).toContain('Divergences from the source (2)');
    expect(rows(html)[0]).toBe('Document | Source | Lines | Kind | What | Why | Place in the content |');
    expect(rows(html)[2]).toMatch(/^vr-2021 \| 004 \| 4366–4389 \| sub-list as one item \| /);
    expect(rows(html)[1]).toMatch(/^plan \| 002 \| 3129 \| correction \| /);
  }, 120_000);

  test('has no such section when the content records no divergence', async () => {
    const html = (await build({ divergences: false })).get('kwaliteitsrapport.html')!;
    expect(html).not.toContain('quality-divergences');
    expect(html).not.toContain('Afwijkingen van de bron');
  }, 120_000);
});
