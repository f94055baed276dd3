/**
 * The dev server's HTTP side (node:http only): the index, the documents with the client injected, PDFs on
 * request, the diagnostics as JSON and the Server-Sent Events stream that tells open pages to reload.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { texts } from '../cli-text/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { OutputFile } from '../render/index.js';
import { DIAGNOSTICS_PATH, EVENTS_PATH, injectDevClient, type OverlayItem } from './inject.js';

export interface ServedState {
  /** The last good build's documents. */
  documents: OutputFile[];
  /** Errors of the latest build (empty when it was good). */
  overlay: OverlayItem[];
  /** Counts good builds, so a client can tell a reload from a stale page. */
  generation: number;
}

export interface DevServerOptions {
  state: () => ServedState;
  /** Print a document to PDF (only when a /x.pdf is asked for). */
  pdf: (doc: OutputFile) => Promise<{ ok: true; pdf: Uint8Array } | { ok: false; message: string }>;
  /** A terminal line (the caller adds the `plan dev:` prefix). */
  log: (line: string) => void;
  /** The language of the index page, the overlay and the log lines. */
  lang: Lang;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class DevServer {
  readonly server: http.Server;
  private readonly clients = new Set<http.ServerResponse>();

  constructor(private readonly options: DevServerOptions) {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        options.log(`${req.url}: ${(e as Error).message}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`${texts(options.lang).dev.internalError}\n`);
      });
    });
  }

  /** Listen on `port`, or the next free one (saying so). Resolves with the port taken. */
  async listen(port: number, host: string): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      const tried = port === 0 ? 0 : port + attempt;
      const result = await new Promise<number | NodeJS.ErrnoException>((resolve) => {
        const onError = (e: NodeJS.ErrnoException) => resolve(e);
        this.server.once('error', onError);
        this.server.listen(tried, host, () => {
          this.server.off('error', onError);
          resolve((this.server.address() as AddressInfo).port);
        });
      });
      if (typeof result === 'number') return result;
      if (result.code !== 'EADDRINUSE' || attempt >= 20) throw result;
      this.options.log(texts(this.options.lang).dev.portInUse(tried));
    }
  }

  /** Send an event to every open page. */
  broadcast(event: string, data: unknown): void {
    const message = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of this.clients) res.write(message);
  }

  /** Stop: end the event streams, refuse new connections and drop idle ones, so the port is freed now. */
  async close(): Promise<void> {
    for (const res of this.clients) res.end();
    this.clients.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const state = this.options.state();
    const lang = this.options.lang;
    const name = decodeURIComponent(url.pathname.slice(1));
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 500\nevent: hello\ndata: ${JSON.stringify({ generation: state.generation })}\n\n`);
      if (state.overlay.length > 0) res.write(`event: diagnostics\ndata: ${JSON.stringify(state.overlay)}\n\n`);
      this.clients.add(res);
      req.on('close', () => this.clients.delete(res));
      return;
    }
    if (url.pathname === DIAGNOSTICS_PATH) {
      return send(res, 200, 'application/json', `${JSON.stringify({ generation: state.generation, errors: state.overlay }, null, 2)}\n`);
    }
    if (url.pathname === '/') return send(res, 200, 'text/html', injectDevClient(indexPage(state, lang), state.overlay, lang));
    const doc = state.documents.find((d) => d.path === name);
    if (doc) return send(res, 200, 'text/html', injectDevClient(doc.contents, state.overlay, lang));
    const source = /\.pdf$/i.test(name) ? state.documents.find((d) => d.path === name.replace(/\.pdf$/i, '.html')) : undefined;
    if (source) {
      this.options.log(texts(lang).dev.printing(name));
      const printed = await this.options.pdf(source);
      if (printed.ok) return send(res, 200, 'application/pdf', printed.pdf);
      return send(res, 503, 'text/plain', `${printed.message}\n`);
    }
    const notFound = texts(lang).dev.notFound(`/${name}`);
    return send(res, 404, 'text/html', injectDevClient(indexPage(state, lang, notFound), state.overlay, lang));
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, {
    'content-type': type.startsWith('text/') || type.endsWith('json') ? `${type}; charset=utf-8` : type,
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** `/`: the documents of the last good build. */
function indexPage(state: ServedState, lang: Lang, notice?: string): string {
  const t = texts(lang).dev;
  const items = state.documents
    .map(
      (d) =>
        `<li><a href="/${encodeURI(d.path)}">${escapeHtml(d.title ?? d.path)}</a> <small>(${escapeHtml(d.path)}, <a href="/${encodeURI(d.path.replace(/\.html?$/i, '.pdf'))}">PDF</a>)</small></li>`,
    )
    .join('');
  const body = state.documents.length > 0 ? `<ul>${items}</ul>` : `<p>${escapeHtml(t.nothingBuilt)}</p>`;
  const title = escapeHtml(t.title);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;max-width:40em;margin:2em auto"><h1>${title}</h1>${notice ? `<p>${escapeHtml(notice)}</p>` : ''}${body}<p><small>${escapeHtml(t.reloads(state.generation))}</small></p></body></html>`;
}
