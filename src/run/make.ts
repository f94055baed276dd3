/**
 * plan build when something changed: everything after the up-to-date check of src/run/build.ts, loaded only
 * then (it brings the renderer and the browser).
 *
 *   compile (pure core) → render → plan outputs (pure) → write (staging) → print PDFs → swap in → record → report
 */
import path from 'node:path';
import { compareDiagnostics, localize } from '../core/diagnostics/index.js';
import { documentOutputs, type PlannedOutput, planOutputs } from '../core/outputs.js';
import type { SourceFile } from '../core/parse.js';
import { Cache, flushAll, NO_CACHE, statsLine } from '../io/cache.js';
import { markerContents, OUTPUT_MARKER } from '../io/output-dir.js';
import { createStaging, discard, type FileToWrite, swapIn, WriteError, writeInto } from '../io/write.js';
import { BrowserNotFound, PdfError, PdfInterrupted, printPdfs } from '../pdf/print.js';
import { BODY_CACHE_VERSION } from '../render/body-cache.js';
import type { Locale } from '../render/i18n.js';
import { renderDocuments } from '../render/index.js';
import type { PlaceableBody } from '../render/placeable.js';
import { VERSION } from '../version.js';
import { bodyRenderer } from './bodies.js';
import { type BuildOutcome, fail, interrupted, nothingWritten, reportSucceeded } from './build-report.js';
import { modelJson } from './check.js';
import { compileContent, poolOptions, type runCache } from './compile.js';
import { selectDiagnostics } from './select.js';
import { type BuildOptions, exitFor, type RunIo } from './types.js';
import { type BuildRecord, type buildRecords, outputRecord } from './up-to-date.js';

export interface Prepared {
  sources: SourceFile[];
  runs: ReturnType<typeof runCache>;
  css: string;
  records: ReturnType<typeof buildRecords>;
}

export async function makeBuild(options: BuildOptions, io: RunIo, prepared: Prepared, signal?: AbortSignal): Promise<BuildOutcome> {
  const { sources, runs, css, records } = prepared;
  const bodies = new Cache<PlaceableBody>(options.cache ?? NO_CACHE, 'bodies', BODY_CACHE_VERSION, [
    'render/markdown.js',
    'render/placeable.js',
  ]);
  const compiled = await compileContent(options, sources, runs, bodies);
  if (signal?.aborted) return interrupted(io, signal, compiled.language, options.outShown);
  // data.json keeps every diagnostic; the baseline and --quiet only choose what is printed and what fails.
  // The files the content refers to were read and checked with it (src/run/files.ts), as plan validate does.
  const selected = await selectDiagnostics(io, options, compiled);
  const { result, language, brand } = compiled;
  const failed = exitFor(selected.diagnostics, options.strict);
  if (failed !== 0) return { exitCode: fail(options, io, selected, selected.diagnostics, failed) };

  const plan = result.context.plan;
  const locale: Locale = options.locale === 'en' ? 'en' : options.locale ? 'nl-BE' : plan?.data.locale === 'en' ? 'en' : 'nl-BE';
  const generator = `planwerk ${VERSION}`;
  const renderBody = await bodyRenderer(result.context, bodies, poolOptions(options), compiled.bodies);
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
    ...(brand ? { brand } : {}),
    renderBody,
  });
  const caches = { ...compiled.caches, bodies, ...(records ? { builds: records.cache } : {}) };
  await flushAll(caches);
  if (options.cache?.stats) io.stderr.write(statsLine(caches));
  if (signal?.aborted) return interrupted(io, signal, language, options.outShown);

  // Plan every output; a name the file system cannot hold is reported at the id that gave it. The documents' names
  // were checked with the content (the link rule output-names); this covers what the options add (--as-of, PDFs).
  const idAt = new Map(documentOutputs(result.context, locale).flatMap((o) => (o.at ? [[o.path, o.at] as const] : [])));
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
  reportSucceeded(options, io, selected);

  const now: FileToWrite[] = [];
  const pdfJobs: { path: string; html: string }[] = [];
  for (const o of planned.outputs) {
    if (typeof o.contents === 'object' && 'printFrom' in o.contents) pdfJobs.push({ path: o.path, html: o.contents.printFrom });
    else now.push({ path: o.path, contents: o.contents });
  }

  const printed: string[] = [];
  const written = new Map(now.map((f) => [f.path, f.contents] as const));
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
            written.set(name, pdf);
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

  const listed = [...documents.map((d) => d.path), ...printed, 'data.json'];
  for (const p of listed) io.stdout.write(`${path.join(options.outShown, p)}\n`);
  if (records && !pdfFailure) {
    const record: BuildRecord = {
      checks: compiled.result.diagnostics,
      files: compiled.result.files,
      assets: compiled.referred,
      outputs: outputRecord(written),
      listed,
    };
    records.cache.set(records.key, record);
    await records.cache.flush();
  }
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

function pdfHint(options: BuildOptions): string {
  const timeout = options.pdf.env.PLANWERK_PDF_TIMEOUT;
  return `run the build again; if the browser is slow here, give it more time (PLANWERK_PDF_TIMEOUT=${timeout ? Number(timeout) * 2 : 60} seconds per step); --format html builds without PDFs.`;
}
