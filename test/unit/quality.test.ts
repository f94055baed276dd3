/**
 * The quality report's data on a small organisation with one of each finding: a warning, a difference no change
 * record explains, a stated figure that does not recompute, a corrected date, a lost chart.
 */
import { describe, expect, test } from 'vitest';
import { localize } from '../../src/core/diagnostics/index.js';
import { parseMarkdown } from '../../src/core/markdown-tree.js';
import type { SourceFile } from '../../src/core/parse.js';
import { compile } from '../../src/core/pipeline.js';
import { type QualityModel, qualityReport } from '../../src/core/quality.js';

const md = (front: string, body = '') => `---\n${front.trim()}\n---\n${body}\n`;

const SOURCES: SourceFile[] = [
  {
    path: 'plan.md',
    text: md(`
kind: plan
id: mjp
title: Meerjarenplan
organisation: {name: Org}
period: {start: 2021, end: 2025}
locale: nl-BE
themes:
  - {id: wonen, title: Wonen, goal: sd1}
`),
  },
  { path: 'goals/sd1.md', text: md('kind: goal\nid: sd1\nlevel: strategic\ntitle: SD1\nstatement: Eén.') },
  { path: 'goals/od-a.md', text: md('kind: goal\nid: od-a\nlevel: operational\nparent: sd1\ntitle: A\nstatement: A.') },
  {
    path: 'actions/huur.md',
    text: md(`
kind: strategic-action
id: huur
title: Huur
timing: {start: 2021-01-01, end: 2021-04, raw: "1/1/2021 - 31/4/2021", correction: "31 april bestaat niet."}
goals:
  - {id: od-a, strength: contributes}
`),
  },
  {
    path: 'reports/2021/report.md',
    text: md(`
kind: report
id: vr-2021
year: 2021
title: VR 2021
organisation: Org
declared:
  communicationActions:
    - {title: Folder}
  communicationActionsCount: 2
  trainingHours:
    total: 10
    note: Uren per VTE worden niet vermeld.
unavailable:
  - {part: rgi-2.3, reason: lost-in-transcription, note: De grafiek ontbreekt., source: "004, 2.3"}
`),
  },
  {
    path: 'reports/2021/progress/huur.md',
    text: md(`
kind: progress
id: p21-huur
project: huur
year: 2021
ratings: {cooperation: not-stated, politicalResults: not-stated, participation: not-stated}
status: not-stated
fixed:
  title: Huurproject
`),
  },
];

function model(): QualityModel {
  const r = compile(SOURCES, parseMarkdown);
  return qualityReport({
    context: r.context,
    diagnostics: r.diagnostics.map((d) => localize(d, 'en')),
    differences: r.differences,
    indicators: r.indicators,
  });
}

const section = (m: QualityModel, id: string) => m.sections.find((s) => s.id === id)!.findings;

