/**
 * The command line: turns argv into options, reads the environment and the signals once, calls the composition
 * root (src/run/) and returns the exit code. Exit codes: 0 clean, 1 content errors (or warnings with --strict),
 * 2 the tool could not run, 130/143 interrupted by SIGINT/SIGTERM.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { localizeCommander } from './cli-text/commander.js';
import { cliLang, texts } from './cli-text/index.js';
import { registerYearCommands } from './commands/register.js';
import type { Lang } from './core/diagnostics/types.js';
import type { DevOptions } from './dev/index.js';
import { registerDoctor } from './doctor/register.js';
import { CACHE_DIR } from './io/cache.js';
import { LoadError } from './io/load.js';
import { WriteError } from './io/write.js';
import { actionsReporter, REPORTER_NAMES } from './reporters/names.js';
import type { SelectOptions } from './run/select.js';
import { type ContentOptions, type Io, ToolError } from './run/types.js';
import { VERSION } from './version.js';

export type { Io } from './run/index.js';

interface CommonOptions {
  content: string;
  lang?: Lang;
  jobs?: string;
  cache?: boolean;
}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * An AbortSignal that SIGINT or SIGTERM aborts (its reason: the signal's name). The handlers go away after the
 * first signal, so a second one ends the process at once, as without them.
 */
function interrupts(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const names = Object.keys(SIGNAL_EXIT) as NodeJS.Signals[];
  const dispose = () => {
    for (const n of names) process.off(n, on);
  };
  const on = (name: NodeJS.Signals) => {
    dispose();
    controller.abort(name);
  };
  names.forEach((n) => process.on(n, on));
  return { signal: controller.signal, dispose };
}

