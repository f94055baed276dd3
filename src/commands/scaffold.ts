/**
 * What `plan new <kind> <id>` writes, decided without touching the disk: the conventional path and a file with
 * every required field. Values the command cannot know are the TODO placeholder, which `plan validate` warns
 * about (link/placeholder), so a scaffold never passes as finished. References given as flags are checked here.
 */
import { type CliTexts, texts } from '../cli-text/index.js';
import { closest, type Lang } from '../core/diagnostics/index.js';
import type { EntityKind, LinkContext } from '../core/link/model.js';
import { PLACEHOLDER } from '../core/link/rules/placeholders.js';
import { ACTION_KINDS, Change, KINDS, type Kind } from '../core/schema/kinds.js';
import { ID_PATTERN } from '../core/schema/primitives.js';
import { progressEntry } from './progress-entry.js';
import type { PlannedFile } from './report-plan.js';
import { markdownFile, yamlText } from './yaml-text.js';

export interface NewFlags {
  title?: string;
  parent?: string;
  year?: string;
  project?: string;
  theme?: string;
  level?: string;
  goal?: string;
  document?: string;
  type?: string;
  from?: string;
  source?: string;
  scope?: string;
  start?: string;
  end?: string;
  order?: string;
  organisation?: string;
  period?: string;
  locale?: string;
}

export type ScaffoldResult = { ok: true; file: PlannedFile } | { ok: false; message: string };

/** Problems with the request, collected while the file is built (in the user's language); the first one is reported. */
type Problems = string[] & { t: CliTexts['new'] };

const TODO_BODY = { 'nl-BE': `${PLACEHOLDER}: schrijf hier de tekst.`, en: `${PLACEHOLDER}: write the text here.` };

/** The value of a reference flag, checked to name an entity of one of `kinds` (with “did you mean”). */
function ref(
  problems: Problems,
  ctx: LinkContext,
  flag: string,
  value: string | undefined,
  kinds: readonly EntityKind[],
  required: boolean,
): string | undefined {
  const candidates = [...ctx.definitions.entries()]
    .filter(([, defs]) => defs.some((d) => kinds.includes(d.kind)))
    .map(([id]) => id)
    .sort();
  const t = problems.t;
  // The four action kinds read as one word in a message.
  const what = t.what(kinds === ACTION_KINDS ? ['action'] : kinds);
  if (value === undefined) {
    if (!required) return undefined;
    const some = candidates.slice(0, 8).join(', ');
    return void problems.push(t.needsRef(flag, what, some ? `${some}${candidates.length > 8 ? ', …' : ''}` : undefined));
  }
  const defs = ctx.definitions.get(value);
  if (defs?.some((d) => kinds.includes(d.kind))) return value;
  if (defs) return void problems.push(t.wrongKind(flag, value, defs[0]!.kind, defs[0]!.file, what));
  return void problems.push(t.unknownRef(flag, what, value, closest(value, candidates)));
}

const yearOf = (problems: Problems, flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) problems.push(problems.t.notYear(flag, value));
  return Number(value);
};

const oneOf = (problems: Problems, flag: string, value: string | undefined, allowed: readonly string[], fallback?: string): string => {
  const v = value ?? fallback;
  if (v === undefined) {
    problems.push(problems.t.needsChoice(flag, allowed));
    return '';
  }
  if (!allowed.includes(v)) problems.push(problems.t.notOneOf(flag, allowed, v));
  return v;
};

/** The year of a report-side document: --year, else the latest report's year. */
function reportYear(problems: Problems, ctx: LinkContext, flags: NewFlags): number {
  const y = yearOf(problems, 'year', flags.year) ?? Math.max(...ctx.reports.map((r) => r.data.year));
  if (!Number.isFinite(y)) problems.push(problems.t.noReportYear);
  return y;
}

const timing = (flags: NewFlags) =>
  flags.start !== undefined || flags.end !== undefined ? { start: flags.start, end: flags.end } : undefined;

