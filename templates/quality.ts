/**
 * Sketch of the staff quality report (not wired into src/render/index.ts yet): one section per part of the
 * quality model, one table row per finding, each linking to the place in the plan or report it concerns.
 * Uses only kit.ts helpers, so it fits the per-part templates once the render refactor lands.
 */
import type { Element, ElementContent } from 'hast';
import type { DocumentTarget, QualityFinding, QualityModel, QualitySectionId } from '../src/core/quality.js';
import { h, section, type RenderContext } from './kit.js';

const TITLES: Record<'nl-BE' | 'en', Record<QualitySectionId, string> & { heading: string; columns: string[] }> = {
  'nl-BE': {
    heading: 'Kwaliteitsrapport',
    diagnostics: 'Meldingen van de compiler',
    differences: 'Verschillen tussen plan en rapport zonder wijziging',
    figures: 'Vermelde en berekende cijfers',
    corrections: 'Correcties en notities bij de overname',
    unavailable: 'In de bron, niet in deze inhoud',
    columns: ['Ernst', 'Code', 'Plaats', 'Bericht', 'Document'],
  },
  en: {
    heading: 'Quality report',
    diagnostics: 'Compiler diagnostics',
    differences: 'Plan/report differences no change explains',
    figures: 'Stated and computed figures',
    corrections: 'Corrections and transcription notes',
    unavailable: 'In the source, not in this content',
    columns: ['Severity', 'Code', 'Place', 'Message', 'Document'],
  },
};

/** Where a finding shows: the output file of its document, with the element's anchor. */
function targetHref(r: RenderContext, t: DocumentTarget | undefined): string | undefined {
  if (!t) return undefined;
  const file = t.document === 'plan' ? r.files.plan : t.year === undefined ? undefined : r.files.reports.get(t.year);
  if (!file) return undefined;
  return t.anchor ? `${file}#${t.anchor}` : file;
}

function row(r: RenderContext, f: QualityFinding): Element {
  const place = f.file === undefined ? '' : [f.file, f.line, f.column].filter((x) => x !== undefined).join(':');
  const href = targetHref(r, f.target);
  const doc: ElementContent = href ? h('a', { href }, f.subject ?? href) : h('span', f.subject ?? '');
  return h('tr', { className: [`severity-${f.severity}`] }, [
    h('td', f.severity),
    h('td', h('code', f.code)),
    h('td', h('code', place)),
    h('td', f.message),
    h('td', doc),
  ]);
}

export function qualityBody(r: RenderContext, model: QualityModel): Element {
  const t = TITLES[r.locale];
  const counts = `${model.counts.error} × error, ${model.counts.warning} × warning, ${model.counts.info} × info`;
  return h('main', [
    h('h1', t.heading),
    h('p.counts', counts),
    ...model.sections
      .filter((s) => s.findings.length > 0)
      .map((s) =>
        section(`quality-${s.id}`, 'quality', [
          h('h2', `${t[s.id]} (${s.findings.length})`),
          h('table', [h('thead', h('tr', t.columns.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', s.findings.map((f) => row(r, f)))]),
        ]),
      ),
  ]);
}
