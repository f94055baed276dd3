/**
 * plan build: validate, compute, render every document to HTML, print the PDFs, and put it all in place at once.
 * Content errors write nothing; a failed print writes nothing; without a browser the HTML is still written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from './core/diagnostics/index.js';
import { compareDiagnostics, localize, summarize } from './core/diagnostics/index.js';
import { loadBrand } from './brand.js';
import { exportModel } from './core/export.js';
import { exitFor, type Io, type Loaded } from './session.js';
import { checkOutputDir, markerContents, OUTPUT_MARKER } from './io/output-dir.js';
import { discard, stage, swapIn } from './io/write.js';
import { BrowserNotFound, PdfError, printPdfs } from './pdf/print.js';
import type { Locale } from './render/i18n.js';
import { renderDocuments } from './render/index.js';
import { compactReporter, REPORTERS } from './reporters/index.js';
import { VERSION } from './version.js';

export interface BuildOptions {
  out: string;
  content: string;
  locale?: string;
  format: string;
  strict?: boolean;
  verbose?: boolean;
  lang?: Lang;
}

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

/** The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC). */
function buildDate(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}

/** Returns the exit code. */
export async function runBuild(io: Io, opts: BuildOptions, loaded: Loaded, color: boolean): Promise<number> {
  const { sources, result, language } = loaded;
  const outDir = path.resolve(io.cwd, opts.out);
  // Refuse before anything is written: a build replaces its output folder whole.
  const refusal = await checkOutputDir(outDir, path.resolve(io.cwd, opts.content), io.cwd);
  if (refusal) {
    io.stderr.write(`plan: ${refusal.message}\nplan: nothing written; ${opts.out} is left as it was.\n`);
    return 2;
  }
  // Branding: the images, fonts and style sheet the content refers to are read and checked before anything is rendered.
  const branded = await loadBrand(result.context, path.resolve(io.cwd, opts.content), io.cwd);
  const diagnostics = [...loaded.diagnostics, ...branded.diagnostics.map((d) => localize(d, language))].sort(compareDiagnostics);
  const summary = summarize(diagnostics, result.files);
  const input = { diagnostics, summary, lang: language, sources: new Map(sources.map((s) => [s.path, s.text])), color, verbose: opts.verbose === true };
  const report = compactReporter(input);
  let exitCode = exitFor(diagnostics, opts.strict === true);
  if (exitCode !== 0) {
    // A failed build shows the full diagnostics, as `plan validate` would.
    io.stderr.write(REPORTERS.pretty!(input).text);
    io.stderr.write(language === 'nl' ? `plan: niets geschreven; ${opts.out}/ blijft ongewijzigd.\n` : `plan: nothing written; ${opts.out}/ is left as it was.\n`);
    return exitCode;
  }
  if (summary.warnings > 0) io.stderr.write(report.text);
  const plan = result.context.plan;
  const locale: Locale = opts.locale === 'en' ? 'en' : opts.locale ? 'nl-BE' : plan?.data.locale === 'en' ? 'en' : 'nl-BE';
  const css = (await Promise.all(['style.css', 'print.css'].map((f) => readFile(path.join(TEMPLATES, f), 'utf8')))).join('\n');
  const documents = await renderDocuments({
    context: result.context,
    indicators: result.indicators,
    differences: result.differences,
    locale,
    css,
    buildDate: buildDate(io.env),
    generator: `planwerk ${VERSION}`,
    ...(branded.brand ? { brand: branded.brand } : {}),
  });
  const data = JSON.stringify(
    exportModel(result.context, diagnostics, { generator: `planwerk ${VERSION}`, indicators: result.indicators, differences: result.differences }),
    null,
    2,
  ) + '\n';
  const generator = `planwerk ${VERSION}`;
  const staging = await stage(outDir, [...documents, { path: 'data.json', contents: data }, { path: OUTPUT_MARKER, contents: markerContents(generator) }]);
  // PDFs are printed into the same staging folder, so a failed print leaves dist/ as it was. Without a
  // browser the HTML and data are still put in place, and the exit code is 2.
  let pdfs: string[] = [];
  let noBrowser: BrowserNotFound | undefined;
  if (opts.format === 'all') {
    try {
      const progress = io.stderr.isTTY && io.env.CI === undefined ? (line: string) => io.stderr.write(`${line}\n`) : undefined;
      pdfs = await printPdfs(documents.filter((d) => d.role === 'document'), staging, { env: io.env, ...(progress ? { progress } : {}), warn: (line) => io.stderr.write(`${line}\n`) });
    } catch (e) {
      if (e instanceof BrowserNotFound) noBrowser = e;
      else {
        await discard(staging);
        if (!(e instanceof PdfError)) throw e;
        io.stderr.write(`plan: PDF: ${e.message}\n`);
        io.stderr.write(language === 'nl' ? `plan: niets geschreven; ${opts.out}/ blijft ongewijzigd.\n` : `plan: nothing written; ${opts.out}/ is left as it was.\n`);
        return e.exitCode;
      }
    }
  }
  try {
    await swapIn(staging, outDir);
  } catch (e) {
    await discard(staging);
    throw e;
  }
  for (const d of documents) io.stdout.write(`${path.join(opts.out, d.path)}\n`);
  for (const p of pdfs) io.stdout.write(`${path.join(opts.out, p)}\n`);
  io.stdout.write(`${path.join(opts.out, 'data.json')}\n`);
  if (noBrowser) {
    io.stderr.write(`plan: ${noBrowser.message}\nplan: wrote the HTML and data.json, but no PDF.\n`);
    exitCode = 2;
  }
  return exitCode;
}
