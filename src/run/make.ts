/**
 * plan build when something changed: everything after the up-to-date check of src/run/build.ts, loaded only
 * then (it brings the renderer and the browser).
 *
 *   [compile (pure core) → render → plan outputs (pure): src/run/produce.ts, shared with plan dev]
 *     → write (staging) → print PDFs → swap in → record → report
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { compareDiagnostics } from '../core/diagnostics/index.js';
import type { SourceFile } from '../core/parse.js';
import { statsLine } from '../io/cache.js';
import { markerContents, OUTPUT_MARKER, outputRecord, recordWith } from '../io/output-dir.js';
import { type StatCollector, type StatEntry, statEntry } from '../io/stat-record.js';
import { createStaging, discard, type FileToWrite, swapIn, WriteError, writeInto } from '../io/write.js';
import { BrowserNotFound, PdfError, PdfInterrupted } from '../pdf/print.js';
import { VERSION } from '../version.js';
import { type BuildOutcome, fail, interrupted, nothingWritten, reportSucceeded } from './build-report.js';
import type { runCache } from './compile.js';
import { type CachedPrint, type EarlyPrint, printPdfsCached, startEarly } from './pdf-cache.js';
import { produce } from './produce.js';
import { type Selected, selectDiagnostics } from './select.js';
import { type BuildOptions, type Compiled, exitFor, type RunIo } from './types.js';
import type { BuildRecord, buildRecords } from './up-to-date.js';
import { keepStatuses } from './up-to-date-stat.js';

export interface Prepared {
  sources: SourceFile[];
  runs: ReturnType<typeof runCache>;
  css: string;
  records: ReturnType<typeof buildRecords>;
  /** The statuses the load saw (with a cache): kept with the outputs' after the build (up-to-date-stat.ts). */
  seen?: StatCollector;
}

export async function makeBuild(options: BuildOptions, io: RunIo, prepared: Prepared, signal?: AbortSignal): Promise<BuildOutcome> {
  const early: { print?: EarlyPrint } = {};
  try {
    return await make(options, io, prepared, early, signal);
  } finally {
    await early.print?.browser?.dispose();
  }
}

async function make(
  options: BuildOptions,
  io: RunIo,
  prepared: Prepared,
  early: { print?: EarlyPrint },
  signal?: AbortSignal,
): Promise<BuildOutcome> {
  const { records } = prepared;
  // The files the content refers to were read and checked with it (src/run/files.ts), as plan validate does.
  let selected: Selected<Compiled> | undefined;
  let failed = 0;
  const produced = await produce(
    options,
    prepared,
    async (compiled) => {
      if (signal?.aborted) return false;
      selected = await selectDiagnostics(io, options, compiled);
      failed = exitFor(selected.diagnostics, options.strict);
      if (failed !== 0) failed = fail(options, io, selected, selected.diagnostics, failed);
      // Checked and going on to print: the browser starts now, beside the rendering (pdf-cache.ts's startEarly).
      if (failed === 0 && options.format === 'all') early.print = startEarly(options.pdf.env, options.cache);
      return failed === 0;
    },
    signal,
  );
  const language = produced.compiled?.language ?? options.lang;
  if (produced.kind === 'interrupted' || signal?.aborted) return interrupted(io, signal!, language, options.outShown);
  if (produced.kind === 'stopped') {
    if (failed === 0) throw new Error('bug: the build stopped without a failure');
    return { exitCode: failed };
  }
  const compiled = produced.compiled;
  const caches = { ...produced.caches, ...(records ? { builds: records.cache } : {}) };
  if (options.cache?.stats) io.stderr.write(statsLine(caches));
  if (produced.kind === 'unplaceable')
    return { exitCode: fail(options, io, selected!, [...selected!.diagnostics, ...produced.diagnostics].sort(compareDiagnostics), 1) };
  const documents = produced.documents;
  reportSucceeded(options, io, selected!);

  const now: FileToWrite[] = [];
  const pdfJobs: { path: string; html: string }[] = [];
  for (const o of produced.outputs) {
    if (o.role === 'marker') continue;
    if (typeof o.contents === 'object' && 'printFrom' in o.contents) pdfJobs.push({ path: o.path, html: o.contents.printFrom });
    // Encoded once: the same bytes are written and hashed for the record (75 MB at 10,000 documents).
    else now.push({ path: o.path, contents: typeof o.contents === 'string' ? Buffer.from(o.contents) : o.contents });
  }

  const printed: string[] = [];
  const written = new Map(now.map((f) => [f.path, f.contents] as const));
  let pdfFailure: { message: string; hint: string } | undefined;
  let staging: string | undefined;
  let outputs: ReturnType<typeof outputRecord> = [];
  try {
    const dir = (staging = await createStaging(options.outDir));
    await writeInto(dir, now);
    if (pdfJobs.length > 0) {
      // A document whose HTML, browser and fonts are as when it was printed is not printed again (pdf-cache.ts).
      const reuse: CachedPrint = { cache: undefined };
      try {
        await printPdfsCached(
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
            ...(early.print?.browser ? { early: early.print.browser } : {}),
          },
          options.cache,
          reuse,
          early.print?.identity,
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
      } finally {
        if (options.cache?.stats && reuse.cache) io.stderr.write(statsLine({ pdfs: reuse.cache }));
        if (options.cache?.stats && reuse.seeds)
          io.stderr.write(`plan: cache: pdf seeds ${reuse.seeds.settled} settled ${reuse.seeds.moved} moved\n`);
      }
    }
    if (signal?.aborted) return interrupted(io, signal, language, options.outShown);
    // The record of what this build wrote, PDFs included: the next build replaces exactly these (src/io/output-dir.ts).
    // Every output hashed once (some 75 MB at 10,000 documents): the marker's record, then the build's with the marker.
    const hashed = outputRecord(written);
    const marker = markerContents(`planwerk ${VERSION}`, hashed);
    await writeInto(dir, [{ path: OUTPUT_MARKER, contents: marker }]);
    written.set(OUTPUT_MARKER, marker);
    outputs = recordWith(hashed, OUTPUT_MARKER, marker);
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
      outputs,
      listed,
    };
    records.cache.set(records.key, record);
    await records.cache.flush();
    // The next check trusts the content's statuses and hashes these outputs while they are racy.
    if (prepared.seen) {
      const statuses = await outputStatuses(options.outDir, outputs);
      if (statuses) await keepStatuses(options, prepared.css, { runKey: prepared.runs.key, record }, prepared.seen, statuses);
    }
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

/** The written outputs' statuses, in the record's order; undefined when one is not there as a file. */
async function outputStatuses(outDir: string, outputs: readonly { path: string }[]): Promise<StatEntry[] | undefined> {
  const statuses: StatEntry[] = [];
  for (const o of outputs) {
    const info = await lstat(path.join(outDir, o.path), { bigint: true }).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    statuses.push(statEntry(o.path, info));
  }
  return statuses;
}

function pdfHint(options: BuildOptions): string {
  const timeout = options.pdf.env.PLANWERK_PDF_TIMEOUT;
  return `run the build again; if the browser is slow here, give it more time (PLANWERK_PDF_TIMEOUT=${timeout ? Number(timeout) * 2 : 60} seconds per step); --format html builds without PDFs.`;
}
