/**
 * plan dev's build: the build's own composition (load through src/io/load.ts, compile with the cache, render,
 * plan outputs: src/run/produce.ts) with the outputs kept in memory instead of written. The served pages are
 * therefore the bytes `plan build` writes, apart from what the dev server injects into its responses.
 */
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics/index.js';
import { documentsOf, type Version } from '../core/diff/index.js';
import type { PlannedOutput } from '../core/outputs.js';
import type { SourceFile } from '../core/parse.js';
import type { OutputFile } from '../render/index.js';
import { loadSources, runCache } from './compile.js';
import { type OutputOptions, produce } from './produce.js';
import { templateCss } from './templates.js';

export { usableCache } from './cache.js';

export interface Preview {
  /** Every output a build with these options writes (PDFs as the HTML they print from); undefined after errors. */
  outputs?: PlannedOutput[];
  /** The HTML outputs with their titles, for an index; undefined after errors. */
  documents?: OutputFile[];
  /** Its validated documents and computed figures (plan dev's changes page compares them); undefined after errors. */
  version?: Version;
  /** All of the run's diagnostics, localized and sorted (the output-name problems included). */
  diagnostics: Diagnostic[];
  errors: number;
  /** The content as loaded (for code frames). */
  sources: SourceFile[];
  /** Content files checked again (not from the cache). */
  processed: number;
  /** Milliseconds: load and compile, render and plan. */
  timings: { check: number; render: number };
}

/** Throws LoadError when the content folder cannot be read at all, as every command does. */
export async function preview(options: OutputOptions): Promise<Preview> {
  const started = performance.now();
  const sources = await loadSources(options);
  const produced = await produce(options, { sources, runs: runCache(options, sources), css: await templateCss() });
  if (produced.kind === 'interrupted') throw new Error('bug: a preview has no signal to be interrupted by');
  const compiled = produced.compiled;
  const documentsCache = compiled.caches.documents;
  const processed = documentsCache?.enabled ? documentsCache.stats.misses : sources.length;
  const diagnostics =
    produced.kind === 'unplaceable' ? [...compiled.diagnostics, ...produced.diagnostics].sort(compareDiagnostics) : compiled.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const base = { diagnostics, errors, sources, processed };
  if (produced.kind !== 'planned') return { ...base, timings: { check: performance.now() - started, render: 0 } };
  const render = produced.timings.render;
  return {
    ...base,
    outputs: produced.outputs,
    documents: produced.documents,
    version: { documents: documentsOf(compiled.result.context), indicators: compiled.result.indicators },
    timings: { check: performance.now() - started - render, render },
  };
}
