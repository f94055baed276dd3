/**
 * plan init [DIR]: a repository an organisation keeps its plan in: the starter content (src/commands/starter/files.ts)
 * and the repository around it (package.json with planwerk as a dev dependency, .gitignore, editor settings, the CI
 * workflow, a README for staff; src/commands/starter/repository.ts), then `git init` unless the folder is already
 * in a repository. Nothing of someone's work is mixed or overwritten: a folder with anything but dot-files, a
 * README or a licence is refused, and the repository files it already has are kept as they are.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { promisify } from 'node:util';
import { texts } from '../cli-text/index.js';
import type { InitTexts } from '../cli-text/init.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { Io } from '../run/types.js';
import { VERSION } from '../version.js';
import { refuseOutside, writeAll } from './files.js';
import { starterFiles } from './starter/files.js';
import { KEPT_WHEN_PRESENT, repositoryFiles } from './starter/repository.js';
import { type StarterLocale, TEXTS } from './starter/texts.js';

export interface InitOptions {
  dir: string;
  organisation?: string;
  period?: string;
  locale?: string;
  /** The dependency spec for planwerk in package.json (default `^<this version>`). */
  planwerk?: string;
  /** false: no `git init` (--no-git). */
  git?: boolean;
  /** Language of what init prints. */
  lang: Lang;
  /** Asks a question and returns the answer; given by tests, otherwise a terminal prompt when there is one. */
  ask?: (question: string) => Promise<string>;
}

/** The default period: five years from this year (SOURCE_DATE_EPOCH when set, so runs can be reproduced). */
export function defaultPeriod(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const year = new Date(epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now()).getUTCFullYear();
  return `${year}-${year + 4}`;
}

export function parsePeriod(text: string): { start: number; end: number } | undefined {
  const m = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start <= end && start >= 1900 && end <= 2100 ? { start, end } : undefined;
}

/** What a new repository may hold before init: dot-files (.git, .gitignore), a README and a licence. */
const WELCOME = /^(\.|readme(\.|$)|licen[cs]e(\.|$)|copying(\.|$))/i;

/** Names in `dir` that are someone's work. Undefined when `dir` does not exist. */
async function occupied(dir: string): Promise<string[] | undefined> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return [path.basename(dir)];
  return (await readdir(dir)).filter((n) => !WELCOME.test(n)).sort();
}

function terminalAsk(io: Io): ((q: string) => Promise<string>) | undefined {
  const interactive = process.stdin.isTTY === true && io.stdout.isTTY === true && io.env.CI === undefined;
  if (!interactive) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  };
}

const run = promisify(execFile);

/** `git init` unless git is missing or the folder is already inside a repository; one line on what happened. */
async function gitInit(io: Io, dir: string, shownDir: string, t: InitTexts): Promise<string> {
  const git = (...args: string[]) => run('git', args, { cwd: dir, env: io.env });
  try {
    await git('--version');
  } catch {
    return t.gitMissing;
  }
  try {
    const { stdout } = await git('rev-parse', '--show-toplevel');
    return t.gitInside(stdout.trim());
  } catch {
    // Not inside a repository: make one.
  }
  try {
    await git('init', '-q', '-b', 'main');
  } catch {
    await git('init', '-q'); // git before 2.28 has no -b
  }
  return t.gitInit(shownDir);
}

export async function initCommand(io: Io, options: InitOptions): Promise<number> {
  const t = texts(options.lang).init;
  const dir = path.resolve(io.cwd, options.dir);
  const shownDir = path.relative(io.cwd, dir).split(path.sep).join('/') || '.';
  const taken = await occupied(dir);
  if (taken && taken.length > 0) {
    const list = taken.slice(0, 5).join(', ') + (taken.length > 5 ? ', …' : '');
    io.stderr.write(t.notEmpty(shownDir, list));
    return 1;
  }
  const locale: StarterLocale = options.locale === 'en' ? 'en' : 'nl-BE';
  const ask = options.ask ?? terminalAsk(io);
  let organisation = options.organisation;
  let period = options.period;
  if (ask && organisation === undefined) organisation = (await ask(t.askOrganisation(TEXTS[locale].organisation))).trim() || undefined;
  if (ask && period === undefined) period = (await ask(t.askPeriod(defaultPeriod(io.env)))).trim() || undefined;
  const years = parsePeriod(period ?? defaultPeriod(io.env));
  if (!years) {
    io.stderr.write(t.badPeriod(period ?? ''));
    return 2;
  }
  const starter = { organisation: organisation ?? TEXTS[locale].organisation, ...years, locale };
  const planned = [...starterFiles(starter), ...repositoryFiles({ ...starter, planwerk: options.planwerk ?? `^${VERSION}` })];
  const outside = await refuseOutside(io, dir, planned, options.lang);
  if (outside !== undefined) return outside;
  // Checked right before writing: the folder may have gained files while the questions were asked.
  const present = planned.filter((f) => existsSync(path.join(dir, f.path)));
  const clash = present.find((f) => !KEPT_WHEN_PRESENT.has(f.path));
  if (clash) {
    io.stderr.write(t.exists(`${shownDir}/${clash.path}`));
    return 1;
  }
  const files = planned.filter((f) => !present.includes(f));
  const code = await writeAll(io, dir, files, options.lang);
  if (code !== 0) return code;
  for (const f of planned) {
    const shown = `${shownDir}/${f.path}`;
    io.stdout.write(`${present.includes(f) ? t.kept(shown) : shown}\n`);
  }
  io.stdout.write(`\n${options.git === false ? t.gitSkipped : await gitInit(io, dir, shownDir, t)}\n`);
  const cd = shownDir === '.' ? [] : [`cd ${shownDir}`];
  const steps: [string, string][] = [
    ['npm install', t.nextInstall],
    ['npx plan doctor', t.nextDoctor],
    ['npx plan validate', t.nextValidate],
    ['npx plan build', t.nextBuild],
  ];
  const width = Math.max(...steps.map(([c]) => c.length));
  io.stdout.write(`${t.done(years.start, years.end, starter.organisation)} ${t.next}\n\n`);
  for (const c of cd) io.stdout.write(`  ${c}\n`);
  for (const [c, why] of steps) io.stdout.write(`  ${c.padEnd(width)}   # ${why}\n`);
  return 0;
}
