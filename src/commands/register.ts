/**
 * The commander definitions of `plan init` and `plan new`, so the composition root registers them in one call. The
 * commands themselves load when run: start-up stays short for every other command.
 */
import { type Command, Option } from 'commander';
import { texts } from '../cli-text/index.js';
import { renameTexts } from '../cli-text/rename.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { Io } from '../run/types.js';
import type { InitOptions } from './init.js';
import type { NewOptions } from './new.js';

export function registerYearCommands(program: Command, io: Io, setExitCode: (code: number) => void, lang: Lang): void {
  const { init, new: n, ...h } = texts(lang).help;
  program
    .command('init')
    .description(init.description)
    .argument('[dir]', init.dir, '.')
    .option('--organisation <name>', init.organisation)
    .option('--period <start-end>', init.period)
    .addOption(new Option('--locale <locale>', init.locale).choices(['nl-BE', 'en']))
    .option('--planwerk <spec>', init.planwerk)
    .option('--no-git', init.noGit)
    .addOption(new Option('--lang <lang>', h.lang).choices(['en', 'nl']))
    .action(async (dir: string, opts: Omit<InitOptions, 'dir' | 'lang'> & { lang?: Lang }) =>
      setExitCode(await (await import('./init.js')).initCommand(io, { ...opts, dir, lang: opts.lang ?? lang })),
    );

  program
    .command('new')
    .description(n.description)
    .argument('<kind>', n.kind)
    .argument('[id]', n.id)
    .addOption(new Option('-c, --content <dir>', h.content).default('content'))
    .addOption(new Option('--lang <lang>', h.lang).choices(['en', 'nl']))
    .option('--title <text>', n.title)
    .option('--parent <id>', n.parent)
    .option('--goal <id>', n.goal)
    .option('--theme <id>', n.theme)
    .option('--level <level>', n.level)
    .option('--project <id>', n.project)
    .option('--year <year>', n.year)
    .option('--document <id>', n.document)
    .option('--type <type>', n.type)
    .option('--from <who>', n.from)
    .option('--source <id>', n.source)
    .option('--scope <scope>', n.scope)
    .option('--start <date>', n.start)
    .option('--end <date>', n.end)
    .option('--order <n>', n.order)
    .option('--organisation <name>', n.organisation)
    .option('--period <start-end>', n.period)
    .option('--locale <locale>', n.locale)
    .option('--dry-run', n.dryRun)
    .action(async (kind: string, id: string | undefined, opts: Omit<NewOptions, 'kind' | 'id'>) =>
      setExitCode(
        await (await import('./new.js')).newCommand(io, { ...opts, kind, ...(id !== undefined ? { id } : {}), lang: opts.lang ?? lang }),
      ),
    );

  const r = renameTexts(lang).help;
  program
    .command('rename')
    .description(r.description)
    .argument('<old>', r.old)
    .argument('<new>', r.new)
    .addOption(new Option('-c, --content <dir>', h.content).default('content'))
    .addOption(new Option('--lang <lang>', h.lang).choices(['en', 'nl']))
    .option('--dry-run', r.dryRun)
    .action(async (old: string, next: string, opts: { content: string; lang?: Lang; dryRun?: boolean }) =>
      setExitCode(await (await import('./rename.js')).renameCommand(io, { ...opts, old, new: next, lang: opts.lang ?? lang })),
    );
}
