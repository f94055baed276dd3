/**
 * One zod schema per kind of document: the single source of truth for the content model.
 * `plan schema` writes them as JSON Schema into schemas/; docs/content-model.md explains them with examples.
 */
import { z } from 'zod';
import { Unavailable } from './availability.js';
import { Branding } from './branding.js';
import { Declared } from './declared.js';
import { Divergences } from './divergences.js';
import { Amount, Contribution, Count, Id, IsoDate, PartialDate, Reported, Text, Timing, Year } from './primitives.js';

import { base, ordered } from './shared.js';
import { Budget, ExtensionRequest, PlanTheme, PriorityTheme, Staffing, Statistics, Targets } from './tables.js';

export { DIVERGENCE_CLASSES, Divergences } from './divergences.js';
export { Budget, BudgetGroup, ExtensionRequest, INDICATOR_IDS, PriorityTheme, Staffing, Statistics, Targets } from './tables.js';

export const Plan = z.strictObject({
  ...base('plan'),
  title: Text,
  subtitle: Text.optional(),
  organisation: z.strictObject({
    name: Text.describe('The name at the time of the plan.'),
    formerNames: z.array(Text).optional(),
    laterNames: z.array(z.strictObject({ name: Text, since: PartialDate })).optional(),
    place: Text.optional(),
  }),
  period: z.strictObject({ start: Year, end: Year }),
  locale: z.enum(['nl-BE', 'en']),
  date: IsoDate.optional().describe('Date of the plan document.'),
  themes: z.array(PlanTheme).min(1),
  activityTypes: z.array(z.strictObject({ id: Id, title: Text, ...ordered })).optional(),
  branding: Branding.optional(),
  legend: Text.optional().describe(
    'The one sentence that explains the mark “–” of a figure or fact the content lacks, printed where a chapter places the part `legend`; the document prints no sentence of its own about it.',
  ),
});

export const Report = z.strictObject({
  ...base('report'),
  year: Year,
  title: Text,
  organisation: Text.describe('The organisation’s name on this report.'),
  date: IsoDate.optional(),
  dateRaw: Text.optional().describe('The date exactly as the report prints it (“28.04.2022”); the cover prints it in place of `date`.'),
  legend: Text.optional().describe(
    'The report’s own sentence (else the plan’s): the one sentence that explains the mark “–” of a figure or fact the content lacks, printed where a chapter places the part `legend`; the document prints no sentence of its own about it.',
  ),

  declared: Declared,
  unavailable: z.array(Unavailable).optional().describe('Parts the source has but this content lost (charts, ticked boxes).'),
  sectionIntros: z
    .array(z.strictObject({ number: Text.describe('The progress section, e.g. "3.6".'), text: Text.describe('Markdown.') }))
    .optional()
    .describe('The text the report prints under the heading of a section of its qualitative progress, before the projects.'),
});

/** The parts of the plan the compiler generates from the content (a chapter may introduce one). */
export const PLAN_PARTS = [
  'goals',
  'overview',
  'actions',
  'transversal-actions',
  'internal-goals',
  'timeline',
  'staffing',
  'budget',
  'places',
  'statistics',
  'priorities',
  'legend',
] as const;
/** The parts of a progress report the compiler generates. */
export const REPORT_PARTS = [
  'evaluations',
  'partnerships',
  'signals',
  'changes',
  'indicators',
  'progress',
  'fixed-data',
  'legend',
] as const;
/**
 * Pieces of a generated part that the source may not have: printed only when a chapter of the document names them
 * in `include`. served-by: under each goal, the actions that serve it; contributions: in each action's facts, the
 * goals it serves; plan-link: under each project of a report,
 * its action in the plan (or that it is new that year); answered-by: under each recommendation of a priority note,
 * the actions that answer it; funding-shares: under RGI 2.11, the shares of local funding as a list (the source states
 * them in its text).
 */
export const PART_PIECES = ['served-by', 'contributions', 'plan-link', 'answered-by', 'funding-shares'] as const;

