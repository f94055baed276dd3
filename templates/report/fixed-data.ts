/**
 * The annexes: the fixed project data, grouped and ordered as the report's progress sections (“Vaste gegevens
 * projecten thema ‘Wonen’”), per project its goals, phase and timing as the report states them.
 */
import type { Element } from 'hast';
import type { ReportView } from '../../src/render/views/report.js';
import { contributionList, timingText } from '../common.js';
import { anchor, facts, h, link, type RenderContext, section, themeName } from '../kit.js';

export function fixedData(r: RenderContext, v: ReportView): Element | null {
  if (v.fixedData.every((g) => g.entries.length === 0)) return null;
  const { labels } = r;
  const groupTitle = (theme: string) =>
    r.lookup.themeTitle(theme) === null
      ? `${labels.fixedData}: ${labels.transversalActions.toLowerCase()}`
      : `${labels.fixedData} ${labels.theme.toLowerCase()} ‘${themeName(r, theme)}’`;
  return section('vaste-gegevens', 'part fixed-data', [
    h('h2', v.numbers.annex ? `${v.numbers.annex} ${labels.annexes}` : labels.fixedData),
    ...v.fixedData.map((g, i) =>
      h('section', { id: anchor('fixed-group', `${v.year}-${i + 1}`), className: ['fixed-group'] }, [
        h('h3', groupTitle(g.theme)),
        ...g.entries.map((f) =>
          h('section', { id: anchor('fixed', f.entry.data.id), className: ['fixed'] }, [
            h('h4', f.title),
            facts([
              [labels.servesGoals, contributionList(r, f.contributes)],
              [labels.mayContribute, contributionList(r, f.mayContribute)],
              [labels.phase, f.phase],
              [labels.timing, timingText(r, f.timing)],
              [labels.planAction, f.action ? link(r, f.action.data.id, f.action.data.title) : null],
            ]),
            ...r.md(f.annex, anchor('fixed', f.entry.data.id), 5, f.entry.file),
          ]),
        ),
      ]),
    ),
  ]);
}
