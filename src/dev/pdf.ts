/**
 * PDF on request for `plan dev`, with the printer `plan build` uses: one browser, started at the first request and
 * kept; one print at a time (requests wait their turn, so a page that asks for many PDFs cannot start many
 * browsers or fill the machine); a print kept by the HTML it was made from, so asking again costs nothing until
 * the document changes. A browser that crashed or timed out is started again for the next request.
 */
import { createHash } from 'node:crypto';
import { findBrowser } from '../pdf/browser.js';
import { BrowserNotFound, PdfError, Printer, timeoutFromEnv } from '../pdf/print.js';

export type Printed = { ok: true; pdf: Uint8Array; cached: boolean } | { ok: false; message: string };

/** PDFs kept: the documents of a few builds. */
const KEPT = 32;

export class PdfQueue {
  private printer: Printer | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly printed = new Map<string, Uint8Array>();
  private closed = false;

  /** `env`: PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, PLANWERK_PDF_TIMEOUT; `sourceDateEpoch`: as plan build dates its PDFs. */
  constructor(
    private readonly env: Record<string, string | undefined>,
    private readonly sourceDateEpoch?: number,
  ) {}

  /** `started` is called when this print begins (after those before it), not when it is asked for. */
  print(name: string, html: string, started: () => void = () => undefined): Promise<Printed> {
    const key = createHash('sha256').update(html).digest('hex');
    const hit = this.printed.get(key);
    if (hit) return Promise.resolve({ ok: true, pdf: hit, cached: true });
    const job = this.tail.then(() => this.run(name, html, key, started));
    this.tail = job.catch(() => undefined);
    return job;
  }

  private async run(name: string, html: string, key: string, started: () => void): Promise<Printed> {
    const hit = this.printed.get(key); // asked for twice while waiting
    if (hit) return { ok: true, pdf: hit, cached: true };
    if (this.closed) return { ok: false, message: 'stopping' };
    started();
    try {
      this.printer ??= await Printer.launch({
        executablePath: findBrowser(this.env),
        timeoutSeconds: timeoutFromEnv(this.env.PLANWERK_PDF_TIMEOUT),
        ...(this.sourceDateEpoch !== undefined ? { sourceDateEpoch: this.sourceDateEpoch } : {}),
      });
      const result = await this.printer.print({ name, html });
      this.printed.set(key, result.pdf);
      if (this.printed.size > KEPT) this.printed.delete(this.printed.keys().next().value!);
      return { ok: true, pdf: result.pdf, cached: false };
    } catch (e) {
      if (!(e instanceof BrowserNotFound || e instanceof PdfError)) throw e;
      // A timeout or a crash kills the browser: the next request starts a new one.
      const broken = this.printer;
      this.printer = undefined;
      await broken?.close();
      return { ok: false, message: e.message };
    }
  }

  /** Stop: the print under way ends at once (the browser is killed), those waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    this.printer?.abort(new PdfError('stopping'));
    await this.tail;
    await this.printer?.close();
    this.printer = undefined;
  }
}
