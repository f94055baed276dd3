/** The figures a report states for the whole organisation (RGI 2.1-2.13), compared with the computed ones. */
import { z } from 'zod';
import { Amount, Correction, Count, Id, PartialDate, Reported, Text, Year, YearMap } from './primitives.js';

export const Declared = z
  .strictObject({
    staffing: z
      .strictObject({
        norm: Reported(Amount).describe('The imposed decree staffing norm in FTE (3-year average).'),
        years: z.array(z.strictObject({ year: Year, fte: Reported(Amount), socialMaribel: Reported(Amount) })).optional(),
        threeYearAverage: Reported(Amount).describe('The 3-year figure as the report states it.'),
        surplus: Reported(z.number()).describe('Stated difference with the norm.'),
      })
      .optional(),
    fte: z
      .strictObject({
        total: YearMap(Reported(Amount)).optional().describe('Total FTE per year as stated.'),
        byTheme: z.array(z.strictObject({ theme: Id, year: Year, value: Reported(Amount) })).optional(),
        targetGroupShare: Reported(z.number().min(0).max(100)).describe('% of FTE working directly with the target group.'),
        withoutTargetGroupShare: z.array(z.strictObject({ theme: Id, value: Reported(z.number().min(0).max(100)) })).optional(),
      })
      .optional(),
    policyDossiers: z
      .strictObject({
        total: Reported(Count),
        byTheme: z
          .array(
            z.strictObject({
              theme: Id,
              value: Reported(Count),
              atLeast: Reported(Count).describe(
                'A part of the row the report’s text states (“11 beleidsdossiers” for some projects): the row holds at least this many.',
              ),
              note: Text.optional(),
            }),
          )
          .optional(),
        correction: Correction.optional().describe('How the stated figures and the projects’ own disagree, when they do.'),
      })
      .optional(),
    communicationActions: z
      .array(
        z.strictObject({
          date: PartialDate.optional(),
          title: Text,
          description: Text.optional(),
          channel: Text.optional(),
          url: Text.optional(),
          raw: Text.optional().describe(
            'The date as the source prints it (“05/01/2021”, “continu”, several dates); printed in place of `date`.',
          ),
        }),
      )
      .optional(),
    communicationActionsCount: Reported(Count).describe('The number of communication actions the report states.'),
    localFunding: z
      .array(z.strictObject({ theme: Id.optional(), source: Text, amount: Reported(Amount), note: Text.optional() }))
      .optional(),
    localFundingShares: z
      .array(z.strictObject({ label: Text, theme: Id.optional(), value: Reported(z.number().min(0).max(100)), raw: Text.optional() }))
      .optional()
      .describe('Shares of local funding in %, as stated (e.g. “ruim 35%”: value 35, raw kept).'),
    trainingHours: z
      .strictObject({
        total: Reported(Amount).describe('Formal training hours.'),
        informal: Reported(Amount),
        participants: Reported(Count).describe('Staff who took training.'),
        previousTotal: Reported(Amount),
        perFte: Reported(Amount),
        note: Text.optional(),
      })
      .optional(),
    seniority: z
      .strictObject({
        average: Reported(Amount),
        averageExcludingTemporary: Reported(Amount),
        previousAverage: Reported(Amount),
        headcount: Reported(Count),
        bands: z.array(z.strictObject({ label: Text, count: Reported(Count) })).optional(),
        note: Text.optional(),
      })
      .optional(),
    notes: z.array(Text).optional(),
  })
  .optional()
  .describe('Organisation-level figures as the report states them; compared with the computed ones.');
