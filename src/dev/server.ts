/**
 * The dev server's HTTP side (node:http only): the index, the build's outputs (its HTML with the client injected,
 * data.json as built), PDFs on request, the diagnostics as JSON and the Server-Sent Events stream that tells open
 * pages to reload. Only its own host names are answered (src/dev/hosts.ts); a path that does not decode is a 400.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlannedDocument } from '../assemble/documents.js';
import { texts } from '../cli-text/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { Version } from '../core/diff/index.js';
import type { DeferredOutput } from '../run/produce.js';
import { CHANGES_PATH, type ChangesPages, changesPage } from './changes.js';
import { hostAllowed } from './hosts.js';
import { DIAGNOSTICS_PATH, EVENTS_PATH, injectDevClient, type OverlayItem } from './inject.js';

export interface ServedState {
  /**
   * The last good build's outputs by path (PDFs as the HTML they print from), as plan build would write them,
   * each rendered when first asked for.
   */
  outputs: ReadonlyMap<string, DeferredOutput>;
  /** Its HTML documents with their titles, for the index. */
  documents: PlannedDocument[];
  /** Its validated documents and figures and its build date, for the changes page. */
  version?: Version;
  buildDate?: string;
  /** Errors of the latest build (empty when it was good). */
  overlay: OverlayItem[];
  /** Counts good builds, so a client can tell a reload from a stale page. */
  generation: number;
}

export interface DevServerOptions {
  state: () => ServedState;
  /** Print a document to PDF (only when a /x.pdf is asked for); `started` when its turn comes. */
  pdf: (name: string, html: string, started: () => void) => Promise<{ ok: true; pdf: Uint8Array } | { ok: false; message: string }>;
  /** The host names answered (lower case, IPv6 in brackets, no port). */
  hosts: ReadonlySet<string>;
  /** A terminal line (the caller adds the `plan dev:` prefix). */
  log: (line: string) => void;
  /** The language of the index page, the overlay and the log lines. */
  lang: Lang;
  /** The changes page of the served build (src/dev/changes.ts). */
  changes: (state: ServedState) => Promise<ChangesPages>;
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
    const lang = this.options.lang;
    const t = texts(lang).dev;
    if (!hostAllowed(req.headers.host, this.options.hosts)) return send(res, 403, 'text/plain', `${t.forbiddenHost}\n`);
    const pathname = (req.url ?? '').split(/[?#]/, 1)[0]!;
    let name: string;
    try {
      if (!pathname.startsWith('/')) throw new URIError(pathname);
      name = decodeURIComponent(pathname.slice(1));
    } catch {
      return send(res, 400, 'text/plain', `${t.badRequest}\n`);
    }
    const state = this.options.state();
    if (pathname === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 500\nevent: hello\ndata: ${JSON.stringify({ generation: state.generation })}\n\n`);
      if (state.overlay.length > 0) res.write(`event: diagnostics\ndata: ${JSON.stringify(state.overlay)}\n\n`);
      this.clients.add(res);
      req.on('close', () => this.clients.delete(res));
      return;
    }
    if (pathname === DIAGNOSTICS_PATH) {
      return send(res, 200, 'application/json', `${JSON.stringify({ generation: state.generation, errors: state.overlay }, null, 2)}\n`);
    }
    if (pathname === '/') return send(res, 200, 'text/html', injectDevClient(indexPage(state, lang), state.overlay, lang));
    if (`${pathname}/` === CHANGES_PATH) {
      res.writeHead(301, { location: CHANGES_PATH, 'cache-control': 'no-store' });
      return void res.end();
    }
    if (pathname.startsWith(CHANGES_PATH)) {
      const pages = await this.options.changes(state);
      const page =
        name === CHANGES_PATH.slice(1)
          ? changesPage(pages.body, lang, state.generation)
          : pages.redlines.get(name.slice(CHANGES_PATH.length - 1));
      if (page !== undefined) return send(res, 200, 'text/html', injectDevClient(page, state.overlay, lang));
    }
    const output = state.outputs.get(name);
    const contents = output?.role === 'marker' ? undefined : await output?.contents();
    if (output?.role === 'document' && typeof contents === 'string')
      return send(res, 200, 'text/html', injectDevClient(contents, state.overlay, lang));
    if (output?.role === 'data' && contents !== undefined && !('printFrom' in Object(contents)))
      return send(res, 200, 'application/json', contents as string | Uint8Array);
    if (output?.role === 'pdf' && typeof contents === 'object' && 'printFrom' in contents) {
      const printed = await this.options.pdf(name, contents.printFrom, () => this.options.log(t.printing(name)));
      if (printed.ok) return send(res, 200, 'application/pdf', printed.pdf);
      return send(res, 503, 'text/plain', `${printed.message}\n`);
    }
    return send(res, 404, 'text/html', injectDevClient(indexPage(state, lang, t.notFound(`/${name}`)), state.overlay, lang));
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
  const href = (p: string) => `/${p.split('/').map(encodeURIComponent).join('/')}`;
  const items = state.documents
    .map((d) => {
      const pdf = d.path.replace(/\.html?$/i, '.pdf');
      const printed = state.outputs.get(pdf)?.role === 'pdf' ? `, <a href="${escapeHtml(href(pdf))}">PDF</a>` : '';
      return `<li><a href="${escapeHtml(href(d.path))}">${escapeHtml(d.title ?? d.path)}</a> <small>(${escapeHtml(d.path)}${printed})</small></li>`;
    })
    .join('');
  const body = state.documents.length > 0 ? `<ul>${items}</ul>` : `<p>${escapeHtml(t.nothingBuilt)}</p>`;
  const title = escapeHtml(t.title);
  const changes = `<p><a href="${CHANGES_PATH}">${escapeHtml(t.changesLink)}</a></p>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;max-width:40em;margin:2em auto"><h1>${title}</h1>${notice ? `<p>${escapeHtml(notice)}</p>` : ''}${body}${changes}<p><small>${escapeHtml(t.reloads(state.generation))}</small></p></body></html>`;
}