describe('the quality model', () => {
  const m = model();

  test('has its sections in a fixed order', () => {
    expect(m.sections.map((s) => s.id)).toEqual(['diagnostics', 'differences', 'figures', 'corrections', 'unavailable', 'divergences']);
  });

  test('carries every diagnostic with its place, sorted by severity, and the document it concerns', () => {
    const all = section(m, 'diagnostics');
    expect(all.length).toBeGreaterThan(0);
    const ranks = all.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const declared = all.find((f) => f.code === 'compute/declared-differs')!;
    expect(declared).toMatchObject({
      severity: 'warning',
      file: 'reports/2021/report.md',
      subject: 'vr-2021',
      target: { document: 'report', year: 2021 },
    });
    expect(declared.line).toBeGreaterThan(1);
  });

  test('lists the differences no change record explains, pointing at the annex entry', () => {
    expect(section(m, 'differences')).toEqual([
      expect.objectContaining({
        code: 'difference/title',
        subject: 'huur',
        file: 'reports/2021/progress/huur.md',
        target: { document: 'report', year: 2021, anchor: 'fixed-p21-huur' },
        details: { year: 2021, plan: 'Huur', report: 'Huurproject', progress: 'p21-huur' },
      }),
    ]);
  });

  test('puts each stated figure beside the computed one', () => {
    const f = section(m, 'figures').find((x) => x.subject === 'rgi-2.10')!;
    expect(f).toMatchObject({
      severity: 'warning',
      target: { document: 'report', year: 2021, anchor: 'indicator-rgi-2.10-2021' },
      details: { key: 'total', stated: 2, computed: 1, agrees: false },
    });
  });

  test('collects the corrections, as-printed texts and transcription notes of the content, with their place', () => {
    const c = section(m, 'corrections');
    expect(c.map((x) => [x.code, x.message, x.details?.field])).toEqual([
      ['content/as-printed', '1/1/2021 - 31/4/2021', 'timing.raw'],
      ['content/correction', '31 april bestaat niet.', 'timing.correction'],
      ['content/note', 'Uren per VTE worden niet vermeld.', 'declared.trainingHours.note'],
    ]);
    expect(c[1]).toMatchObject({ file: 'actions/huur.md', line: 5, subject: 'huur', target: { document: 'plan', anchor: 'action-huur' } });
  });

  test('says once per table what the source has but the content lost', () => {
    expect(section(m, 'unavailable')).toEqual([
      expect.objectContaining({
        code: 'content/unavailable',
        subject: 'rgi-2.3',
        message: 'De grafiek ontbreekt.',
        target: { document: 'report', year: 2021, anchor: 'indicator-rgi-2.3-2021' },
        details: { reason: 'lost-in-transcription', source: '004, 2.3' },
      }),
    ]);
  });

  test('has no divergences when the content records none', () => {
    expect(section(m, 'divergences')).toEqual([]);
  });

  test('counts per severity and is the same on every run', () => {
    const total = m.sections.reduce((n, s) => n + s.findings.length, 0);
    expect(m.counts.error + m.counts.warning + m.counts.info).toBe(total);
    expect(JSON.stringify(model())).toBe(JSON.stringify(m));
  });
});

describe('the divergences from the source', () => {
  const withDivergences = (): QualityModel => {
    const sources = SOURCES.map((f) =>
      f.path === 'actions/huur.md'
        ? {
            ...f,
            text: f.text.replace(
              'correction: "31 april bestaat niet."',
              'correction: {text: "31 april bestaat niet.", source: "002", lines: [3129, 3129]}',
            ),
          }
        : f,
    );
    sources.push({
      path: 'sources/divergences.yaml',
      text: [
        'kind: divergences',
        'id: afwijkingen',
        'sources:',
        '  - {id: "002", title: Meerjarenplan}',
        '  - {id: "004", title: Voortgangsrapport 2021}',
        'items:',
        '  - {document: vr-2021, source: "004", lines: [4366, 4389], class: flattened, text: "Voorjaar 2022", reason: Subpunten achter hun punt.}',
        '  - {document: mjp, source: "002", lines: [5100, 5628], class: printed-differently, pattern: "^Begroting", reason: Eén begroting per kolom.}',
        '',
      ].join('\n'),
    });
    const r = compile(sources, parseMarkdown);
    expect(r.diagnostics.filter((d) => d.code.startsWith('link/divergence'))).toEqual([]);
    return qualityReport({ context: r.context, diagnostics: [], differences: r.differences, indicators: r.indicators });
  };

  test('lists each divergence and each correction that names its source, by document, source and first line', () => {
    const m = withDivergences();
    expect(
      section(m, 'divergences').map((f) => [f.code, f.subject, f.details?.source, f.details?.lines, f.details?.text, f.message]),
    ).toEqual([
      ['content/correction', 'huur', '002', '3129', 'huur: timing.correction', '31 april bestaat niet.'],
      ['divergence/printed-differently', 'mjp', '002', '5100–5628', '^Begroting', 'Eén begroting per kolom.'],
      ['divergence/flattened', 'vr-2021', '004', '4366–4389', 'Voorjaar 2022', 'Subpunten achter hun punt.'],
    ]);
    expect(section(m, 'divergences')[2]).toMatchObject({
      file: 'sources/divergences.yaml',
      line: 7,
      target: { document: 'report', year: 2021 },
    });
    // A correction that names its source is listed once: among the divergences, not again among the corrections.
    expect(section(m, 'corrections').map((f) => f.code)).not.toContain('content/correction');
  });
});
