/**
 * print: each HTML document → a PDF, printed by one headless Chromium per run (puppeteer-core). A4, cover,
 * contents with settled page numbers, running header and footer from templates/print.css, bookmarks from the
 * headings, a tagged structure tree, and /Author and /Creator set in the document information (metadata.ts).
 *
 * Bounded in every outcome: every browser step has a timeout that grows with the document, a crash or a hang
 * kills the browser and ends with a PdfError, an abort (the CLI turns SIGINT and SIGTERM into one) stops the
 * browser, and the browser is closed (or killed) in a finally. The page may load nothing: every request but
 * data: URLs is refused, and no script runs. This module writes no file and installs no signal handler: it
 * hands each PDF to its caller, which decides where it goes.
 */
import { availableParallelism } from 'node:os';
import type { Browser } from 'puppeteer-core';
import { findBrowser } from './browser.js';
import { closeBrowser, type EarlyBrowser, killBrowser, LaunchError, type Launched, launchBrowser } from './launch.js';
import { addInfoEntries, makeReproducible, PdfStructureError } from './metadata.js';
import { firstLine, offline, within } from './page.js';
import { inOrder } from './queue.js';
import { canonicalNodeIds } from './struct-ids.js';
import {
  type ContentsNumbers,
  fillIfSameBoxes,
  fillPageNumbers,
  fontsReady,
  pdfReader,
  preparePage,
  readDestinations,
  seedNumbers,
  unsettled,
} from './toc.js';
import type { PdfJob, PdfResult, PrinterOptions, ProgressEvent } from './types.js';

export { BrowserNotFound } from './browser.js';
export type { ContentsNumbers } from './toc.js';
export type { PdfJob, PdfResult, PrinterOptions, ProgressEvent } from './types.js';

/** The PDF step failed: the tool could not do its work (exit 2). */
export class PdfError extends Error {
  readonly exitCode: number = 2;
}

/** Stopped by the caller's AbortSignal while printing (the CLI maps the signal to its exit code). */
export class PdfInterrupted extends PdfError {
  constructor(readonly reason: string) {
    super(`interrupted (${reason}) while printing PDFs; the browser was stopped`);
  }
}

/** Prints of a document at most: placeholder numbers, real numbers, one more if they moved (a seed adds one). */
export const MAX_PASSES = 3;
/** Seconds per browser step (load, each pass) for a tiny document; each MB of HTML adds as much again. */
export const DEFAULT_TIMEOUT_S = 30;

/** Timeout for one step on a document of `bytes` of HTML: base × (1 + MB). */
export function stepTimeout(baseSeconds: number, bytes: number): number {
  return Math.round(baseSeconds * 1000 * (1 + bytes / 1_000_000));
}

/** One browser for the whole run. `abort()` kills it at once (signals, timeouts); `close()` never hangs. */
export class Printer {
  private abortReason: Error | undefined;
  private closing = false;
  private rejectAbort: ((e: Error) => void) | undefined;
  private readonly aborted: Promise<never>;

  private constructor(
    private readonly browser: Browser,
    private readonly options: PrinterOptions,
  ) {
    this.aborted = new Promise<never>((_, reject) => (this.rejectAbort = reject));
    this.aborted.catch(() => undefined); // observed through race() only
    const quit = () => this.abort(new PdfError('the browser quit unexpectedly (crashed or was killed)'));
    browser.on('disconnected', quit);
    if (!browser.connected) quit(); // an early start (launch.ts) may have quit before this printer took it
  }

  /** Start a browser, or take the one `early` started with the same executable (it then belongs to this printer). */
  static async launch(options: PrinterOptions, early?: EarlyBrowser): Promise<Printer> {
    const timeout = stepTimeout(options.launchTimeoutSeconds ?? options.timeoutSeconds ?? DEFAULT_TIMEOUT_S, 0);
    let launched: Launched;
    try {
      launched = await (early?.take(options.executablePath) ?? launchBrowser(options.executablePath, timeout));
    } catch (e) {
      throw new PdfError(e instanceof LaunchError ? e.message : `could not start the browser ${options.executablePath}: ${firstLine(e)}`);
    }
    options.progress?.({ kind: 'browser', ms: launched.ms, executable: options.executablePath });
    return new Printer(launched.browser, options);
  }

