/**
 * plan dev: build in memory with the build's own composition (src/run/preview.ts), serve, watch, rebuild on a
 * change, reload the open pages. Content errors keep the last good build on screen with the errors over it (and
 * in the terminal) until they are fixed. This folder composes nothing itself: it serves what the root made.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { watch } from 'chokidar';
import { texts } from '../cli-text/index.js';
import { type Lang, summarize } from '../core/diagnostics/index.js';
import type { SourceFile } from '../core/parse.js';
import { LoadError } from '../io/load.js';
import type { OutputFile } from '../render/index.js';
import { REPORTERS } from '../reporters/index.js';
import { baseCandidates } from '../run/diff-version.js';
import type { OutputOptions } from '../run/produce.js';
import type { Io } from '../run/types.js';
import { DevChanges } from './changes.js';
import { allowedHosts, badHost } from './hosts.js';
import { overlayItems } from './inject.js';
import { PdfQueue } from './pdf.js';
import { DevServer, type ServedState } from './server.js';

export interface DevOptions {
  /** What to build, resolved by the CLI as for plan build (the build date comes from `today`). */
  build: Omit<OutputOptions, 'buildDate' | 'format'>;
  /** The build date of each rebuild: SOURCE_DATE_EPOCH when set, else today, as plan build dates its documents. */
  today: () => string;
  port: string;
  host: string;
  open?: boolean;
  /** PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, PLANWERK_PDF_TIMEOUT. */
  pdfEnv: Record<string, string | undefined>;
  sourceDateEpoch?: number;
  /** The changes page's base, found as plan diff finds it: --base, else the pull request's base, else main. */
  base: { ref: string | undefined; githubBaseRef: string | undefined; gitEnv: NodeJS.ProcessEnv };
}

/** Milliseconds to wait after a change for more (an editor's save can be several writes). */
const DEBOUNCE_MS = 5;
/**
 * When a changed file is read again, to be sure: the watcher drops a second change of one file within 50 ms
 * (chokidar's throttle), so a write that lands after the build read the file would go unseen. Read again, the
 * file is built only when it reads otherwise than the build read it (src/run/preview.ts: 'unchanged').
 */
const RECHECK_MS = 60;

