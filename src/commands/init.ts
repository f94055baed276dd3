/**
 * plan init [DIR]: a starter project for a new organisation. Refuses a folder that already holds anything
 * other than dot-files (so a fresh `git init` folder is fine): nothing of someone's work is ever mixed or overwritten.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Io } from '../run/types.js';
import { firstExisting, writeAll } from './files.js';
import { starterFiles, starterReadme } from './starter/files.js';
import { type StarterLocale, TEXTS } from './starter/texts.js';

export interface InitOptions {
  dir: string;
  organisation?: string;
  period?: string;
  locale?: string;
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

/** Names in `dir` that count as content: everything but dot-files. Undefined when `dir` does not exist. */
async function occupied(dir: string): Promise<string[] | undefined> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return [path.basename(dir)];
  return (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
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

export async function initCommand(io: Io, options: InitOptions): Promise<number> {
  const dir = path.resolve(io.cwd, options.dir);
  const shownDir = path.relative(io.cwd, dir) || '.';
  const taken = await occupied(dir);
  if (taken && taken.length > 0) {
    const list = taken.slice(0, 5).join(', ') + (taken.length > 5 ? ', …' : '');
    io.stderr.write(`plan: init: ${shownDir} is not empty (${list}); choose a new or empty folder. Nothing written.\n`);
    return 1;
  }
  const locale: StarterLocale = options.locale === 'en' ? 'en' : 'nl-BE';
  const ask = options.ask ?? terminalAsk(io);
  let organisation = options.organisation;
  let period = options.period;
  if (ask && organisation === undefined) organisation = (await ask(`Organisation [${TEXTS[locale].organisation}]: `)).trim() || undefined;
  if (ask && period === undefined) period = (await ask(`Plan period [${defaultPeriod(io.env)}]: `)).trim() || undefined;
  const years = parsePeriod(period ?? defaultPeriod(io.env));
  if (!years) {
    io.stderr.write(`plan: init: the period must be two years such as 2026-2030, not “${period}”. Nothing written.\n`);
    return 2;
  }
  const starter = { organisation: organisation ?? TEXTS[locale].organisation, ...years, locale };
  const files = [...starterFiles(starter), starterReadme(starter)];
  // Checked again right before writing: the folder may have gained files while the questions were asked.
  const clash = firstExisting(dir, files);
  if (clash) {
    io.stderr.write(`plan: init: ${path.join(shownDir, clash.path)} already exists. Nothing written.\n`);
    return 1;
  }
  const code = await writeAll(io, dir, files);
  if (code !== 0) return code;
  for (const f of files) io.stdout.write(`${path.join(shownDir, f.path).split(path.sep).join('/')}\n`);
  const cd = shownDir === '.' ? '' : `cd ${shownDir} && `;
  io.stdout.write(`\nA starter plan ${years.start}-${years.end} for ${starter.organisation}. Next: ${cd}plan validate && plan build\n`);
  return 0;
}
