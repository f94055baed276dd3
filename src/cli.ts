/**
 * The command line: the I/O edge. It reads flags, environment and files once, hands plain values to the pure
 * core, and prints. Exit codes: 0 clean, 1 content errors (or warnings with --strict), 2 the tool could not run.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { catalogueMarkdown, localize, summarize, type Lang } from './core/diagnostics/index.js';
import { exportModel } from './core/export.js';
import { availableParallelism } from 'node:os';
import { compileResults } from './core/pipeline.js';
import { processAll } from './parallel/pool.js';
import { jsonSchemas } from './core/schema/json-schema.js';
import { loadContent, LoadError } from './io/load.js';
import { runBuild, type BuildOptions } from './build.js';
import { registerYearCommands } from './commands/register.js';
import { exitFor, type Io, type Loaded } from './session.js';

export type { Io } from './session.js';
import { REPORTERS } from './reporters/index.js';
import { VERSION } from './version.js';
import type { DevOptions } from './dev/index.js';


interface CommonOptions {
  content: string;
  lang?: Lang;
  jobs?: string;
}


export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const defaultLang: Lang = /^nl/i.test(io.env.PLANWERK_LANG ?? io.env.LANG ?? '') ? 'nl' : 'en';
  const color = !!io.stdout.isTTY && io.env.NO_COLOR === undefined && io.env.CI === undefined;

  const program = new Command('plan')
    .description('planwerk: compile a multi-year plan and its progress reports from Markdown and YAML content')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();

  const content = () => new Option('-c, --content <dir>', 'content folder').default('content');
  const lang = () => new Option('--lang <lang>', 'language of messages (en, nl)').choices(['en', 'nl']);
  const jobs = () => new Option('-j, --jobs <n>', 'threads for reading and checking files (default: all cores; used from 2000 files)');

  const load = async (opts: CommonOptions): Promise<Loaded> => {
    const dir = path.resolve(io.cwd, opts.content);
    const sources = await loadContent(dir, io.cwd);
    const threads = opts.jobs !== undefined ? Number(opts.jobs) : availableParallelism();
    if (!Number.isInteger(threads) || threads < 1) throw new LoadError(`--jobs must be a whole number of at least 1, not ${opts.jobs}`);
    // PLANWERK_PARALLEL_THRESHOLD: from how many files worker threads are used (tests set it low).
    const threshold = io.env.PLANWERK_PARALLEL_THRESHOLD !== undefined ? Number(io.env.PLANWERK_PARALLEL_THRESHOLD) : undefined;
    const processed = await processAll(sources, { threads, ...(threshold !== undefined && threshold >= 0 ? { threshold } : {}) });
    const result = compileResults(processed.results);
    const language = opts.lang ?? defaultLang;
    const diagnostics = result.diagnostics.map((d) => localize(d, language));
    return { sources, result, diagnostics, language, threads: processed.threads };
  };

  program
    .command('validate')
    .description('check all content and report every problem at its file, line and column')
    .addOption(content())
    .addOption(lang())
    .addOption(jobs())
    .addOption(new Option('-r, --reporter <name>', 'output format').choices(Object.keys(REPORTERS).sort()).default('pretty'))
    .option('--strict', 'treat warnings as errors for the exit code')
    .option('--verbose', 'also list notes (severity info), such as plan/report differences')
    .option('--no-color', 'never colour the output')
    .action(async (opts: CommonOptions & { reporter: string; strict?: boolean; color: boolean; verbose?: boolean }) => {
      const loaded = await load(opts);
      const { sources, result, diagnostics, language } = loaded;
      const summary = summarize(diagnostics, result.files);
      const out = REPORTERS[opts.reporter]!({
        diagnostics,
        summary,
        lang: language,
        sources: new Map(sources.map((s) => [s.path, s.text])),
        color: color && opts.color,
        verbose: opts.verbose === true,
      });
      io.stdout.write(out.text);
      if (opts.verbose && opts.reporter === 'pretty') {
        io.stdout.write(language === 'nl' ? `(${loaded.threads} ${loaded.threads === 1 ? 'thread' : 'threads'} voor het lezen en controleren)\n` : `(${loaded.threads} ${loaded.threads === 1 ? 'thread' : 'threads'} for reading and checking)\n`);
      }
      if (out.jobSummary && io.env.GITHUB_STEP_SUMMARY) await writeFile(io.env.GITHUB_STEP_SUMMARY, out.jobSummary + '\n', { flag: 'a' });
      exitCode = exitFor(diagnostics, opts.strict === true);
    });

  program
    .command('export')
    .description('print the resolved model (goals, actions, regions, progress, indicators, diagnostics) as JSON')
    .addOption(content())
    .addOption(lang())
    .addOption(jobs())
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (opts: CommonOptions & { output?: string }) => {
      const { result, diagnostics } = await load(opts);
      const json = JSON.stringify(exportModel(result.context, diagnostics, { generator: `planwerk ${VERSION}`, indicators: result.indicators, differences: result.differences }), null, 2) + '\n';
      if (opts.output) await writeFile(path.resolve(io.cwd, opts.output), json);
      else io.stdout.write(json);
      exitCode = exitFor(diagnostics, false);
    });

  program
    .command('schema')
    .description('write the JSON Schemas of every kind of content file (generated from the zod schemas)')
    .option('-o, --output <dir>', 'folder to write into', 'schemas')
    .option('--check', 'do not write; exit 1 when the files on disk differ')
    .action(async (opts: { output: string; check?: boolean }) => {
      const dir = path.resolve(io.cwd, opts.output);
      const stale: string[] = [];
      for (const file of jsonSchemas()) {
        const target = path.join(dir, file.path);
        if (opts.check) {
          const current = await readFile(target, 'utf8').catch(() => undefined);
          if (current !== file.contents) stale.push(path.join(opts.output, file.path));
        } else {
          await mkdir(dir, { recursive: true });
          await writeFile(target, file.contents);
        }
      }
      if (stale.length > 0) {
        io.stderr.write(`Stale JSON Schemas (run \`plan schema\`):\n${stale.map((s) => `  ${s}\n`).join('')}`);
        exitCode = 1;
      }
    });


  program
    .command('build')
    .description('compile the multi-year plan and each progress report to HTML (and PDF) in the output folder')
    .addOption(content())
    .addOption(lang())
    .addOption(jobs())
    .option('-o, --out <dir>', 'output folder', 'dist')
    .addOption(new Option('--locale <locale>', 'language of the documents').choices(['nl-BE', 'nl', 'en']))
    .addOption(new Option('--format <format>', 'what to write').choices(['html', 'all']).default('all'))
    .option('--strict', 'treat warnings as errors')
    .option('--verbose', 'also list notes (severity info)')
    .option('--as-of <year>', 'also write the consolidated plan with every change recorded through YEAR')
    .action(async (opts: CommonOptions & BuildOptions) => {
      exitCode = await runBuild(io, opts, await load(opts), color);
    });

  program.command('dev').description('preview the documents in a browser: rebuilt and reloaded on every change').addOption(content()).addOption(lang()).option('-p, --port <n>', 'port (0: any free port)', '4000').option('--host <host>', 'address to listen on', '127.0.0.1').option('--open', 'open the browser').addOption(new Option('--locale <locale>', 'language of the documents').choices(['nl-BE', 'nl', 'en']))
    .action(async (opts: DevOptions) => { exitCode = await (await import('./dev/index.js')).runDev(io, opts, opts.lang ?? defaultLang, color); });
  program.command('lsp').description('language server (LSP) on stdin/stdout for editors').option('--stdio', 'talk over stdin/stdout (the default)').addOption(lang())
    .action(async (opts: { lang?: Lang }) => { exitCode = await (await import('./lsp/index.js')).runLsp(io, { lang: opts.lang ?? defaultLang }); });

  program
    .command('codes')
    .description('list every diagnostic code with its severity, title, message and hint (Markdown)')
    .addOption(lang())
    .action((opts: { lang?: Lang }) => {
      io.stdout.write(catalogueMarkdown(opts.lang ?? defaultLang));
    });

  registerYearCommands(program, io, (code) => (exitCode = code));

  try {
    await program.parseAsync([...argv], { from: 'node' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof LoadError) {
      io.stderr.write(`plan: ${e.message}\n`);
      return 2;
    }
    throw e; // a bug: let it show its stack
  }
}