  /** Kill the browser now (synchronous, safe in a signal handler). The first reason wins. */
  abort(reason: Error): void {
    if (this.abortReason || this.closing) return;
    this.abortReason = reason;
    this.kill();
    this.rejectAbort?.(reason);
  }

  private kill(): void {
    killBrowser(this.browser);
  }

  /** The browser's product and version, e.g. `Chrome/131.0.6778.139` (`plan doctor` names it). */
  version(): Promise<string> {
    return this.step('reading the version', stepTimeout(this.options.timeoutSeconds ?? DEFAULT_TIMEOUT_S, 0), () => this.browser.version());
  }

  /** Close gracefully within a few seconds, else kill. Never throws. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.abortReason) return; // already killed
    await closeBrowser(this.browser);
  }

  /** Run one browser step; a timeout or an abort kills the browser and ends the step with a PdfError. */
  private async step<T>(what: string, ms: number, work: () => Promise<T>): Promise<T> {
    if (this.abortReason) throw this.abortReason;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const e = new PdfError(`${what} did not finish within ${Math.round(ms / 1000)} s; the browser was stopped`);
        this.abort(e);
        reject(e);
      }, ms);
    });
    try {
      return await Promise.race([work(), timeout, this.aborted]);
    } catch (e) {
      if (this.abortReason) throw this.abortReason;
      if (e instanceof PdfError) throw e;
      throw new PdfError(`${what} failed: ${firstLine(e)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Print one document: prepare the page, print until the contents' page numbers settle, add metadata.
   *
   * Without a seed the first pass prints placeholders, untagged, only to measure where the headings land. With a
   * seed whose numbers keep every number box of the contents the size the placeholder gives it (fillIfSameBoxes),
   * the layout is the placeholder pass's, so the headings land where that pass would measure them: the seed
   * printed tagged is the final print when they land on it (the pass after the placeholder pass would print
   * the same numbers, and settle), and when they do not, the measured numbers are those the placeholder pass
   * would have given, and the passes go on as they would have, one pass later (hence one more allowed). Either
   * way the PDF is the one printed from the same page with the same numbers as without a seed.
   */
  async print(job: PdfJob): Promise<PdfResult> {
    const progress = this.options.progress;
    const ms = stepTimeout(this.options.timeoutSeconds ?? DEFAULT_TIMEOUT_S, Buffer.byteLength(job.html));
    const started = Date.now();
    const page = await this.step(`opening a page for ${job.name}`, ms, () => this.browser.newPage());
    const blocked: string[] = [];
    try {
      const prepared = await this.step(`loading ${job.name}`, ms, async () => {
        await offline(page, blocked);
        await page.setJavaScriptEnabled(false); // the documents have no script; none may run while printing
        // Print media from the start: the page is styled and laid out once, by the print style sheet, as printing
        // lays it out. With the screen's media each pass first restyled the whole document for print, about a
        // third of a pass (test/browser/pdf-reuse.test.ts: the same bytes either way).
        await page.emulateMediaType('print');
        await page.setContent(job.html, { waitUntil: 'load', timeout: ms });
        await page.evaluate(fontsReady);
        const ready = await page.evaluate(preparePage, '000');
        const seed = seedNumbers(ready.ids, job.seed);
        if (!seed) return { ...ready, seed };
        // Box sizes in the print style sheet's layout.
        const fits = await page.evaluate(fillIfSameBoxes, seed);
        return { ...ready, seed: fits ? seed : undefined };
      });
      const load = Date.now() - started;
      progress?.({ kind: 'load', name: job.name, ms: load });

      const passes: number[] = [];
      const reads: number[] = [];
      let printed: (number | null)[] = prepared.seed ?? prepared.ids.map(() => null);
      const maxPasses = (this.options.maxPasses ?? MAX_PASSES) + (prepared.seed ? 1 : 0);
      for (let pass = 1; ; pass++) {
        const passStart = Date.now();
        // The placeholder pass only measures where the headings land: untagged, it prints about a third faster.
        // Tags do not change the layout, and the pass after it checks that anyway.
        const final = pass > 1 || prepared.ids.length === 0 || prepared.seed !== undefined;
        const pdf = await this.step(`printing ${job.name} (pass ${pass})`, ms, () => {
          const printing = page.pdf({
            format: 'A4',
            preferCSSPageSize: true,
            printBackground: true,
            outline: final,
            tagged: final,
            timeout: ms,
          });
          pdfReader().catch(() => undefined); // loaded while the browser prints (toc.ts); a failure shows when read
          return printing;
        });
        const printedAt = Date.now();
        const facts = await readDestinations(pdf, prepared.ids);
        reads.push(Date.now() - printedAt);
        const moved = final ? unsettled(prepared.texts, printed, facts.numbers) : ['placeholder numbers'];
        passes.push(Date.now() - passStart);
        const seeded = pass === 1 && prepared.seed !== undefined;
        progress?.({
          kind: 'pass',
          name: job.name,
          pass,
          pages: facts.pages,
          ms: passes[pass - 1]!,
          settled: moved.length === 0,
          final,
          seeded,
        });
        if (final && moved.length === 0) {
          const finishStart = Date.now();
          // Node ids in the order of the file, not of the page's history (struct-ids.ts); a seeded print whose ids
          // are in another form is printed again without the seed, as it would be the first time.
          const canonical = canonicalNodeIds(pdf);
          if (!canonical && prepared.seed) return this.print({ name: job.name, html: job.html });
          let out: Uint8Array = pdf;
          try {
            out = makeReproducible(
              addInfoEntries(canonical ?? pdf, { Author: prepared.author, Creator: prepared.generator }),
              this.options.sourceDateEpoch,
            );
          } catch (e) {
            if (!(e instanceof PdfStructureError)) throw e;
            throw new PdfError(`${job.name}: cannot add the author to the PDF information: ${e.message}`);
          }
          const finish = Date.now() - finishStart;
          progress?.({ kind: 'done', name: job.name, pages: facts.pages, passes: pass, ms: Date.now() - started });
          const missing = prepared.texts.filter((_, i) => facts.numbers[i] === null);
          const seeded = prepared.seed === undefined ? 'none' : pass === 1 ? 'settled' : 'moved';
          const contents = { ids: prepared.ids, numbers: printed };
          return {
            name: job.name,
            pdf: out,
            pages: facts.pages,
            passes: pass,
            timings: { load, passes, reads, finish },
            blocked,
            missing,
            contents,
            seeded,
          };
        }
        if (pass >= maxPasses) {
          throw new PdfError(
            `${job.name}: the page numbers in the table of contents did not settle after ${pass} passes: ${moved.slice(0, 5).join('; ')}${moved.length > 5 ? ` (and ${moved.length - 5} more)` : ''}`,
          );
        }
        printed = facts.numbers;
        await this.step(`filling in the contents of ${job.name}`, ms, () => page.evaluate(fillPageNumbers, printed));
      }
    } finally {
      if (!this.abortReason) await within(page.close(), 5000, undefined);
    }
  }
}

export interface PrintPdfsOptions {
  /** Environment (read once by the CLI): PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, PLANWERK_PDF_TIMEOUT (and HOME, for the PDF cache). */
  env: Record<string, string | undefined>;
  /** SOURCE_DATE_EPOCH in seconds, when set. */
  sourceDateEpoch?: number;
  /** Aborting it kills the browser; printPdfs then throws PdfInterrupted with the abort reason. */
  signal?: AbortSignal;
  /** Human progress lines (the CLI passes one only on a terminal, outside CI). */
  progress?: (line: string) => void;
  /** Warnings, always shown. */
  warn?: (line: string) => void;
  /** Documents printing at once (default: defaultConcurrency()). */
  concurrency?: number;
  /** A browser started while the documents were made (launch.ts): taken instead of starting one. */
  early?: EarlyBrowser;
}

/**
 * Documents printed at once, each on its own page (tab) of the one browser: one per core, at most 3. A print
 * keeps about one core busy, in Chromium or in this process reading the PDF back (pdf.js), so two documents
 * overlap well even on two cores (the shipped content: about a fifth less time for its PDFs); more pages than
 * cores only share the same cores, and each holds a whole document.
 */
export function defaultConcurrency(): number {
  return Math.max(1, Math.min(3, availableParallelism()));
}

/** A document to print: `path` is the PDF's name, e.g. mjp-2021-2025.pdf. */
export interface PrintJob {
  path: string;
  html: string;
  /** An earlier print's contents numbers (PdfJob.seed). */
  seed?: ContentsNumbers;
}

/**
 * Print every job with one browser, closed in every outcome, a few documents at once (each on its own page),
 * handing the finished PDFs to `save` in job order. When one fails, no other starts; those printing finish, and
 * every PDF that printed completely is still saved before the error is thrown (a crash or a timeout kills the
 * browser, so the others end at once). Throws BrowserNotFound before doing anything when no browser is
 * installed, PdfInterrupted when the signal aborts, PdfError otherwise.
 */
export async function printPdfs(
  jobs: readonly PrintJob[],
  save: (path: string, pdf: Uint8Array, contents: ContentsNumbers, seeded: PdfResult['seeded']) => Promise<void>,
  options: PrintPdfsOptions,
): Promise<void> {
  const executablePath = findBrowser(options.env);
  const timeoutSeconds = timeoutFromEnv(options.env.PLANWERK_PDF_TIMEOUT);
  const say = options.progress;
  const progress = say
    ? (e: ProgressEvent) => {
        if (e.kind === 'browser') say(`PDF: browser started in ${seconds(e.ms)} (${e.executable})`);
        else if (e.kind === 'load') say(`PDF: ${e.name}: loaded in ${seconds(e.ms)}`);
        else if (e.kind === 'pass')
          say(
            `PDF: ${e.name}: pass ${e.pass}${e.seeded ? ' (the last print’s page numbers)' : ''}, ${e.pages} pages, ${seconds(e.ms)}${e.final && (e.pass > 1 || e.seeded) ? (e.settled ? ', contents settled' : ', contents moved') : ''}`,
          );
        else say(`PDF: ${e.name}: ${e.pages} pages in ${e.passes} passes, ${seconds(e.ms)}`);
      }
    : undefined;

  const wanted = options.concurrency ?? defaultConcurrency();
  const concurrency = Math.max(1, Math.min(jobs.length, Number.isFinite(wanted) ? Math.floor(wanted) : 1));
  const signal = options.signal;
  const interrupted = () => new PdfInterrupted(String(signal?.reason ?? 'aborted'));
  if (signal?.aborted) throw interrupted();
  let printer: Printer | undefined;
  const onAbort = () => printer?.abort(interrupted());
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    printer = await Printer.launch(
      {
        executablePath,
        // A step's time is for a document printed alone; the jobs printing at once share the cores.
        timeoutSeconds: timeoutSeconds * concurrency,
        launchTimeoutSeconds: timeoutSeconds,
        ...(progress ? { progress } : {}),
        ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
      },
      options.early,
    );
    const ready = printer;
    await inOrder(jobs, {
      limit: concurrency,
      // The longest documents first, so that a short one does not leave a long one for last, printing alone.
      startOrder: jobs.map((_, i) => i).sort((a, b) => jobs[b]!.html.length - jobs[a]!.html.length || a - b),
      beforeEach: () => {
        if (signal?.aborted) throw interrupted();
      },
      work: (job) => ready.print({ name: job.path, html: job.html, ...(job.seed ? { seed: job.seed } : {}) }),
      // Warnings and saves in job order: standard error and the caller's list of PDFs are the same on every run.
      deliver: async (result) => {
        if (result.blocked.length > 0)
          options.warn?.(`PDF: ${result.name}: refused ${result.blocked.length} network request(s), e.g. ${result.blocked[0]}`);
        if (result.missing.length > 0)
          options.warn?.(
            `PDF: ${result.name}: no page number for ${result.missing.length} contents entries (their heading has no destination in the PDF), e.g. “${result.missing[0]}”`,
          );
        await save(result.name, result.pdf, result.contents, result.seeded);
      },
      // After an interrupt nothing is kept, so nothing more is saved.
      keepAfterFailure: () => !signal?.aborted,
    });
  } catch (e) {
    // An abort while the browser was starting or working shows up as whatever that step threw.
    throw signal?.aborted ? interrupted() : e;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await printer?.close();
  }
}

/** PLANWERK_PDF_TIMEOUT in seconds (default DEFAULT_TIMEOUT_S); anything but a positive number is a PdfError. */
export function timeoutFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_TIMEOUT_S;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new PdfError(`PLANWERK_PDF_TIMEOUT must be a number of seconds, not “${value}”`);
  return n;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