/** The heading of a group of signals (“1.2.1 Signalen vanuit sector SAAMO”). */
const SignalGroup = z.strictObject({
  number: Text.optional().describe('The number as the report prints it, e.g. "1.2.1".'),
  title: Text,
  list: z
    .boolean()
    .optional()
    .describe(
      'Print the group’s signals as one bulleted list of their texts, without their titles, as the report does; default: each signal under its title.',
    ),
});

export const Chapter = z.strictObject({
  ...base('chapter'),
  document: Id.describe('The plan or report this chapter belongs to.'),
  order: z.number(),
  title: Text,
  number: Text.optional().describe('The chapter number as the document prints it, e.g. "1.2".'),
  date: IsoDate.optional(),
  annex: z.boolean().optional().describe('An annex (bijlage) rather than a chapter.'),
  signalGroups: z
    .strictObject({ sector: SignalGroup.optional(), organisation: SignalGroup.optional() })
    .optional()
    .describe('For the chapter that places a report’s signals: the heading of each group as the report prints it.'),
  generated: z
    .enum([...PLAN_PARTS, ...REPORT_PARTS])
    .optional()
    .describe('The generated part this chapter introduces: it is rendered right after the chapter’s text.'),
  include: z
    .array(Text)
    .optional()
    .describe(
      'What the chapter places after its text, in order: generated parts of its document (plan: goals, overview, actions, transversal-actions, internal-goals, timeline, staffing, budget, places, statistics, priorities; report: evaluations, partnerships, signals, changes, indicators, progress, fixed-data) and pieces the source may not have: served-by (the actions under each goal), contributions (the goals in each action’s facts), plan-link (each project’s action in the plan, or new that year), answered-by (the actions under each recommendation), funding-shares (the shares of local funding as a list under RGI 2.11). A part no chapter places is not printed; a piece is printed only when named.',
    ),
});

export const Source = z.strictObject({
  ...base('source'),
  title: Text,
  publisher: Text.optional(),
  authors: z.array(Text).optional(),
  partners: z.array(Text).optional(),
  year: Year.optional(),
  date: IsoDate.optional(),
  declaredAttendance: Reported(Count).describe('Total attendance of the meetings as the source states it.'),
});

export const Goal = z.strictObject({
  ...base('goal'),
  level: z.enum(['strategic', 'operational']),
  code: Text.optional().describe(
    'The label the documents use: "SD1" (the plan prints “SD1: …”), or "OD"/"SD" when they name the kind only (“OD Sociale bescherming”).',
  ),
  title: Text,
  annexTitle: Text.optional().describe(
    'The title as a report’s annex of fixed project data prints it, when it differs (“Kwaliteitsverbetering woonmarkt”).',
  ),
  parent: Id.optional().describe('For an operational goal: its strategic goal.'),
  theme: Id.optional().describe('For an operational goal grouped under a theme.'),
  scope: z.enum(['external', 'internal']).optional().describe('internal: the internal-organisation goals.'),
  statement: Text.describe('The goal statement; the explanation (toelichting) is the body.'),
  introduced: Year.optional().describe('First year the goal counts, when added during the plan.'),
  dropped: Year.optional().describe('First year the goal no longer counts.'),
  replacedBy: Id.optional().describe('The goal that continues this one after it was moved or renamed.'),
  partners: Text.optional().describe(
    'The partners as the plan writes them once under the goal, for all its actions (“sector Samenlevingsopbouw, onze doelgroepen en onze partners.”).',
  ),
  timing: Timing.optional().describe('The timing the plan writes once under the goal, for all its actions.'),
  ...ordered,
});

