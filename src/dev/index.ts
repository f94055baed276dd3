/**
 * plan dev: build in memory, serve, watch, rebuild what changed, reload the open pages. Content errors keep
 * the last good build on screen with the errors over it (and in the terminal) until they are fixed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { watch } from 'chokidar';
import { texts } from '../cli-text/index.js';
import { type Lang, summarize } from '../core/diagnostics/index.js';
import { REPORTERS } from '../reporters/index.js';
import type { Io } from '../run/types.js';
import { InMemoryBuilder } from './build-in-memory.js';
import { overlayItems } from './inject.js';
import { pdfPrinter } from './pdf.js';
import { DevServer, type ServedState } from './server.js';

export interface DevOptions {
  content: string;
  port: string;
  host: string;
  open?: boolean;
  locale?: string;
  lang?: Lang;
}

/** Milliseconds to wait after a change for more (an editor's save can be several writes). */
const DEBOUNCE_MS = 30;

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
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`plan: ${t.badPort(opts.port)}\n`);
    return 2;
  }
  const contentDir = path.resolve(io.cwd, opts.content);
  const builder = new InMemoryBuilder({
    contentDir,
    displayRoot: io.cwd,
    lang,
    env: io.env,
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  await builder.loadAll();

  const state: ServedState = { documents: [], overlay: [], generation: 0 };
  const log = (line: string) => io.stderr.write(`plan dev: ${line}\n`);
  const server = new DevServer({ state: () => state, pdf: pdfPrinter(io.env), log, lang });

  let lastErrors = 0;
  const rebuild = async () => {
    const started = performance.now();
    const build = await builder.build();
    state.overlay = overlayItems(build.diagnostics);
    const ms = Math.round(performance.now() - started);
    if (build.errors > 0) {
      const summary = summarize(build.diagnostics, builder.sources.size);
      io.stderr.write(REPORTERS.pretty!({ diagnostics: build.diagnostics, summary, lang, sources: builder.sources, color }).text);
      log(t.errors(build.errors, state.generation));
    } else {
      state.documents = build.documents;
      state.generation++;
      const time = build.timings;
      log(
        t.built({
          build: state.generation,
          ms,
          processed: build.processed,
          files: builder.sources.size,
          check: Math.round(time.process + time.compile),
          render: Math.round(time.render),
          fixed: lastErrors > 0,
        }),
      );
      server.broadcast('reload', { generation: state.generation });
    }
    server.broadcast('diagnostics', state.overlay);
    lastErrors = build.errors;
  };
  await rebuild();

  const taken = await server.listen(port, opts.host);
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${taken}/`;
  if (port !== 0 && taken !== port) log(t.portMoved(port, taken));
  io.stdout.write(`plan dev: ${t.serving(url, path.relative(io.cwd, contentDir) || '.')}\n`);
  if (opts.open) openBrowser(url);

  // Changes are collected while a build runs and handled right after: never two builds at once.
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const flush = async () => {
    timer = undefined;
    if (running) return;
    while (pending.size > 0) {
      const files = [...pending];
      pending.clear();
      running = builder.reread(files).then(() => rebuild());
      await running;
      running = undefined;
    }
  };
  const watcher = watch(contentDir, { ignoreInitial: true, ignored: (p) => path.basename(p).startsWith('.') && p !== contentDir });
  watcher.on('all', (_event, file) => {
    pending.add(path.resolve(contentDir, file));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), DEBOUNCE_MS);
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
  await Promise.all([watcher.close(), server.close(), running]);
  log(t.stopped);
  return 0;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined); // no opener installed: the URL is printed anyway
  child.unref();
}
