/** The multi-year budget: lines per year, computed subtotals beside the declared ones, FTE and memo lines. */
import type { Element } from 'hast';
import type { PlanView } from '../../src/render/views/plan.js';
import { figure, h, MISSING, type RenderContext, rh, table, td, th } from '../kit.js';

export function budget(r: RenderContext, budgets: PlanView['budgets'], nested: boolean): Element | null {
  const { labels, fmt } = r;
  if (budgets.length === 0) return null;
  const num = () => ({ className: ['num'] });
  const money = (v: number | null | undefined) => (v === null || v === undefined ? h('span.not-reported', MISSING) : fmt.number(v, 0));
  return h(nested ? 'div' : 'section', { id: 'begroting', className: ['part', 'budget'] }, [
    nested ? null : h('h2', labels.budget),
    ...budgets.map(({ doc: b, figures: f }) => {
      const years = b.data.years.map(String);
      const head = () => [[th(labels.code), th(labels.budgetLine), ...years.map((y) => th(y))]];
      const lineRows = b.data.lines.map((l) => [td(l.code ?? ''), rh(l.label), ...years.map((y) => td(money(l.values[y]), num()))]);
      const subtotalRows = Object.entries(f?.subtotals ?? {}).map(([key, perYear]) => [
        td(''),
        rh(labels.subtotals[key] ?? key),
        ...years.map((y) => td(figure(r, perYear[y], 'eur'), num())),
      ]);
      const fte = b.data.fte;
      const fteRow = fte
        ? [
            [
              td(''),
              rh(labels.fte),
              ...years.map((y) =>
                td(fte[y] === null || fte[y] === undefined ? h('span.not-reported', MISSING) : fmt.number(fte[y]!), num()),
              ),
            ],
          ]
        : [];
      const memo = b.data.memo ?? [];
      return h('div.wide', [
        table(b.data.title, head(), lineRows, { className: 'budget', foot: [...subtotalRows, ...fteRow] }),
        memo.length > 0
          ? table(
              `${b.data.title}: ${labels.memoLines}`,
              head(),
              memo.map((m) => [td(m.code ?? ''), rh(m.label), ...years.map((y) => td(money(m.values[y]), num()))]),
              { className: 'budget' },
            )
          : null,
      ]);
    }),
  ]);
}
