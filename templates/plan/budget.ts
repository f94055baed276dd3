/**
 * The multi-year budget as the source prints it: the FTE row first, then the lines with the subtotals of the
 * result statement in their places (brutomarge and bedrijfsopbrengsten above the lines, each result after the
 * lines it closes), each with its code; the memo lines last. A subtotal the label file does not name (the source
 * prints no financial or exceptional result) is computed and checked but not printed.
 */
import type { Element } from 'hast';
import type { PlanView } from '../../src/render/views/plan.js';
import { type Child, figure, h, MISSING, type RenderContext, rh, table, td, th } from '../kit.js';

/** The codes of the subtotals in the Belgian scheme of annual accounts, as the source's code column prints them. */
const SUBTOTAL_CODES: Record<string, string> = {
  'gross-margin': '9900',
  'operating-income': '70/74',
  'operating-result': '9901',
  'ordinary-result': '9902',
  result: '9904',
};
/** Where a subtotal stands: above the lines, or after the last line of the groups it closes. */
const PLACE: Record<string, 'top' | string[]> = {
  'gross-margin': 'top',
  'operating-income': 'top',
  'operating-result': ['operating-income', 'goods-and-services', 'salaries', 'depreciation', 'other-operating-costs'],
  'financial-result': ['financial-income', 'financial-costs'],
  'ordinary-result': ['financial-income', 'financial-costs'],
  'exceptional-result': ['exceptional-income', 'exceptional-costs'],
  result: ['exceptional-income', 'exceptional-costs'],
};

export function budget(r: RenderContext, budgets: PlanView['budgets'], nested: boolean): Element | null {
  const { labels, fmt } = r;
  if (budgets.length === 0) return null;
  const num = () => ({ className: ['num'] });
  const money = (v: number | null | undefined) => (v === null || v === undefined ? h('span.not-reported', MISSING) : fmt.number(v, 0));
  return h(nested ? 'div' : 'section', { id: 'begroting', className: ['part', 'budget'] }, [
    nested ? null : h('h2', labels.budget),
    ...budgets.map(({ doc: b, figures: f }) => {
      const years = b.data.years.map(String);
      const head = [[th(labels.code), th(labels.budgetLine), ...years.map((y) => th(y))]];
      const order = Object.keys(PLACE);
      const subtotals = Object.entries(f?.subtotals ?? {})
        .filter(([key]) => labels.subtotals[key] !== undefined)
        .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      const subtotalRow = ([key, perYear]: (typeof subtotals)[number]): Child[] => [
        td(SUBTOTAL_CODES[key] ?? ''),
        rh(labels.subtotals[key]!),
        ...years.map((y) => td(figure(r, perYear[y], 'eur'), num())),
      ];
      const fte = b.data.fte;
      const fteRow: Child[][] = fte
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
      // A subtotal follows the last line of the groups it closes (at the end when the budget has none of them).
      const lines = b.data.lines;
      const after = (key: string) => {
        const place = PLACE[key];
        const last = place === 'top' ? -1 : lines.findLastIndex((l) => place?.includes(l.group) ?? false);
        return place === 'top' ? -1 : last >= 0 ? last : lines.length - 1;
      };
      const rows: Child[][] = [...fteRow, ...subtotals.filter(([k]) => after(k) === -1).map(subtotalRow)];
      lines.forEach((l, i) => {
        rows.push([td(l.code ?? ''), rh(l.label), ...years.map((y) => td(money(l.values[y]), num()))]);
        rows.push(...subtotals.filter(([k]) => after(k) === i).map(subtotalRow));
      });
      // The memo lines close the table, as the source prints them (after the result of the year).
      for (const m of b.data.memo ?? []) rows.push([td(m.code ?? ''), rh(m.label), ...years.map((y) => td(money(m.values[y]), num()))]);
      return h('div.wide', [table(b.data.title, head, rows, { className: 'budget' })]);
    }),
  ]);
}
