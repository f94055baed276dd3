/** The plan's goals: the goal tree (strategic goals, their themes and operational goals) and the overview matrix. */
import type { ActionDoc, GoalDoc, LinkContext } from '../../core/link/model.js';
import { sortBy } from '../../core/sort.js';
import { orderedThemes } from '../../core/themes.js';

export type Theme = NonNullable<LinkContext['plan']>['data']['themes'][number];

export interface Service {
  action: ActionDoc;
  strength: string;
  from: number | undefined;
  until: number | undefined;
}

export interface OperationalGoalView {
  goal: GoalDoc;
  /** Actions other than internal ones that serve the goal, with how and when. */
  servedBy: Service[];
  /** Internal actions that serve it: the plan shows them inside the goal. */
  internal: ActionDoc[];
}

export interface StrategicGoalView {
  goal: GoalDoc;
  /** The goal's themes in theme order, each with its operational goals (themes without any left out). */
  themes: { theme: Theme; goals: OperationalGoalView[] }[];
  /** Operational goals without a theme of this goal. */
  rest: OperationalGoalView[];
}

export function goalTreeView(content: LinkContext): StrategicGoalView[] {
  const operational = (od: GoalDoc): OperationalGoalView => {
    const served = (content.servedBy.get(od.data.id) ?? []).map(({ action, index }) => {
      const c = action.data.goals![index]!;
      return { action, strength: c.strength, from: c.from, until: c.until };
    });
    return {
      goal: od,
      servedBy: served.filter((s) => s.action.kind !== 'internal-action'),
      internal: served.filter((s) => s.action.kind === 'internal-action').map((s) => s.action),
    };
  };
  const planThemes = content.plan?.data.themes ?? [];
  return content.goals
    .filter((g) => g.data.level === 'strategic')
    .map((sd) => {
      const ods = content.goals.filter((g) => g.data.parent === sd.data.id);
      const themes = orderedThemes(planThemes.filter((t) => t.goal === sd.data.id));
      return {
        goal: sd,
        themes: themes
          .map((t) => ({ theme: t, goals: ods.filter((o) => o.data.theme === t.id).map(operational) }))
          .filter((g) => g.goals.length > 0),
        rest: ods.filter((o) => !o.data.theme || !themes.some((t) => t.id === o.data.theme)).map(operational),
      };
    });
}

export interface OverviewColumn {
  goal: GoalDoc;
  sd: GoalDoc;
  /** The column stands for the strategic goal as a whole (some action contributes to it directly). */
  whole: boolean;
  theme: string | undefined;
}

export interface OverviewView {
  columns: OverviewColumn[];
  /** First header row: one group per strategic goal. */
  goalGroups: { sd: GoalDoc; span: number }[];
  /** Second header row: the “SD” column, a theme, or no theme. */
  themeGroups: { kind: 'whole' | 'theme' | 'none'; title: string; span: number }[];
  /** One row per action of the plan as written; per column the strength of its contribution, if any. */
  rows: { action: ActionDoc; marks: (string | undefined)[] }[];
}

/** Runs of equal keys: [a, a, b] → a×2, b×1. */
export function runs<T, K>(items: readonly T[], key: (item: T) => K): { key: K; span: number; first: T }[] {
  const out: { key: K; span: number; first: T }[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.key === key(item)) last.span++;
    else out.push({ key: key(item), span: 1, first: item });
  }
  return out;
}

/**
 * The overview matrix, derived from the contributions as the plan wrote them: contributions added later
 * (`from`) and actions or goals introduced later belong to the report that added them.
 */
export function overviewView(content: LinkContext): OverviewView {
  const actions = content.actions.filter(
    (a) => (a.kind === 'strategic-action' || a.kind === 'transversal-action') && a.data.introduced === undefined,
  );
  const asWritten = (a: ActionDoc) => (a.data.goals ?? []).filter((g) => g.from === undefined);
  const themes = orderedThemes(content.plan?.data.themes ?? []);
  const rank = (g: GoalDoc) => {
    const i = themes.findIndex((t) => t.id === g.data.theme);
    return i < 0 ? themes.length : i;
  };
  const columns: OverviewColumn[] = [];
  for (const sd of content.goals.filter((g) => g.data.level === 'strategic' && g.data.scope !== 'internal')) {
    if (actions.some((a) => asWritten(a).some((g) => g.id === sd.data.id))) columns.push({ goal: sd, sd, whole: true, theme: undefined });
    const ods = content.goals.filter((g) => g.data.parent === sd.data.id && g.data.introduced === undefined);
    for (const od of sortBy(
      ods,
      rank,
      (g) => g.data.order,
      (g) => g.data.id,
    ))
      columns.push({ goal: od, sd, whole: false, theme: od.data.theme });
  }
  return {
    columns,
    goalGroups: runs(columns, (c) => c.sd).map((g) => ({ sd: g.key, span: g.span })),
    themeGroups: runs(columns, (c) => `${c.sd.data.id}|${c.theme ?? (c.whole ? 'sd' : '')}`).map((g) => ({
      kind: g.first.whole ? 'whole' : g.first.theme ? 'theme' : 'none',
      title: themes.find((t) => t.id === g.first.theme)?.title ?? '',
      span: g.span,
    })),
    rows: actions.map((a) => ({ action: a, marks: columns.map((c) => asWritten(a).find((g) => g.id === c.goal.data.id)?.strength) })),
  };
}
