/**
 * The annexes: the fixed project data, grouped and ordered as the report's progress sections (“Vaste gegevens
 * projecten thema ‘Wonen’”), per project its goals, phase and timing as the report states them.
 */
import type { Element } from 'hast';
import type { ReportView } from '../../src/render/views/report.js';
import { contributionList, timingText } from '../common.js';
import { anchor, facts, h, type RenderContext, section, themeName } from '../kit.js';

export function fixedData(r: RenderContext, v: ReportView, nested = false): Element | null {
  if (v.fixedData.every((g) => g.entries.length === 0)) return null;
  const { labels } = r;
  const groupTitle = (theme: string) =>
    r.lookup.themeTitle(theme) === null
      ? `${labels.fixedData}: ${labels.transversalActions.toLowerCase()}`
      : `${labels.fixedData} ${labels.theme.toLowerCase()} ‘${themeName(r, theme)}’`;
  return section('vaste-gegevens', 'part fixed-data', [
    nested ? null : h('h2', v.numbers.annex ? `${v.numbers.annex} ${labels.annexes}` : labels.fixedData),
    ...v.fixedData.map((g, i) =>
      h('section', { id: anchor('fixed-group', `${v.year}-${i + 1}`), className: ['fixed-group'] }, [
        h('h3', groupTitle(g.theme)),
        ...g.entries.map((f) =>
          h('section', { id: anchor('fixed', f.entry.data.id), className: ['fixed'] }, [
            h('h4', f.title),
            // The annex's own fields and words (“Draagt hoofdzakelijk bij tot”, “Looptijd”); no link to the plan,
            // which the annex does not print (a chapter may include `plan-link` for the progress sections).
            facts([
              [labels.mainlyContributes, contributionList(r, f.contributes, false)],
              [labels.alsoContributes, contributionList(r, f.mayContribute, false)],
              [labels.phase, f.phase],
              [labels.duration, timingText(r, f.timing)],
            ]),
            ...r.md(f.annex, anchor('fixed', f.entry.data.id), 5, f.entry.file),
          ]),
        ),
      ]),
    ),
  ]);
}
