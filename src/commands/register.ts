/**
 * The commander definitions of `plan init` and `plan new`, so the composition root registers them in one call. The
 * commands themselves load when run: start-up stays short for every other command.
 */
import { type Command, Option } from 'commander';
import type { Lang } from '../core/diagnostics/types.js';
import type { Io } from '../run/types.js';
import type { InitOptions } from './init.js';
import type { NewOptions } from './new.js';

/** The language of messages when --lang is not given: PLANWERK_LANG, else LANG (`nl_*` → Dutch), else English. */
const defaultLang = (env: NodeJS.ProcessEnv): Lang => (/^nl/i.test(env.PLANWERK_LANG ?? env.LANG ?? '') ? 'nl' : 'en');

export function registerYearCommands(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('init')
    .description(
      'make DIR a repository for an organisation’s plan: starter content, package.json with planwerk, .gitignore, editor settings, a CI workflow, a README; git init',
    )
    .argument('[dir]', 'folder to create the repository in', '.')
    .option('--organisation <name>', 'the organisation’s name')
    .option('--period <start-end>', 'the plan period, e.g. 2026-2030')
    .addOption(new Option('--locale <locale>', 'language of the starter texts').choices(['nl-BE', 'en']))
    .option('--planwerk <spec>', 'planwerk’s version in package.json (default: ^this version; e.g. file:../planwerk-0.2.0.tgz)')
    .option('--no-git', 'do not run git init')
    .addOption(new Option('--lang <lang>', 'language of messages (en, nl)').choices(['en', 'nl']))
    .action(async (dir: string, opts: Omit<InitOptions, 'dir' | 'lang'> & { lang?: Lang }) =>
      setExitCode(await (await import('./init.js')).initCommand(io, { ...opts, dir, lang: opts.lang ?? defaultLang(io.env) })),
    );

  program
    .command('new')
    .description('write a new content file of a kind in its conventional folder; `plan new report <year>` writes a year’s report')
    .argument('<kind>', 'the kind of document (goal, strategic-action, sub-project, region, report, …)')
    .argument('[id]', 'the id of the new document (for report: the year)')
    .addOption(new Option('-c, --content <dir>', 'content folder').default('content'))
    .option('--title <text>', 'title (otherwise a TODO placeholder)')
    .option('--parent <id>', 'parent goal, action or region')
    .option('--goal <id>', 'goal an action serves; the theme’s goal for a plan; the goal a change is about')
    .option('--theme <id>', 'theme of a goal, signal or evaluation; the first theme of a plan')
    .option('--level <level>', 'strategic or operational (goal)')
    .option('--project <id>', 'the action a progress entry or change is about')
    .option('--year <year>', 'year of a report-side document (default: the latest report)')
    .option('--document <id>', 'the plan, report or source a chapter belongs to (default: the plan)')
    .option('--type <type>', 'region type or change type')
    .option('--from <who>', 'sector or organisation (signal)')
    .option('--source <id>', 'source document of a priority theme')
    .option('--scope <scope>', 'organisation or subsidised (budget)')
    .option('--start <date>', 'timing start of an action (2026, 2026-09 or 2026-09-01)')
    .option('--end <date>', 'timing end of an action, or open')
    .option('--order <n>', 'position among its siblings')
    .option('--organisation <name>', 'organisation name (plan)')
    .option('--period <start-end>', 'plan period (plan)')
    .option('--locale <locale>', 'nl-BE or en (plan)')
    .option('--dry-run', 'print the file instead of writing it')
    .action(async (kind: string, id: string | undefined, opts: Omit<NewOptions, 'kind' | 'id'>) =>
      setExitCode(await (await import('./new.js')).newCommand(io, { ...opts, kind, ...(id !== undefined ? { id } : {}) })),
    );
}
