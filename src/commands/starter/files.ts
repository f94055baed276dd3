/** The starter project `plan init` writes, as data: paths inside the project folder and their text. */
import type { PlannedFile } from '../report-plan.js';
import { markdownFile } from '../yaml-text.js';
import { IDS, type StarterLocale, TEXTS } from './texts.js';

export interface StarterOptions {
  organisation: string;
  start: number;
  end: number;
  locale: StarterLocale;
}

const NOT_STATED = { cooperation: 'not-stated', politicalResults: 'not-stated', participation: 'not-stated' };

export function starterFiles(o: StarterOptions): PlannedFile[] {
  const t = TEXTS[o.locale];
  const ids = IDS[o.locale];
  const en = o.locale === 'en';
  const period = `${o.start}-${o.end}`;
  const planId = `${en ? 'plan' : 'mjp'}-${period}`;
  const od1 = en ? 'sd1-housing-quality' : 'sd1-woonkwaliteit';
  const od2 = en ? 'sd2-meeting-places' : 'sd2-ontmoeting';
  const whole = { start: `${o.start}-01-01`, end: `${o.end}-12-31` };
  const reportId = t.reportId(o.start);
  const c = (path: string, data: Record<string, unknown>, body: string): PlannedFile => ({
    path: `content/${path}`,
    text: markdownFile(data, body),
  });

  const goal = (
    id: string,
    level: string,
    code: string,
    g: { title: string; statement: string },
    extra: Record<string, unknown>,
    order: number,
  ) => c(`goals/${id}.md`, { kind: 'goal', id, level, code, title: g.title, ...extra, statement: g.statement, order }, t.goalBody);
  const progress = (project: string, title: string, theme: string, order: number) =>
    c(
      `reports/${o.start}/progress/${project}.md`,
      {
        kind: 'progress',
        id: `${reportId}-${project}`,
        project,
        year: o.start,
        theme,
        title,
        order,
        ratings: NOT_STATED,
        status: 'not-stated',
      },
      t.progressBody,
    );

  return [
    c(
      'plan.md',
      {
        kind: 'plan',
        id: planId,
        title: t.planTitle(period),
        subtitle: o.organisation,
        organisation: { name: o.organisation },
        period: { start: o.start, end: o.end },
        locale: o.locale,
        themes: [
          { id: ids.housing, title: t.themes.housing, goal: 'sd1', order: 1 },
          { id: ids.meeting, title: t.themes.meeting, goal: 'sd2', order: 2 },
        ],
        activityTypes: t.activityTypes.map((a, i) => ({ ...a, order: i + 1 })),
      },
      t.planBody,
    ),
    goal('sd1', 'strategic', 'SD1', t.sd1, {}, 1),
    goal(od1, 'operational', 'OD1.1', t.od1, { parent: 'sd1', theme: ids.housing }, 1),
    goal('sd2', 'strategic', 'SD2', t.sd2, {}, 2),
    goal(od2, 'operational', 'OD2.1', t.od2, { parent: 'sd2', theme: ids.meeting }, 1),
    c(
      `actions/${ids.desk}.md`,
      {
        kind: 'strategic-action',
        id: ids.desk,
        title: t.housingDesk.title,
        timing: whole,
        goals: [{ id: od1, strength: 'contributes' }],
        order: 1,
      },
      t.housingDesk.body,
    ),
    c(
      `actions/${ids.hub}.md`,
      {
        kind: 'strategic-action',
        id: ids.hub,
        title: t.hub.title,
        timing: whole,
        goals: [{ id: od2, strength: 'contributes' }],
        order: 2,
      },
      t.hub.body,
    ),
    // No goals of its own: a sub-project serves its parent's goals.
    c(
      `actions/${ids.hub}/${ids.hubNorth}.md`,
      {
        kind: 'sub-project',
        id: ids.hubNorth,
        title: t.hubNorth.title,
        parent: ids.hub,
        timing: whole,
        order: 1,
      },
      t.hubNorth.body,
    ),
    c(`regions/${t.region.id}.md`, { kind: 'region', id: t.region.id, type: 'welfare-region', title: t.region.title }, t.region.body),
    c(
      `chapters/plan/10-${t.chapter.id}.md`,
      // What a new plan prints after its first chapter (a chapter's `include`; a part no chapter places is not
      // printed): the goal tree, the overview, the actions, a timeline, staffing and budget; and the pieces: which
      // actions serve each goal, the goals in each action's facts, the actions that answer a recommendation.
      {
        kind: 'chapter',
        id: t.chapter.id,
        document: planId,
        order: 10,
        title: t.chapter.title,
        include: [
          'goals',
          'overview',
          'actions',
          'transversal-actions',
          'timeline',
          'staffing',
          'budget',
          'served-by',
          'contributions',
          'answered-by',
        ],
      },
      t.chapter.body,
    ),
    c(
      `reports/${o.start}/report.md`,
      { kind: 'report', id: reportId, year: o.start, title: t.reportTitle(o.start), organisation: o.organisation },
      '',
    ),
    progress(ids.desk, t.housingDesk.title, ids.housing, 1),
    progress(ids.hub, t.hub.title, ids.meeting, 2),
    progress(ids.hubNorth, t.hubNorth.title, ids.meeting, 3),
  ];
}
