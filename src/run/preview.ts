/**
 * plan dev's build: the build's own composition (load through src/io/load.ts, compile with the cache, render,
 * plan outputs: src/run/produce.ts) with the outputs kept in memory instead of written. The served pages are
 * therefore the bytes `plan build` writes, apart from what the dev server injects into its responses.
 *
 * Nothing is rendered until it is asked for (produce's onDemand): a save costs the checks, then the page the
 * browser reloads; another document, the quality report or data.json only when someone opens it.
 */

import type { PlannedDocument } from '../assemble/documents.js';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics/index.js';
import { documentsOf, type Version } from '../core/diff/index.js';
import type { SourceFile } from '../core/parse.js';
import { flushAll } from '../io/cache.js';
import { reloadFiles } from '../io/load.js';
import { displayRoot, loadSources, runCache } from './compile.js';
import { type DeferredOutput, type OutputOptions, produce } from './produce.js';
import { templateCss } from './templates.js';

export { usableCache } from './cache.js';

export interface Preview {
  /**
   * Every output a build with these options writes (PDFs as the HTML they print from), each made when first asked
   * for and then kept; undefined after errors.
   */
  outputs?: DeferredOutput[];
  /** The HTML outputs with their titles, for an index; undefined after errors. */
  documents?: PlannedDocument[];
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
  /** Settles when the cache's entries of the checks are on disk (the outputs do not wait for them). */
  flushed: Promise<void>;
  /** Settles when the cache's entries of what was rendered so far are on disk too. */
  settle: () => Promise<void>;
}

const sameSource = (a: SourceFile, b: SourceFile) =>
  a === b || (a.path === b.path && a.text === b.text && JSON.stringify(a.problem) === JSON.stringify(b.problem));

/** What plan dev saw since its last build: that build's sources and the files changed since (absolute paths). */
export interface Changes {
  sources: readonly SourceFile[];
  changed: readonly string[];
}

/**
 * Throws LoadError when the content folder cannot be read at all, as every command does. `changes`: only those
 * files are read again when nothing was added or removed (src/io/load.ts reloadFiles), else the whole folder;
 * 'unchanged' when they read as before (a save without an edit, or a second look at a file just saved).
 */
export async function preview(options: OutputOptions): Promise<Preview>;
export async function preview(options: OutputOptions, changes: Changes | undefined): Promise<Preview | 'unchanged'>;
export async function preview(options: OutputOptions, changes?: Changes): Promise<Preview | 'unchanged'> {
  const started = performance.now();
  const reloaded = changes && (await reloadFiles(options.contentDir, displayRoot(options.contentDir), changes.sources, changes.changed));
  if (reloaded && changes && reloaded.every((s, i) => sameSource(s, changes.sources[i]!))) return 'unchanged';
  const sources = reloaded ?? (await loadSources(options));
  const produced = await produce(options, { sources, runs: runCache(options, sources), css: await templateCss(), onDemand: true });
  if (produced.kind === 'interrupted') throw new Error('bug: a preview has no signal to be interrupted by');
  const compiled = produced.compiled;
  const documentsCache = compiled.caches.documents;
  const processed = documentsCache?.enabled ? documentsCache.stats.misses : sources.length;
  const diagnostics =
    produced.kind === 'unplaceable' ? [...compiled.diagnostics, ...produced.diagnostics].sort(compareDiagnostics) : compiled.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const caches = 'caches' in produced ? produced.caches : compiled.caches;
  const flushed = flushAll(compiled.caches);
  const base = { diagnostics, errors, sources, processed, flushed, settle: () => flushAll(caches) };
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