const actionFields = {
  id: Id,
  title: Text,
  parent: Id.optional(),
  sector: z.boolean().optional().describe('Run together with the sector federation: “(sector)” in the plan’s overview table.'),
  municipalities: z.array(Id).optional(),
  partners: z.array(Text).optional(),
  partnersAsWritten: Text.optional().describe(
    'The partners in the plan’s own sentence, printed instead of the list joined with commas (the list stays the data).',
  ),
  partnersInBody: z
    .boolean()
    .optional()
    .describe('The action’s text has the plan’s own section on its partners: the facts leave the list out (it would print them twice).'),
  overviewTitle: Text.optional().describe('The title as the plan’s overview table prints it, when it differs (“Ieders Stem Telt”).'),
  heading: Text.optional().describe(
    'The title as the plan’s heading prints it, when it differs, e.g. by the source’s own typo (“Ieders Stemt Telt campagne”).',
  ),
  timing: Timing.optional(),
  goals: z.array(Contribution).optional(),
  phase: Text.optional(),
  introduced: Year.optional().describe('First year, when the action was added during the plan.'),
  ended: Year.optional().describe('Last year, when the action stopped or merged during the plan.'),
  continues: z.array(Id).optional().describe('Plan actions this one continues (after a merge or rename).'),
  formerTitles: z.array(Text).optional(),
  ...ordered,
};
export const StrategicAction = z.strictObject({ kind: z.literal('strategic-action'), ...actionFields });
export const TransversalAction = z.strictObject({ kind: z.literal('transversal-action'), ...actionFields });
export const InternalAction = z.strictObject({ kind: z.literal('internal-action'), ...actionFields });
export const SubProject = z.strictObject({ kind: z.literal('sub-project'), ...actionFields });

export const Region = z.strictObject({
  ...base('region'),
  type: z.enum(['country', 'community', 'province', 'welfare-region']),
  title: Text,
  parent: Id.optional(),
  source: Id.optional(),
  number: Text.optional().describe('The number of the region’s section as its source prints it, e.g. "3.2.1".'),
  meetings: z
    .array(
      z.strictObject({
        host: Id.optional().describe('Municipality that hosted the meeting.'),
        place: Text.optional(),
        date: IsoDate.optional(),
        attendance: Reported(Count),
        raw: Text.optional(),
      }),
    )
    .optional()
    .describe('The meetings held in the region (2013 welfare rounds).'),
  ...ordered,
});

export const Municipalities = z.strictObject({
  ...base('municipalities'),
  items: z.array(
    z.strictObject({
      id: Id,
      name: Text,
      region: Id.optional().describe('Welfare region, only where a source says so.'),
      mergedInto: Id.optional(),
      mergedOn: PartialDate.optional(),
      aliases: z.array(Text).optional().describe('Other spellings the sources use.'),
      note: Text.optional(),
    }),
  ),
});

const Rating = z.enum(['not-stated', 'not-applicable', 'in-development', 'partial-results', 'goals-achieved', 'above-expectations']);
const Status = z.enum(['not-stated', 'not-started', 'on-schedule', 'adjusted', 'completed', 'stopped', 'new']);

const DossierStatus = Text.optional().describe(
  'As stated, e.g. “In ontwikkeling”; printed before the title, as the report does (“In ontwikkeling, conceptfase: beleidsdossier …”).',
);