function build(problems: Problems, ctx: LinkContext, kind: Kind, id: string, flags: NewFlags): PlannedFile | undefined {
  const t = problems.t;
  const refuse = (message: string): undefined => void problems.push(message);
  const locale = ctx.plan?.data.locale ?? 'nl-BE';
  const title = flags.title ?? PLACEHOLDER;
  const body = TODO_BODY[locale];
  const md = (path: string, data: Record<string, unknown>, withBody = true) => ({ path, text: markdownFile(data, withBody ? body : '') });
  const yaml = (path: string, data: Record<string, unknown>) => ({ path, text: yamlText(data) });
  const order = flags.order === undefined ? undefined : Number(flags.order);
  if (order !== undefined && !Number.isFinite(order)) refuse(t.orderNotNumber(String(flags.order)));

  switch (kind) {
    case 'plan': {
      if (ctx.plan) refuse(t.planExists(ctx.plan.file));
      const m = /^(\d{4})-(\d{4})$/.exec(flags.period ?? '');
      if (!m) return refuse(t.needsPeriod);
      const theme = flags.theme ?? refuse(t.needsTheme);
      return md('plan.md', {
        kind,
        id,
        title,
        organisation: { name: flags.organisation ?? PLACEHOLDER },
        period: { start: Number(m[1]), end: Number(m[2]) },
        locale: oneOf(problems, 'locale', flags.locale, ['nl-BE', 'en'], 'nl-BE'),
        // The theme's strategic goal may not exist yet: a TODO id fails the schema, so it cannot be forgotten.
        themes: [{ id: theme, title: PLACEHOLDER, goal: flags.goal ?? PLACEHOLDER }],
      });
    }
    case 'chapter': {
      const document = flags.document ?? ctx.plan?.data.id ?? refuse(t.needsDocument);
      ref(problems, ctx, 'document', document, ['plan', 'report', 'source'], true);
      const siblings = ctx.chapters.filter((c) => c.data.document === document).map((c) => c.data.order);
      const o = order ?? (siblings.length > 0 ? Math.floor(Math.max(...siblings) / 10) * 10 + 10 : 10);
      const folder = document === ctx.plan?.data.id ? 'plan' : document;
      return md(`chapters/${folder}/${String(o).padStart(2, '0')}-${id}.md`, { kind, id, document, order: o, title });
    }
    case 'source':
      return md(`sources/${id}.md`, { kind, id, title, year: yearOf(problems, 'year', flags.year) });
    case 'goal': {
      const level = oneOf(
        problems,
        'level',
        flags.level,
        ['strategic', 'operational'],
        flags.parent !== undefined ? 'operational' : 'strategic',
      );
      const parent = level === 'operational' ? ref(problems, ctx, 'parent', flags.parent, ['goal'], true) : undefined;
      if (level === 'strategic' && flags.parent !== undefined) refuse(t.strategicNoParent);
      if (parent !== undefined && ctx.goalById.get(parent)?.data.level !== 'strategic') refuse(t.parentNotStrategic(parent));
      return md(`goals/${id}.md`, {
        kind,
        id,
        level,
        title,
        parent,
        theme: ref(problems, ctx, 'theme', flags.theme, ['theme'], false),
        statement: PLACEHOLDER,
        order,
      });
    }
    case 'strategic-action':
    case 'transversal-action':
    case 'internal-action':
    case 'sub-project': {
      const sub = kind === 'sub-project';
      const parent = sub ? ref(problems, ctx, 'parent', flags.parent, ACTION_KINDS, true) : undefined;
      if (parent !== undefined && ctx.actionById.get(parent)?.kind === 'sub-project') refuse(t.parentIsSubProject(parent));
      if (!sub && flags.parent !== undefined) refuse(t.onlySubProjectParent);
      // A sub-project serves its parent's goals unless it lists its own; every other action must list one.
      const goal = ref(problems, ctx, 'goal', flags.goal, ['goal'], !sub);
      const goals = goal === undefined ? undefined : [{ id: goal, strength: 'contributes' }];
      return md(sub ? `actions/${parent}/${id}.md` : `actions/${id}.md`, { kind, id, title, parent, timing: timing(flags), goals, order });
    }
    case 'region':
      return md(`regions/${id}.md`, {
        kind,
        id,
        type: oneOf(problems, 'type', flags.type, ['country', 'community', 'province', 'welfare-region'], 'welfare-region'),
        title,
        parent: ref(problems, ctx, 'parent', flags.parent, ['region'], false),
        order,
      });
    case 'progress': {
      const project = ref(problems, ctx, 'project', flags.project, ACTION_KINDS, true) ?? '';
      const year = reportYear(problems, ctx, flags);
      if (!ctx.reports.some((r) => r.data.year === year)) refuse(t.noReport(year));
      const other = ctx.progress.find((p) => p.data.project === project && p.data.year === year);
      if (other) refuse(t.progressExists(project, year, other.file));
      const action = ctx.actionById.get(project);
      if (!action || problems.length > 0) return undefined;
      return { path: `reports/${year}/progress/${project}.md`, text: markdownFile(progressEntry(ctx, action, year, id), body) };
    }
    case 'signal': {
      const year = reportYear(problems, ctx, flags);
      const theme = ref(problems, ctx, 'theme', flags.theme, ['theme'], false);
      return md(`reports/${year}/signals/${id}.md`, {
        kind,
        id,
        year,
        from: oneOf(problems, 'from', flags.from, ['sector', 'organisation'], 'organisation'),
        title,
        themes: theme ? [theme] : undefined,
        order,
      });
    }
    case 'change': {
      const year = reportYear(problems, ctx, flags);
      // The schema's own list, so a new change type reaches `plan new change` without a second edit.
      const types: readonly string[] = Change.shape.type.options;
      const type = oneOf(problems, 'type', flags.type, types);
      const goal = ref(problems, ctx, 'goal', flags.goal, ['goal'], type.startsWith('goal-'));
      const action = type.startsWith('action-') ? ref(problems, ctx, 'project', flags.project, ACTION_KINDS, true) : undefined;
      return md(`reports/${year}/changes/${id}.md`, { kind, id, year, type, title, goal, action, order });
    }
    case 'evaluation': {
      const year = reportYear(problems, ctx, flags);
      const theme = ref(problems, ctx, 'theme', flags.theme, ['theme'], true);
      const themeTitle = ctx.plan?.data.themes.find((t) => t.id === theme)?.title;
      return md(`reports/${year}/evaluations/${id}.md`, { kind, id, year, theme, title: flags.title ?? themeTitle, order });
    }
    case 'partnerships':
      return yaml(`reports/${reportYear(problems, ctx, flags)}/partnerships/${id}.yaml`, {
        kind,
        id,
        year: reportYear(problems, ctx, flags),
        title,
        rows: [],
        order,
      });
    case 'municipalities':
      return yaml('municipalities.yaml', { kind, id, items: [] });
    case 'staffing':
      return yaml('staffing.yaml', { kind, id, title, rows: [] });
    case 'extension-request':
      return yaml('extension-request.yaml', { kind, id, title, items: [] });
    case 'budget': {
      const p = ctx.plan?.data.period;
      if (!p) return refuse(t.budgetNeedsPlan);
      const years = Array.from({ length: p.end - p.start + 1 }, (_, i) => p.start + i);
      return yaml(`budget/${id}.yaml`, {
        kind,
        id,
        title,
        scope: oneOf(problems, 'scope', flags.scope, ['organisation', 'subsidised'], 'organisation'),
        years,
        lines: [],
      });
    }
    case 'priority-theme':
      return md(`priority-note/${id}.md`, {
        kind,
        id,
        source: ref(problems, ctx, 'source', flags.source, ['source'], true),
        title,
        recommendations: [],
        order,
      });
    case 'statistics':
      return yaml(`statistics/${id}.yaml`, { kind, id, title, items: [] });
    case 'targets':
      return yaml(`targets/${id}.yaml`, { kind, id, title: flags.title, items: [] });
    case 'divergences':
      return yaml(`sources/${id}.yaml`, { kind, id, title: flags.title, sources: [], items: [] });
    case 'report':
      return refuse(t.useNewReport);
  }
}

export function scaffold(ctx: LinkContext, kindName: string, id: string, flags: NewFlags, lang: Lang = 'en'): ScaffoldResult {
  const t = texts(lang).new;
  if (!(KINDS as readonly string[]).includes(kindName))
    return { ok: false, message: t.unknownKind(kindName, closest(kindName, KINDS), KINDS) };
  if (!ID_PATTERN.test(id)) return { ok: false, message: t.notAnId(id) };
  const holder = ctx.definitions.get(id)?.[0]?.file ?? ctx.placeholders.get(id)?.file;
  if (holder) return { ok: false, message: t.idTaken(id, holder) };
  const problems: Problems = Object.assign([], { t });
  const file = build(problems, ctx, kindName as Kind, id, flags);
  return file && problems.length === 0 ? { ok: true, file } : { ok: false, message: problems[0] ?? t.cannotWrite(kindName) };
}
