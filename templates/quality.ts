/**
 * The staff quality report: what the compiler and the transcription have to say about the content, which the
 * funder's documents do not carry. One section per part of the quality model, one table row per finding, with its
 * place in the content and a link to where it shows in the plan or a report. Read in the browser, not printed.
 */
import type { Element } from 'hast';
import type { Severity } from '../src/core/diagnostics/index.js';
import type { QualitySectionId } from '../src/core/quality.js';
import type { QualityRow, QualityView } from '../src/render/views/quality.js';
import { h, type RenderContext, section, table, td, th } from './kit.js';

interface Texts {
  intro: string;
  sections: Record<QualitySectionId, string>;
  severities: Record<Severity, string>;
  columns: [string, string, string, string, string];
  /** The divergences section's own table: document, source, lines, kind, what, why, place in the content. */
  divergenceColumns: [string, string, string, string, string, string, string];
  /** The kind of each divergence (`class` of a divergences record; `correction` for a correction). */
  classes: Record<string, string>;
  none: string;
}

const TEXTS: Record<'nl-BE' | 'en', Texts> = {
  'nl-BE': {
    intro:
      'Voor de medewerkers, niet voor de subsidiegever: de meldingen van de compiler, de verschillen tussen plan en rapport die geen wijziging verklaart, de vermelde naast de berekende cijfers, de verbeteringen en notities bij de overname, wat de bron heeft maar deze inhoud niet, en waar de documenten van de bron afwijken. Het plan en de rapporten zelf tonen dit niet.',
    sections: {
      diagnostics: 'Meldingen van de compiler',
      differences: 'Verschillen tussen plan en rapport die geen wijziging verklaart',
      figures: 'Vermelde en berekende cijfers',
      corrections: 'Verbeteringen en notities bij de overname',
      unavailable: 'In de bron, niet in deze inhoud',
      divergences: 'Afwijkingen van de bron',
    },
    severities: { error: 'fout', warning: 'waarschuwing', info: 'opmerking' },
    columns: ['Ernst', 'Code', 'Plaats in de inhoud', 'Bericht', 'In het document'],
    divergenceColumns: ['Document', 'Bron', 'Regels', 'Soort', 'Wat', 'Waarom', 'Plaats in de inhoud'],
    classes: {
      missing: 'weggelaten',
      'printed-differently': 'anders gedrukt',
      added: 'toegevoegd',
      order: 'elders geplaatst',
      figure: 'ander cijfer',
      flattened: 'sublijst als één punt',
      correction: 'verbetering',
    },
    none: 'Geen bevindingen.',
  },
  en: {
    intro:
      'For staff, not for the funder: the compiler’s diagnostics, the plan/report differences no change explains, the stated figures beside the computed ones, the corrections and notes of the transcription, what the source has but this content lost, and where the documents depart from the source. The plan and the reports themselves show none of this.',
    sections: {
      diagnostics: 'Compiler diagnostics',
      differences: 'Plan/report differences no change explains',
      figures: 'Stated and computed figures',
      corrections: 'Corrections and transcription notes',
      unavailable: 'In the source, not in this content',
      divergences: 'Divergences from the source',
    },
    severities: { error: 'error', warning: 'warning', info: 'note' },
    columns: ['Severity', 'Code', 'Place in the content', 'Message', 'In the document'],
    divergenceColumns: ['Document', 'Source', 'Lines', 'Kind', 'What', 'Why', 'Place in the content'],
    classes: {
      missing: 'left out',
      'printed-differently': 'printed differently',
      added: 'added',
      order: 'placed elsewhere',
      figure: 'other figure',
      flattened: 'sub-list as one item',
      correction: 'correction',
    },
    none: 'No findings.',
  },
};

function row(t: Texts, f: QualityRow): Element[] {
  const details = f.details.length > 0 ? h('span.details', ` (${f.details.map(([k, v]) => `${k}: ${v}`).join('; ')})`) : null;
  return [
    td(t.severities[f.severity], { className: [`severity-${f.severity}`] }),
    td(h('code', f.code)),
    td(f.place === undefined ? '' : h('code', f.place)),
    td([f.message, details]),
    td(f.href ? h('a', { href: f.href }, f.subject ?? f.href) : (f.subject ?? '')),
  ];
}

/** A divergence: where it shows, the source's lines, what the document prints and why. */
function divergenceRow(t: Texts, f: QualityRow): Element[] {
  const d = new Map(f.details);
  const document = d.get('document') ?? '';
  const cls = d.get('class') ?? '';
  return [
    td(f.href ? h('a', { href: f.href }, document) : document),
    td(d.get('source') ?? ''),
    td(d.get('lines') ?? ''),
    td(t.classes[cls] ?? cls),
    td(d.get('text') ?? ''),
    td(f.message),
    td(f.place === undefined ? '' : h('code', f.place)),
  ];
}

export function qualityBody(r: RenderContext, v: QualityView): Element[] {
  const t = TEXTS[r.locale];
  const counts = `${v.counts.error} × ${t.severities.error}, ${v.counts.warning} × ${t.severities.warning}, ${v.counts.info} × ${t.severities.info}`;
  return [
    h('p.intro', t.intro),
    h('p.counts', counts),
    ...(v.sections.length === 0 ? [h('p', t.none)] : []),
    ...v.sections.map((s) =>
      section(`quality-${s.id}`, 'part quality', [
        h('h2', `${t.sections[s.id]} (${s.rows.length})`),
        h('div.wide', [
          s.id === 'divergences'
            ? table(
                null,
                [t.divergenceColumns.map((c) => th(c))],
                s.rows.map((f) => divergenceRow(t, f)),
              )
            : table(
                null,
                [t.columns.map((c) => th(c))],
                s.rows.map((f) => row(t, f)),
              ),
        ]),
      ]),
    ),
  ];
}

/** The report's title on its cover, in the document's language (its file name: QUALITY_FILE, src/core/outputs.ts). */
export const QUALITY_TITLE: Record<'nl-BE' | 'en', { title: string }> = {
  'nl-BE': { title: 'Kwaliteitsrapport' },
  en: { title: 'Quality report' },
};
