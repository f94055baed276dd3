/**
 * plan build, the composition root:
 *
 *   guard --out → load → compile (pure core) → render → plan outputs (pure) → write (staging) → print PDFs → swap in → report
 *
 * Content problems (including output names the file system cannot hold) write nothing and exit 1. When the
 * PDFs cannot be made (no browser, a browser that does not start, hangs or crashes) the HTML and data.json are
 * still put in place, with the PDFs that printed completely, and the run exits 2 with what to do. An interrupt
 * writes nothing. A file system that refuses the output gives one line and exit 2. Every failure leaves the
 * previous output as it was, and no staging folder behind.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { loadBrand } from '../brand.js';
import { compareDiagnostics, type Diagnostic, type Location, localize, summarize } from '../core/diagnostics/index.js';
import { type PlannedOutput, planOutputs } from '../core/outputs.js';
import { Cache, flushAll, statsLine } from '../io/cache.js';
import { checkOutputDir, markerContents, OUTPUT_MARKER } from '../io/output-dir.js';
import { createStaging, discard, type FileToWrite, swapIn, WriteError, writeInto } from '../io/write.js';
import { BrowserNotFound, PdfError, PdfInterrupted, printPdfs } from '../pdf/print.js';
import { BODY_CACHE_VERSION } from '../render/body-cache.js';
import type { Locale } from '../render/i18n.js';
import { documentFiles, renderDocuments } from '../render/index.js';
import { LABELS } from '../render/labels/index.js';
import { compactReporter, REPORTERS, type ReportInput } from '../reporters/index.js';
import { VERSION } from '../version.js';
import { bodyRenderer } from './bodies.js';
import { modelJson } from './check.js';
import { compileContent, displayRoot, poolOptions } from './compile.js';
import { type Selected, selectDiagnostics, withAccepted } from './select.js';
import { type BuildOptions, exitFor, type RunIo } from './types.js';

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates');

/** How a build ended: an exit code, or interrupted (the CLI maps the signal to 130/143). */
export type BuildOutcome = { exitCode: number; interrupted?: false } | { interrupted: true };

const nothingWritten = (lang: string, out: string) =>
  lang === 'nl' ? `plan: niets geschreven; ${out}/ blijft ongewijzigd.\n` : `plan: nothing written; ${out}/ is left as it was.\n`;