/** Runs until SIGINT or SIGTERM; returns the exit code. */
export async function runDev(
  io: Io,
  opts: DevOptions,
  lang: Lang,
  color: boolean,
  signals: NodeJS.EventEmitter = process,
): Promise<number> {
  const t = texts(lang).dev;
  const port = Number(opts.port);
  if (!/^\d+$/.test(opts.port) || port > 65535) {
    io.stderr.write(`plan: ${t.badPort(opts.port)}\n`);
    return 2;
  }
  const hostProblem = await badHost(opts.host);
  if (hostProblem) {
    io.stderr.write(`plan: ${t.badHost(JSON.stringify(opts.host), hostProblem)}\n`);
    return 2;
  }
  const contentDir = opts.build.contentDir;
  // PDFs are planned as plan build plans them by default (--format all), printed only when asked for.
  // The cache folder is checked once; a problem with it is one warning line and the preview goes on without it.
  const { preview, usableCache } = await import('../run/preview.js');
  const build = usableCache(opts.build, io);
  const options = (): OutputOptions => ({ ...build, format: 'all', buildDate: opts.today() });

  const state: ServedState = { outputs: new Map(), documents: [], overlay: [], generation: 0 };
  const log = (line: string) => io.stderr.write(`plan dev: ${line}\n`);
  const pdf = new PdfQueue(opts.pdfEnv, opts.sourceDateEpoch);
  const printPdf = async (name: string, html: string, started: () => void) => {
    let at = 0;
    const printed = await pdf.print(name, html, () => {
      at = performance.now();
      started();
    });
    if (printed.ok && !printed.cached) log(t.printed(name, Math.round(performance.now() - at)));
    return printed;
  };
  // One build at a time: the preview's rebuilds and the changes page's one build of the base.
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const next = lock.then(run, run);
    lock = next.catch(() => undefined);
    return next;
  };
  const candidates = baseCandidates(opts.base.ref, opts.base.githubBaseRef);
  const changes = new DevChanges({ build: options, candidates, gitEnv: opts.base.gitEnv, locale: build.locale, lang, exclusive });
  const server = new DevServer({
    state: () => state,
    pdf: printPdf,
    log,
    lang,
    hosts: allowedHosts(opts.host),
    changes: (s) =>
      changes.pages({
        generation: s.generation,
        documents: () => documentsOf(s),
        buildDate: s.buildDate ?? opts.today(),
        ...(s.version ? { version: s.version } : {}),
      }),
  });

  let lastErrors = 0;
  let files = 0;
  let last: SourceFile[] | undefined;
  /** The cache's entries of the pages rendered since the last build: on disk before the next build starts. */
  let settle: () => Promise<void> = async () => {};
  // What the watcher saw since the last build: changed files, or something added or removed (a whole load).
  let changed = new Set<string>();
  let structural = false;
  const rebuild = async () => {
    const started = performance.now();
    const given = options();
    const reload = last && !structural ? { sources: last, changed: [...changed] } : undefined;
    changed = new Set();
    structural = false;
    await settle();
    const build = await exclusive(() => preview(given, reload));
    if (build === 'unchanged') return;
    settle = build.settle;
    last = build.sources;
    files = build.sources.length;
    state.overlay = overlayItems(build.diagnostics);
    const ms = Math.round(performance.now() - started);
    if (build.errors > 0 || !build.outputs || !build.documents) {
      const summary = summarize(build.diagnostics, files);
      const sources = new Map(build.sources.map((f) => [f.path, f.text]));
      io.stderr.write(REPORTERS.pretty!({ diagnostics: build.diagnostics, summary, lang, sources, color }).text);
      log(t.errors(build.errors, state.generation));
    } else {
      state.outputs = new Map(build.outputs.map((o) => [o.path, o]));
      state.documents = build.documents;
      state.version = build.version;
      state.buildDate = given.buildDate;
      state.generation++;
      log(
        t.built({
          build: state.generation,
          ms,
          processed: build.processed,
          files,
          check: Math.round(build.timings.check),
          render: Math.round(build.timings.render),
          fixed: lastErrors > 0,
        }),
      );
      server.broadcast('reload', { generation: state.generation });
    }
    server.broadcast('diagnostics', state.overlay);
    lastErrors = build.errors;
    // The cache's entries are written after the reload, before the next build starts.
    await build.flushed;
  };
  await rebuild();

  let taken: number;
  try {
    taken = await server.listen(port, opts.host);
  } catch (e) {
    io.stderr.write(`plan: ${t.badHost(JSON.stringify(opts.host), (e as NodeJS.ErrnoException).code ?? (e as Error).message)}\n`);
    await Promise.all([pdf.close(), changes.close()]);
    return 2;
  }
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${taken}/`;
  if (port !== 0 && taken !== port) log(t.portMoved(port, taken));
  io.stdout.write(`plan dev: ${t.serving(url, path.relative(io.cwd, contentDir) || '.')}\n`);
  if (opts.open) openBrowser(url);

  // Changes are collected while a build runs and handled right after: never two builds at once. A rebuild reads
  // the changed files again through the loader (src/io/load.ts), with every guarantee it gives a build; a file
  // added or removed, or one it did not read before, makes it read the whole folder. Unchanged files' results are
  // kept in memory (src/run/compile.ts).
  let dirty = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const flush = async () => {
    timer = undefined;
    if (running) return;
    while (dirty) {
      dirty = false;
      running = rebuild().catch((e: unknown) => {
        structural = true; // what this build was to read again: all of it, next time
        if (!(e instanceof LoadError)) throw e;
        log(e.message); // the content folder went away: keep serving the last good build
      });
      await running;
      running = undefined;
    }
  };
  const watcher = watch(contentDir, { ignoreInitial: true, ignored: (p) => path.basename(p).startsWith('.') && p !== contentDir });
  const rechecks = new Set<NodeJS.Timeout>();
  const saw = (file: string | undefined) => {
    if (file) changed.add(file);
    else structural = true;
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), DEBOUNCE_MS);
  };
  watcher.on('all', (event, at) => {
    if (event !== 'change') return saw(undefined);
    const file = path.resolve(at);
    saw(file);
    const recheck = setTimeout(() => {
      rechecks.delete(recheck);
      saw(file);
    }, RECHECK_MS);
    rechecks.add(recheck);
  });
  watcher.on('error', (e) => log(t.watching((e as Error).message)));

  await new Promise<void>((resolve) => {
    const stop = () => {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
      resolve();
    };
    signals.on('SIGINT', stop);
    signals.on('SIGTERM', stop);
  });
  if (timer) clearTimeout(timer);
  for (const recheck of rechecks) clearTimeout(recheck);
  await Promise.all([watcher.close(), server.close(), running, pdf.close()]);
  await settle();
  await changes.close(); // the base's temporary folder
  log(t.stopped);
  return 0;
}

/** The served build's funder's documents with their HTML, each rendered if it was not yet. */
async function documentsOf(s: ServedState): Promise<OutputFile[]> {
  const documents: OutputFile[] = [];
  for (const d of s.documents) {
    const contents = d.role === 'document' ? await s.outputs.get(d.path)?.contents() : undefined;
    if (typeof contents === 'string') documents.push({ ...d, contents });
  }
  return documents;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined); // no opener installed: the URL is printed anyway
  child.unref();
}
