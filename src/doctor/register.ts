/**
 * The commander definition of `plan doctor`, registered by the CLI in one call. The checks load when it runs, so
 * every other command starts as fast as before.
 */
import path from 'node:path';
import { type Command, Option } from 'commander';
import { texts } from '../cli-text/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { ContentOptions, Io } from '../run/types.js';

interface DoctorFlags {
  content: string;
  lang?: Lang;
  cache?: boolean;
  reporter: 'pretty' | 'json';
  color: boolean;
}

export interface DoctorCli {
  defaultLang: Lang;
  color: boolean;
  /** The CLI's own translation of --content, --lang and --no-cache: the same door as `plan validate`. */
  contentOptions: (opts: { content: string; lang?: Lang; cache?: boolean }) => ContentOptions;
  setExitCode: (code: number) => void;
}

export function registerDoctor(program: Command, io: Io, cli: DoctorCli): void {
  const h = texts(cli.defaultLang).help;
  program
    .command('doctor')
    .description(h.doctor.description)
    .addOption(new Option('-c, --content <dir>', h.content).default('content'))
    .addOption(new Option('--lang <lang>', h.lang).choices(['en', 'nl']))
    .option('--no-cache', h.noCache)
    .addOption(new Option('-r, --reporter <name>', h.doctor.reporter).choices(['json', 'pretty']).default('pretty'))
    .option('--no-color', h.noColor)
    .action(async (opts: DoctorFlags) => {
      const { runDoctor } = await import('./index.js');
      const lang = opts.lang ?? cli.defaultLang;
      cli.setExitCode(
        await runDoctor(
          {
            content: cli.contentOptions({ ...opts, lang }),
            contentShown: path.normalize(opts.content).replace(/[\\/]+$/, '') || '.',
            cwd: io.cwd,
            lang,
            reporter: opts.reporter,
            color: cli.color && opts.color,
            env: io.env,
          },
          io,
        ),
      );
    });
}