export const Progress = z.strictObject({
  ...base('progress'),
  project: Id,
  year: Year,
  theme: Id.optional().describe('The report theme it is listed under; absent for the transversal actions.'),
  number: Text.optional().describe('Section number in the report, e.g. "3.1.1".'),
  title: Text.optional().describe('The project title as the report writes it.'),
  ratings: z
    .strictObject({ cooperation: Rating, politicalResults: Rating, participation: Rating })
    .optional()
    .describe('The three rating scales; absent when the report prints no scales for this project (e.g. its transversal actions).'),
  status: Status,
  dossiers: z
    .array(
      z.union([
        z.strictObject({ title: Text, summary: Text.optional(), status: DossierStatus }),
        // A dossier the report describes without a title of its own: its text alone (still one dossier of RGI 2.8).
        z.strictObject({ summary: Text, status: DossierStatus }),
      ]),
    )
    .optional()
    .describe('Policy dossiers; [] when the report says none was made; absent when not stated.'),
  dossiersNote: Text.optional().describe('What the report adds under “Beleidsadviezen” besides the dossiers.'),
  noDossierText: Text.optional().describe(
    'With `dossiers: []`: the report’s own sentence when it words “no dossier” otherwise (“… gerealiseerd in 2021.”), printed in place of the usual one.',
  ),
  planning: z.array(Text).optional(),
  measures: z
    .strictObject({
      fte: Reported(Amount),
      fteDirect: Reported(Amount).describe('FTE working directly with the target group.'),
      activities: z.record(Id, Reported(Count)).optional().describe('Per activity type id.'),
      participations: z.record(Id, Reported(Count)).optional().describe('Per activity type id.'),
      partners: Reported(Count),
      partnerContacts: Reported(Count),
      policyContacts: Reported(Count).describe('Policy contacts with the target group present.'),
      volunteers: Reported(Count),
      localFunding: z.array(z.strictObject({ source: Text, amount: Reported(Amount) })).optional(),
    })
    .optional(),
  fixed: z
    .strictObject({
      title: Text.optional(),
      timing: Timing.optional(),
      goals: z.array(Contribution).optional(),
      phase: Text.optional(),
      order: z
        .number()
        .optional()
        .describe(
          'Its place among the annex’s projects of its theme, when the annex orders them otherwise than the progress part: those with one first, in this order, then the others in the progress part’s order.',
        ),
    })
    .optional()
    .describe('The annex “Vaste gegevens projecten” as this year’s report states it.'),
  ...ordered,
});

export const Signal = z.strictObject({
  ...base('signal'),
  year: Year,
  from: z.enum(['sector', 'organisation']),
  title: Text,
  themes: z.array(Id).optional(),
  ...ordered,
});

export const Change = z.strictObject({
  ...base('change'),
  year: Year,
  type: z.enum([
    'goal-dropped',
    'goal-moved',
    'goal-renamed',
    'goal-added',
    'action-added',
    'action-merged',
    'action-renamed',
    'action-redated',
    'action-stopped',
  ]),
  title: Text,
  goal: Id.optional(),
  action: Id.optional(),
  into: Id.optional().describe('The goal or action that takes over.'),
  ...ordered,
});

export const Evaluation = z.strictObject({
  ...base('evaluation'),
  year: Year,
  theme: Id,
  number: Text.optional(),
  title: Text.optional(),
  ...ordered,
});

export const Partnerships = z.strictObject({
  ...base('partnerships'),
  year: Year,
  title: Text,
  rows: z.array(
    z.strictObject({
      partner: Text,
      purpose: Text.optional(),
      theme: Id.optional(),
      themes: z.array(Id).optional().describe('When a row names several themes.'),
      raw: Text.optional().describe('The theme column as printed.'),
    }),
  ),
  ...ordered,
});

/** Every kind, by the value of its `kind` field. */
export const SCHEMAS = {
  budget: Budget,
  change: Change,
  chapter: Chapter,
  divergences: Divergences,
  evaluation: Evaluation,
  'extension-request': ExtensionRequest,
  goal: Goal,
  'internal-action': InternalAction,
  municipalities: Municipalities,
  partnerships: Partnerships,
  plan: Plan,
  'priority-theme': PriorityTheme,
  progress: Progress,
  region: Region,
  report: Report,
  signal: Signal,
  source: Source,
  staffing: Staffing,
  statistics: Statistics,
  'strategic-action': StrategicAction,
  'sub-project': SubProject,
  targets: Targets,
  'transversal-action': TransversalAction,
} as const;

export type Kind = keyof typeof SCHEMAS;
export type DocOf<K extends Kind> = z.output<(typeof SCHEMAS)[K]>;
export const KINDS = Object.keys(SCHEMAS).sort() as Kind[];
export const ACTION_KINDS = ['strategic-action', 'transversal-action', 'internal-action', 'sub-project'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
