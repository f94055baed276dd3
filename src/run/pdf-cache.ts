/**
 * PDFs are reused by what they were printed from: a document whose HTML did not change is not printed again.
 * An entry (cache kind `pdfs`) is the final PDF, after the contents' page numbers settled and the metadata was
 * set, keyed by the HTML's bytes, the browser's version and the system's fonts (src/pdf/identity.ts),
 * planwerk's code of src/pdf (the print settings, the passes, the metadata) and whether SOURCE_DATE_EPOCH is
 * set. Its value is not in the key: a reused PDF gets this run's dates the way a printed one does
 * (makeReproducible, which also derives the file identifiers from the result), so it is the same bytes a fresh
 * print would give under SOURCE_DATE_EPOCH, and a pull request built on the same day as its base (the same
 * HTML, another commit time) reprints only what changed. Without a cache, or when the browser cannot say its
 * version, every document is printed and nothing is stored.
 *
 * A document printed again starts from the page numbers its contents showed the last time it was printed with
 * this browser and these fonts (cache kind `pdf-pages`, keyed by the PDF's name): when the headings land on
 * them, it prints in one pass instead of two, into the same bytes (Printer.print says why).
 */
import { Cache, type CacheOptions } from '../io/cache.js';
import { printIdentity } from '../pdf/identity.js';
import { EarlyBrowser } from '../pdf/launch.js';
import { makeReproducible } from '../pdf/metadata.js';
import { type ContentsNumbers, type PrintJob, type PrintPdfsOptions, printPdfs, stepTimeout, timeoutFromEnv } from '../pdf/print.js';

/** The format of a `pdfs` entry (the PDF's bytes); the code hash of lib/src/pdf keys it as well. */
export const PDF_CACHE_VERSION = 'pdfs-1';
/** The format of a `pdf-pages` entry (ContentsNumbers). */
export const PAGES_CACHE_VERSION = 'pdf-pages-1';

export interface CachedPrint {
  /** Its hits (reused) and misses (printed), for PLANWERK_CACHE_STATS; undefined without a cache. */
  cache: Cache<unknown> | undefined;
  /** Prints that started from the last print's page numbers: the headings landed on them, or moved. */
  seeds?: { settled: number; moved: number };
}

/** What a build that prints starts before its documents are made: the browser, and (with a cache) the print identity. */
export interface EarlyPrint {
  browser?: EarlyBrowser;
  identity?: Promise<string | undefined>;
}

/**
 * Start the browser and ask the print identity while the content is checked and rendered: a reprint of one document
 * then waits for neither after its HTML is made. When nothing is printed the browser is closed unused
 * (EarlyBrowser.dispose): about a third of a second of the other core.
 */
export function startEarly(env: Record<string, string | undefined>, cacheOptions: CacheOptions | undefined): EarlyPrint {
  let timeout: number;
  try {
    timeout = timeoutFromEnv(env.PLANWERK_PDF_TIMEOUT);
  } catch {
    return {}; // the print reports the bad setting
  }
  const browser = EarlyBrowser.start(env, stepTimeout(timeout, 0));
  if (cacheOptions?.dir === undefined) return browser ? { browser } : {};
  const identity = printIdentity(env);
  identity.catch(() => undefined); // awaited, and so reported, only by a print
  return browser ? { browser, identity } : { identity };
}

/**
 * printPdfs, printing only the documents whose PDF is not in the cache. `save` gets every PDF in job order,
 * reused or printed; when printing fails, the PDFs that are there (reused, or printed completely) are still
 * saved before the error is thrown, as printPdfs does.
 */
export async function printPdfsCached(
  jobs: readonly PrintJob[],
  save: (path: string, pdf: Uint8Array) => Promise<void>,
  options: PrintPdfsOptions,
  cacheOptions: CacheOptions | undefined,
  report: CachedPrint = { cache: undefined },
  /** printIdentity(options.env), when it was asked earlier (startEarly). */
  knownIdentity?: Promise<string | undefined>,
): Promise<void> {
  const identity = cacheOptions?.dir === undefined ? undefined : await (knownIdentity ?? printIdentity(options.env));
  if (cacheOptions === undefined || identity === undefined) return printPdfs(jobs, save, options);
  const cache = new Cache<unknown>(cacheOptions, 'pdfs', PDF_CACHE_VERSION, ['pdf']);
  report.cache = cache;
  const epoch = options.sourceDateEpoch;
  const keys = new Map(jobs.map((j) => [j.path, cache.key([identity, epoch === undefined ? 'print time' : 'fixed', j.html])] as const));
  const ready = new Map<string, Uint8Array>();
  for (const job of jobs) {
    const pdf = cache.getPayload(keys.get(job.path)!);
    if (pdf) ready.set(job.path, epoch === undefined ? pdf : makeReproducible(pdf, epoch));
  }
  // Saved in job order, as printPdfs saves: what the build lists is the same whichever PDFs were reused.
  let next = 0;
  const deliver = async (all: boolean): Promise<void> => {
    for (; next < jobs.length; next++) {
      const pdf = ready.get(jobs[next]!.path);
      if (pdf) await save(jobs[next]!.path, pdf);
      else if (!all) return;
    }
  };
  for (const job of jobs)
    if (ready.has(job.path)) options.progress?.(`PDF: ${job.path}: reused (printed before from the same HTML, browser and fonts)`);
  const missing = jobs.filter((j) => !ready.has(j.path));
  if (missing.length === 0) return deliver(true);
  // Its own kind, so that PLANWERK_CACHE_STATS's pdfs count PDFs only.
  const pages = new Cache<ContentsNumbers>(cacheOptions, 'pdf-pages', PAGES_CACHE_VERSION, ['pdf']);
  const pagesKey = (name: string) => pages.key([identity, name]);
  const seeded = missing.map((j) => {
    const seed = pages.get(pagesKey(j.path));
    return seed ? { ...j, seed } : j;
  });
  let failure: unknown;
  try {
    await printPdfs(
      seeded,
      async (name, pdf, contents, seeded) => {
        if (seeded !== 'none') {
          report.seeds ??= { settled: 0, moved: 0 };
          report.seeds[seeded]++;
        }
        pages.set(pagesKey(name), contents);
        cache.setPayload(keys.get(name)!, pdf);
        ready.set(name, pdf);
        await deliver(false);
      },
      options,
    );
  } catch (e) {
    failure = e;
  }
  await Promise.all([cache.flush(), pages.flush()]);
  // After an interrupt nothing is kept (the caller discards what it was given), so nothing more is saved.
  if (failure === undefined || !options.signal?.aborted) await deliver(true);
  if (failure !== undefined) throw failure;
}