export async function build(options: BuildOptions, io: RunIo, signal?: AbortSignal): Promise<BuildOutcome> {
  // Refuse before any work: a build replaces its output folder whole.
  const refusal = await checkOutputDir(options.outDir, options.contentDir, io.cwd);
  if (refusal) {
    io.stderr.write(`plan: ${refusal.message}\nplan: nothing written; ${options.outShown} is left as it was.\n`);
    return { exitCode: 2 };
  }
  const compiled = await compileContent(options);
  if (signal?.aborted) return interrupted(io, signal, compiled.language, options.outShown);
  // data.json keeps every diagnostic; the baseline and --quiet only choose what is printed and what fails.
  const selected = await selectDiagnostics(io, options, compiled);
  // Branding: the images, fonts and style sheet the content refers to are read and checked before anything is
  // rendered; their problems join the run's diagnostics.
  const branded = await loadBrand(compiled.result.context, options.contentDir, displayRoot(options.contentDir));
  if (branded.diagnostics.length > 0) {
    const extra = branded.diagnostics.map((d) => localize(d, compiled.language));
    compiled.diagnostics = [...compiled.diagnostics, ...extra].sort(compareDiagnostics);
    selected.diagnostics = [...selected.diagnostics, ...extra].sort(compareDiagnostics);
  }
  const { result, language } = compiled;
  const failed = exitFor(selected.diagnostics, options.strict);
  if (failed !== 0) return { exitCode: fail(options, io, selected, selected.diagnostics, failed) };

  const plan = result.context.plan;
  const locale: Locale = options.locale === 'en' ? 'en' : options.locale ? 'nl-BE' : plan?.data.locale === 'en' ? 'en' : 'nl-BE';
  const css = (await Promise.all(['style.css', 'print.css'].map((f) => readFile(path.join(TEMPLATES, f), 'utf8')))).join('\n');
  const generator = `planwerk ${VERSION}`;
  const bodies = new Cache<Root>({ dir: options.cache?.dir, salt: options.cache?.salt ?? '' }, 'bodies', BODY_CACHE_VERSION, [
    'render/markdown.js',
  ]);
  const labels = { footnotesLabel: LABELS[locale].footnotes, footnoteBackLabel: LABELS[locale].footnoteBack };
  const renderBody = await bodyRenderer(result.context, labels, bodies, poolOptions(options));
  const documents = await renderDocuments({
    context: result.context,
    indicators: result.indicators,
    differences: result.differences,
    locale,
    css,
    buildDate: options.buildDate,
    generator,
    // All of the run's diagnostics go to the staff quality report, never into the documents.
    diagnostics: compiled.diagnostics,
    ...(options.asOf !== undefined ? { consolidated: options.asOf } : {}),
    ...(branded.brand ? { brand: branded.brand } : {}),
    renderBody,
  });
  await flushAll({ ...compiled.caches, bodies });
  if (options.cache?.stats) io.stderr.write(statsLine({ ...compiled.caches, bodies }));
  if (signal?.aborted) return interrupted(io, signal, language, options.outShown);

  // Plan every output; a name the file system cannot hold is reported at the id that gave it.
  const files = documentFiles(result.context);
  const idAt = new Map<string, Location>();
  if (plan) idAt.set(files.plan, plan.locate(['id']));
  for (const r of result.context.reports) {
    const file = files.reports.get(r.data.year);
    if (file && !idAt.has(file)) idAt.set(file, r.locate(['id']));
  }
  const withAt = (o: PlannedOutput, source: string): PlannedOutput => (idAt.has(source) ? { ...o, at: idAt.get(source)! } : o);
  const planned = planOutputs([
    ...documents.map((d) => withAt({ path: d.path, contents: d.contents, role: 'document' }, d.path)),
    ...(options.format === 'all'
      ? documents
          .filter((d) => d.role === 'document')
          .map((d) => withAt({ path: `${d.path.replace(/\.html?$/i, '')}.pdf`, contents: { printFrom: d.contents }, role: 'pdf' }, d.path))
      : []),
    { path: 'data.json', contents: modelJson(compiled), role: 'data' },
    { path: OUTPUT_MARKER, contents: markerContents(generator), role: 'marker' },
  ]);
  if (planned.diagnostics.length > 0) {
    const extra = planned.diagnostics.map((d) => localize(d, language));
    return { exitCode: fail(options, io, selected, [...selected.diagnostics, ...extra].sort(compareDiagnostics), 1) };
  }
  const report = reporterInput(options, selected, selected.diagnostics);
  const reporter = options.reporter ? REPORTERS[options.reporter]! : compactReporter;
  if (report.summary.warnings > 0 || (options.reporter !== undefined && report.diagnostics.length > 0)) {
    io.stderr.write(withAccepted(reporter(report).text, selected, options.verbose));
  }

  const now: FileToWrite[] = [];
  const pdfJobs: { path: string; html: string }[] = [];
  for (const o of planned.outputs) {
    if (typeof o.contents === 'object' && 'printFrom' in o.contents) pdfJobs.push({ path: o.path, html: o.contents.printFrom });
    else now.push({ path: o.path, contents: o.contents });
  }

  const printed: string[] = [];
  let pdfFailure: { message: string; hint: string } | undefined;
  let staging: string | undefined;
  try {
    const dir = (staging = await createStaging(options.outDir));
    await writeInto(dir, now);
    if (pdfJobs.length > 0) {
      try {
        await printPdfs(
          pdfJobs,
          async (name, pdf) => {
            await writeInto(dir, [{ path: name, contents: pdf }]);
            printed.push(name);
          },
          {
            env: options.pdf.env,
            ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
            ...(signal ? { signal } : {}),
            ...(options.pdf.progress ? { progress: (line: string) => io.stderr.write(`${line}\n`) } : {}),
            warn: (line) => io.stderr.write(`${line}\n`),
          },
        );
      } catch (e) {
        if (e instanceof PdfInterrupted || signal?.aborted) {
          io.stderr.write(`plan: PDF: ${e instanceof PdfInterrupted ? e.message : `interrupted (${String(signal?.reason)})`}\n`);
          io.stderr.write(nothingWritten(language, options.outShown));
          return { interrupted: true };
        }
        if (e instanceof BrowserNotFound) pdfFailure = { message: e.message, hint: '' };
        else if (e instanceof PdfError) pdfFailure = { message: `PDF: ${e.message}`, hint: pdfHint(options) };
        else throw e;
      }
    }
    if (signal?.aborted) return interrupted(io, signal, language, options.outShown);
    await swapIn(dir, options.outDir);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.stderr.write(`plan: ${e.message}; ${options.outShown}/ is left as it was.\n`);
    return { exitCode: 2 };
  } finally {
    if (staging) await discard(staging); // gone after a swap; on every other path, removed here
  }

  const shown = (p: string) => path.join(options.outShown, p);
  for (const d of documents) io.stdout.write(`${shown(d.path)}\n`);
  for (const p of printed) io.stdout.write(`${shown(p)}\n`);
  io.stdout.write(`${shown('data.json')}\n`);
  if (pdfFailure) {
    const missing = pdfJobs.map((j) => j.path).filter((p) => !printed.includes(p));
    io.stderr.write(`plan: ${pdfFailure.message}\n`);
    io.stderr.write(
      printed.length === 0
        ? `plan: wrote the HTML and data.json, but no PDF.\n`
        : `plan: wrote the HTML, data.json and ${printed.join(', ')}; no ${missing.join(', ')}.\n`,
    );
    if (pdfFailure.hint) io.stderr.write(`plan: ${pdfFailure.hint}\n`);
    return { exitCode: 2 };
  }
  return { exitCode: 0 };
}

function interrupted(io: RunIo, signal: AbortSignal, lang: string, out: string): BuildOutcome {
  io.stderr.write(`plan: interrupted (${String(signal.reason)})\n${nothingWritten(lang, out)}`);
  return { interrupted: true };
}

function pdfHint(options: BuildOptions): string {
  const timeout = options.pdf.env.PLANWERK_PDF_TIMEOUT;
  return `run the build again; if the browser is slow here, give it more time (PLANWERK_PDF_TIMEOUT=${timeout ? Number(timeout) * 2 : 60} seconds per step); --format html builds without PDFs.`;
}

function reporterInput(options: BuildOptions, selected: Selected, diagnostics: Diagnostic[]): ReportInput {
  return {
    diagnostics,
    summary: summarize(diagnostics, selected.result.files),
    lang: selected.language,
    sources: new Map(selected.sources.map((s) => [s.path, s.text])),
    color: options.color,
    verbose: options.verbose,
    changedFiles: selected.changed,
    env: options.ciEnv,
  };
}

/** A failed build shows the full diagnostics, as `plan validate` would, and writes nothing. */
function fail(options: BuildOptions, io: RunIo, selected: Selected, diagnostics: Diagnostic[], exitCode: number): number {
  io.stderr.write(
    withAccepted(REPORTERS[options.reporter ?? 'pretty']!(reporterInput(options, selected, diagnostics)).text, selected, options.verbose),
  );
  io.stderr.write(nothingWritten(selected.language, options.outShown));
  return exitCode;
}