/** The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC). */
function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) : undefined;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const env = io.env;
  // Known before commander parses: its help and its errors speak it too.
  const defaultLang: Lang = cliLang(argv, env);
  const t = texts(defaultLang);
  const h = t.help;
  const color = !!io.stdout.isTTY && env.NO_COLOR === undefined && env.CI === undefined;
  // PLANWERK_PARALLEL_THRESHOLD: from how many files worker threads are used (tests set it low).
  const threshold = env.PLANWERK_PARALLEL_THRESHOLD !== undefined ? Number(env.PLANWERK_PARALLEL_THRESHOLD) : undefined;

  const program = new Command('plan')
    .description(h.program)
    .version(VERSION, '-V, --version', t.commander.version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();
  localizeCommander(program, t);

  const content = () => new Option('-c, --content <dir>', h.content).default('content');
  const lang = () => new Option('--lang <lang>', h.lang).choices(['en', 'nl']);
  const jobs = () => new Option('-j, --jobs <n>', h.jobs);

  const contentOptions = (opts: CommonOptions): ContentOptions => {
    const threads = opts.jobs !== undefined ? Number(opts.jobs) : availableParallelism();
    if (!Number.isInteger(threads) || threads < 1) throw new ToolError(t.tool.jobs(opts.jobs));
    return {
      contentDir: path.resolve(io.cwd, opts.content),
      lang: opts.lang ?? defaultLang,
      threads,
      ...(threshold !== undefined && threshold >= 0 ? { parallelThreshold: threshold } : {}),
      // PLANWERK_CACHE_SALT keys the cache as another tool version would; PLANWERK_CACHE_STATS=1 counts hits.
      cache: {
        dir: opts.cache === false ? undefined : path.join(io.cwd, CACHE_DIR),
        salt: env.PLANWERK_CACHE_SALT ?? '',
        stats: env.PLANWERK_CACHE_STATS === '1',
      },
    };
  };

  // Only what the github reporter links with, not the whole environment.
  const ciEnv = { GITHUB_SERVER_URL: env.GITHUB_SERVER_URL, GITHUB_REPOSITORY: env.GITHUB_REPOSITORY, GITHUB_SHA: env.GITHUB_SHA };

  // --as-of YEAR: a whole year, or the tool cannot run (exit 2).
  const asOfYear = (year: string | undefined): number | undefined => {
    if (year === undefined) return undefined;
    if (!/^\d{4}$/.test(year)) throw new ToolError(t.tool.asOf(year));
    return Number(year);
  };

  // Which findings are reported (never which are checked): the baseline, --changed, --quiet.
  const selectOptions = (opts: SelectOptions): SelectOptions => ({
    ...(opts.quiet !== undefined ? { quiet: opts.quiet } : {}),
    ...(opts.changed !== undefined ? { changed: opts.changed } : {}),
    ...(opts.base !== undefined ? { base: opts.base } : {}),
    ...(opts.baseline !== undefined ? { baseline: opts.baseline } : {}),
    ...(opts.updateBaseline !== undefined ? { updateBaseline: opts.updateBaseline } : {}),
    ...(opts.code !== undefined ? { code: opts.code } : {}),
    ...(opts.pruneBaseline !== undefined ? { pruneBaseline: opts.pruneBaseline } : {}),
    githubBaseRef: env.GITHUB_BASE_REF || undefined,
    gitEnv: env,
  });

  program
    .command('validate')
    .description(h.validate.description)
    .addOption(content())
    .addOption(lang())
    .addOption(jobs())
    .option('--no-cache', h.noCache)
    .addOption(
      new Option('-r, --reporter <name>', h.validate.reporter)
        .choices([...REPORTER_NAMES].sort())
        .default(actionsReporter(io.env) ?? 'pretty'),
    )
    .option('--strict', h.validate.strict)
    .option('--verbose', h.validate.verbose)
    .option('--no-color', h.noColor)
    .addOption(new Option('-q, --quiet', h.quiet).conflicts('strict'))
    .option('--changed', h.validate.changed)
    .option('--base <ref>', h.validate.base)
    .option('--baseline <file>', h.baseline)
    .option('--no-baseline', h.noBaseline)
    .option('--update-baseline', h.validate.updateBaseline)
    .option('--code <code>', h.validate.code, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--prune-baseline', h.validate.pruneBaseline)
    .action(async (opts: CommonOptions & SelectOptions & { reporter: string; strict?: boolean; color: boolean; verbose?: boolean }) => {
      const { validate } = await import('./run/check.js');
      exitCode = await validate(
        {
          ...contentOptions(opts),
          ...selectOptions(opts),
          reporter: opts.reporter,
          strict: opts.strict === true,
          verbose: opts.verbose === true,
          color: color && opts.color,
          jobSummaryFile: env.GITHUB_STEP_SUMMARY || undefined,
          ciEnv,
        },
        io,
      );
    });

  program
    .command('export')
    .description(h.export.description)
    .addOption(content())
    .addOption(lang())
    .addOption(jobs())
    .option('--no-cache', h.noCache)
    .option('-o, --output <file>', h.export.output)
    .action(async (opts: CommonOptions & { output?: string }) => {
      const { exportCommand } = await import('./run/check.js');
      exitCode = await exportCommand({ ...contentOptions(opts), output: opts.output ? path.resolve(io.cwd, opts.output) : undefined }, io);
    });

  program
    .command('schema')
    .description(h.schema.description)
    .option('-o, --output <dir>', h.schema.output, 'schemas')
    .option('--check', h.schema.check)
    .action(async (opts: { output: string; check?: boolean }) => {
      const { schemaCommand } = await import('./run/schema.js');
      exitCode = await schemaCommand({ dir: path.resolve(io.cwd, opts.output), shown: opts.output, check: opts.check === true }, io);
    });

  program
    .command('build')
    .description(h.build.description)
    .addOption(content())
    .addOption(lang())
    .addOption(jobs())
    .option('--no-cache', h.noCache)
    .option('-o, --out <dir>', h.build.out, 'dist')
    .addOption(new Option('--locale <locale>', h.locale).choices(['nl-BE', 'nl', 'en']))
    .addOption(new Option('--format <format>', h.build.format).choices(['html', 'all']).default('all'))
    .option('--strict', h.build.strict)
    .option('--verbose', h.build.verbose)
    .addOption(new Option('-r, --reporter <name>', h.build.reporter).choices([...REPORTER_NAMES].sort()).default(actionsReporter(io.env)))
    .option('--no-color', h.noColor)
    .addOption(new Option('-q, --quiet', h.quiet).conflicts('strict'))
    .option('--baseline <file>', h.baseline)
    .option('--no-baseline', h.noBaseline)
    .option('--as-of <year>', h.build.asOf)
    .action(
      async (
        opts: CommonOptions &
          SelectOptions & {
            asOf?: string;
            out: string;
            locale?: 'nl-BE' | 'nl' | 'en';
            format: 'html' | 'all';
            strict?: boolean;
            verbose?: boolean;
            reporter?: string;
            color: boolean;
          },
      ) => {
        const epoch = sourceDateEpoch(env);
        const { build } = await import('./run/build.js');
        const { signal, dispose } = interrupts();
        try {
          const outcome = await build(
            {
              ...contentOptions(opts),
              ...selectOptions(opts),
              reporter: opts.reporter,
              outDir: path.resolve(io.cwd, opts.out),
              outShown: opts.out,
              locale: opts.locale,
              format: opts.format,
              strict: opts.strict === true,
              verbose: opts.verbose === true,
              color: color && opts.color,
              buildDate: new Date(epoch !== undefined ? epoch * 1000 : Date.now()).toISOString().slice(0, 10),
              sourceDateEpoch: epoch,
              ciEnv,
              asOf: asOfYear(opts.asOf),
              pdf: {
                env: {
                  PUPPETEER_EXECUTABLE_PATH: env.PUPPETEER_EXECUTABLE_PATH,
                  HOME: env.HOME,
                  CHROME_PATH: env.CHROME_PATH,
                  PLANWERK_PDF_TIMEOUT: env.PLANWERK_PDF_TIMEOUT,
                },
                progress: !!io.stderr.isTTY && env.CI === undefined,
              },
            },
            io,
            signal,
          );
          exitCode = outcome.interrupted ? (SIGNAL_EXIT[String(signal.reason)] ?? 130) : outcome.exitCode;
        } finally {
          dispose();
        }
      },
    );

  program
    .command('diff')
    .description(h.diff.description)
    .addOption(content())
    .addOption(lang())
    .addOption(jobs())
    .option('--no-cache', h.noCache)
    .option('--base <ref>', h.diff.base)
    .option('-o, --out <dir>', h.diff.out, 'diff')
    .addOption(new Option('--locale <locale>', h.locale).choices(['nl-BE', 'nl', 'en']))
    .addOption(new Option('-r, --reporter <name>', h.diff.reporter).choices(['json', 'markdown', 'pretty']).default('pretty'))
    .option('--artifact <name>', h.diff.artifact)
    .option('--no-color', h.noColor)
    .action(
      async (
        opts: CommonOptions & {
          base?: string;
          artifact?: string;
          out: string;
          locale?: 'nl-BE' | 'nl' | 'en';
          reporter: 'json' | 'markdown' | 'pretty';
          color: boolean;
        },
      ) => {
        const epoch = sourceDateEpoch(env);
        const { diffCommand } = await import('./run/diff.js');
        exitCode = await diffCommand(
          {
            ...contentOptions(opts),
            base: opts.base,
            githubBaseRef: env.GITHUB_BASE_REF || undefined,
            gitEnv: env,
            reporter: opts.reporter,
            artifact: opts.artifact,
            outDir: path.resolve(io.cwd, opts.out),
            outShown: opts.out,
            color: color && opts.color,
            locale: opts.locale,
            buildDate: new Date(epoch !== undefined ? epoch * 1000 : Date.now()).toISOString().slice(0, 10),
          },
          io,
        );
      },
    );

  program
    .command('dev')
    .description(h.dev.description)
    .addOption(content())
    .addOption(lang())
    .addOption(jobs())
    .option('--no-cache', h.noCache)
    .option('-p, --port <n>', h.dev.port, '4000')
    .option('--host <host>', h.dev.host, '127.0.0.1')
    .option('--open', h.dev.open)
    .addOption(new Option('--locale <locale>', h.locale).choices(['nl-BE', 'nl', 'en']))
    .option('--as-of <year>', h.dev.asOf)
    .option('--base <ref>', h.dev.base)
    .action(
      async (
        opts: CommonOptions & { port: string; host: string; open?: boolean; locale?: 'nl-BE' | 'nl' | 'en'; asOf?: string; base?: string },
      ) => {
        const epoch = sourceDateEpoch(env);
        const dev: DevOptions = {
          // What plan build with the same flags builds (src/run/preview.ts), kept in memory.
          build: { ...contentOptions(opts), locale: opts.locale, asOf: asOfYear(opts.asOf) },
          today: () => new Date(epoch !== undefined ? epoch * 1000 : Date.now()).toISOString().slice(0, 10),
          port: opts.port,
          host: opts.host,
          ...(opts.open ? { open: true } : {}),
          pdfEnv: {
            PUPPETEER_EXECUTABLE_PATH: env.PUPPETEER_EXECUTABLE_PATH,
            CHROME_PATH: env.CHROME_PATH,
            PLANWERK_PDF_TIMEOUT: env.PLANWERK_PDF_TIMEOUT,
          },
          ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
          base: { ref: opts.base, githubBaseRef: env.GITHUB_BASE_REF || undefined, gitEnv: env },
        };
        exitCode = await (await import('./dev/index.js')).runDev(io, dev, opts.lang ?? defaultLang, color);
      },
    );
  program
    .command('lsp')
    .description(h.lsp.description)
    .option('--stdio', h.lsp.stdio)
    .addOption(lang())
    .action(async (opts: { lang?: Lang }) => {
      exitCode = await (await import('./lsp/index.js')).runLsp(io, { lang: opts.lang ?? defaultLang });
    });

  program
    .command('codes')
    .description(h.codes.description)
    .addOption(lang())
    .action(async (opts: { lang?: Lang }) => {
      const { catalogueMarkdown } = await import('./core/diagnostics/index.js');
      io.stdout.write(catalogueMarkdown(opts.lang ?? defaultLang));
    });

  registerYearCommands(program, io, (code) => (exitCode = code), defaultLang);
  registerDoctor(program, io, { defaultLang, color, contentOptions, setExitCode: (code) => (exitCode = code) });

  try {
    await program.parseAsync([...argv], { from: 'node' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof LoadError || e instanceof ToolError || e instanceof WriteError) {
      io.stderr.write(`plan: ${e.message}\n`);
      return 2;
    }
    throw e; // a bug: let it show its stack
  }
}
