/**
 * The data tables of the content model: staffing, the extension request, budgets, the priority note, statistics
 * and the targets of the RGI indicators. Split from kinds.ts, which re-exports them.
 */
import { z } from 'zod';
import { Amount, Correction, Id, IsoDate, Reported, Text, Year, YearMap } from './primitives.js';
import { base, ordered } from './shared.js';

/** A theme of the plan (thema): kept here beside the other tables so that kinds.ts stays small. */
export const PlanTheme = z.strictObject({
  id: Id,
  title: Text,
  heading: Text.optional().describe('The theme’s heading in the goal tree as the plan prints it (“Recht op wonen”); else its title.'),
  goal: Id.describe('The strategic goal the theme belongs to.'),
  ...ordered,
});

export const Staffing = z.strictObject({
  ...base('staffing'),
  title: Text,
  date: IsoDate.optional().describe('The moment the table describes.'),
  rows: z.array(
    z.strictObject({
      label: Text,
      goal: Id.optional(),
      theme: Id.optional(),
      decree: Amount.describe('FTE funded by the decree subsidy.'),
      other: Amount.describe('FTE funded otherwise.'),
      declaredTotal: Amount.optional(),
      declaredDecreeShare: z.number().min(0).max(100).optional().describe('% as the source prints it.'),
    }),
  ),
  declaredTotals: z
    .strictObject({ decree: Amount.optional(), other: Amount.optional(), total: Amount.optional(), decreeShare: z.number().optional() })
    .optional(),
});

export const ExtensionRequest = z.strictObject({
  ...base('extension-request'),
  title: Text,
  items: z.array(
    z.strictObject({ section: Text.optional(), group: Text, purpose: Text, fte: Amount, theme: Id.optional(), note: Text.optional() }),
  ),
  includes: z
    .strictObject({ label: Text, fte: Amount })
    .optional()
    .describe('A part of the request agreed within the sector and included in the total.'),
  declaredTotal: Amount.optional(),
});

/** The budget's subtotals, in the order of the result statement; the compiler computes each from the lines. */
export const BUDGET_SUBTOTALS = [
  'operating-income',
  'gross-margin',
  'operating-result',
  'financial-result',
  'ordinary-result',
  'exceptional-result',
  'result',
] as const;

export const BudgetGroup = z.enum([
  'operating-income',
  'goods-and-services',
  'salaries',
  'depreciation',
  'other-operating-costs',
  'financial-income',
  'financial-costs',
  'exceptional-income',
  'exceptional-costs',
]);
export const Budget = z.strictObject({
  ...base('budget'),
  title: Text,
  scope: z.enum(['organisation', 'subsidised']),
  years: z.array(Year).min(1),
  lines: z.array(
    z.strictObject({
      code: Text.optional().describe('Belgian account code(s), as text.'),
      label: Text,
      group: BudgetGroup,
      values: YearMap(Reported(z.number())),
    }),
  ),
  declared: z
    .partialRecord(z.enum(BUDGET_SUBTOTALS), YearMap(Reported(z.number())))
    .optional()
    .describe('Subtotals as the source states them, per year.'),
  memo: z
    .array(
      z.strictObject({
        code: Text.optional(),
        label: Text,
        values: YearMap(Reported(z.number())),
        note: Text.optional(),
        correction: Correction.optional().describe('How a value was read where the source’s text is garbled (a figure run into its code).'),
      }),
    )
    .optional()
    .describe('Lines the source prints that are part of no subtotal.'),
  fte: YearMap(Reported(Amount)).optional().describe('FTE per year as the budget states them.'),
  recovery: Text.optional().describe('What could and could not be recovered from the source.'),
});

export const PriorityTheme = z.strictObject({
  ...base('priority-theme'),
  source: Id,
  number: Text.optional(),
  title: Text,
  concern: Text.optional().describe('Markdown; a footnote as [^n] with its text in the same field.'),
  testimonials: z
    .array(
      z.strictObject({
        text: Text.describe('The quote as printed, its quotation marks included; Markdown.'),
        attribution: Text.describe('Who or what it is from, as printed (without the dashes around it).'),
      }),
    )
    .optional()
    .describe('Quotes the note prints after the concern, in its order.'),
  solution: Text.optional().describe('Markdown; a footnote as [^n] with its text in the same field.'),
  recommendations: z.array(
    z.strictObject({
      number: Text.optional().describe('As printed, e.g. "2.1"; quoted so "2.10" stays "2.10". Absent when the source does not number it.'),
      text: Text.describe('Markdown; a footnote as [^n] with its text in the same field.'),
      answeredBy: z.array(Id).optional().describe('Actions that answer this recommendation.'),
    }),
  ),
  ...ordered,
});

export const Statistics = z.strictObject({
  ...base('statistics'),
  title: Text,
  items: z.array(
    z.strictObject({
      id: Id,
      label: Text,
      value: z.number(),
      qualifier: Text.optional().describe('When the source gives an approximation: “ruim”, “meer dan”, “bijna”, “ongeveer”.'),
      unit: Text.describe('e.g. %, count, EUR, FTE.'),
      year: Year.optional(),
      period: Text.optional().describe('When the figure covers more than one year, as the source says.'),
      area: Id.describe('A municipality or region id.'),
      source: Text.optional().describe(
        'The source the document cites for the figure; absent when it names none (say so in note: the quality report shows it, the documents do not).',
      ),
      document: Id.optional().describe('The source document that cites it.'),
      note: Text.optional(),
    }),
  ),
});

/** The RGI indicators a baseline or target can be set for (the report's tables 2.1-2.13). */
export const INDICATOR_IDS = [
  'rgi-2.1',
  'rgi-2.2',
  'rgi-2.3',
  'rgi-2.4',
  'rgi-2.5',
  'rgi-2.6',
  'rgi-2.7',
  'rgi-2.8',
  'rgi-2.9',
  'rgi-2.10',
  'rgi-2.11',
  'rgi-2.12',
  'rgi-2.13',
] as const;

export const Targets = z.strictObject({
  ...base('targets'),
  title: Text.optional(),
  items: z.array(
    z.strictObject({
      indicator: Id.describe(`The indicator table, e.g. "rgi-2.3" (${INDICATOR_IDS.join(', ')}).`),
      row: z
        .union([Text, z.number().int()])
        .transform((v) => String(v))
        .optional()
        .describe('Row id of the table (a theme id, a year such as 2021, a source label); absent for a column total or the table total.'),
      column: Text.optional().describe(
        'Column id (an activity type id, "fte", "fteDirect"); absent for one-dimensional tables and row totals.',
      ),
      year: Year,
      baseline: z.number().nullable().optional().describe('The starting value (IATI baseline); null when explicitly unknown.'),
      target: z.number().nullable().optional().describe('The value aimed at for this year; null when explicitly not set.'),
      note: Text.optional(),
    }),
  ),
});
