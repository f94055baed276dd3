/**
 * compile → render → plan outputs: what `plan build` writes and `plan dev` serves, made by this one function.
 * Writing, printing and reporting are the callers' (src/run/make.ts writes a folder; src/run/preview.ts keeps the
 * outputs in memory), so the preview cannot drift from the build: the same documents, branding, style sheets,
 * quality report and `--as-of` documents, byte for byte.
 */
import { renderDocuments } from '../assemble/documents.js';
import { compareDiagnostics, type Diagnostic, localize } from '../core/diagnostics/index.js';
import { documentOutputs, type PlannedOutput, planOutputs } from '../core/outputs.js';
import type { SourceFile } from '../core/parse.js';
import { Cache, flushAll, NO_CACHE } from '../io/cache.js';
import { OUTPUT_MARKER } from '../io/output-dir.js';
import { BODY_CACHE_VERSION } from '../render/body-cache.js';
import type { Locale } from '../render/i18n.js';
import type { OutputFile } from '../render/index.js';
import type { PlaceableBody } from '../render/placeable.js';
import { VERSION } from '../version.js';
import { bodyRenderer } from './bodies.js';
import { modelJson } from './check.js';
import { compileContent, poolOptions, type runCache } from './compile.js';
import { FragmentStores } from './fragments.js';
import type { BuildOptions, Compiled } from './types.js';

/** The options that shape the outputs (what a build record keys on), not how they are reported or written. */
export type OutputOptions = Pick<
  BuildOptions,
  'contentDir' | 'lang' | 'threads' | 'parallelThreshold' | 'cache' | 'locale' | 'format' | 'asOf' | 'buildDate'
>;

export interface ProduceInput {
  sources: SourceFile[];
  runs: ReturnType<typeof runCache>;
  /** The built-in style sheets (templates/style.css and print.css). */
  css: string;
  /**
   * Return before the cache's entries are on disk (plan dev: the reload need not wait for them); the caller waits
   * with flushAll(caches). Otherwise produce waits.
   */
  flushLater?: boolean;
}

export type Produced =
  | { kind: 'interrupted'; compiled?: Compiled }
  /** `proceed` said no: the content has errors (or, for a build, --strict warnings). Nothing rendered. */
  | { kind: 'stopped'; compiled: Compiled }
  /** An output's name cannot be written (src/core/outputs.ts): these diagnostics, localized, with the run's. */
  | { kind: 'unplaceable'; compiled: Compiled; diagnostics: Diagnostic[]; caches: Record<string, Cache<unknown>> }
  | {
      kind: 'planned';
      compiled: Compiled;
      /** Every output: documents, the staff quality report, data.json, the marker, and (format all) each PDF as printFrom. */
      outputs: PlannedOutput[];
      /** The rendered HTML with titles (for an index). */
      documents: OutputFile[];
      caches: Record<string, Cache<unknown>>;
      /** Milliseconds: compile (load excluded), render and plan. */
      timings: { compile: number; render: number };
    };

/** Errors stop the outputs; a build may stop for more (its --strict, its baseline). */
const noErrors = (compiled: Compiled) => !compiled.diagnostics.some((d) => d.severity === 'error');

export async function produce(
  options: OutputOptions,
  input: ProduceInput,
  proceed: (compiled: Compiled) => Promise<boolean> | boolean = noErrors,
  signal?: AbortSignal,
): Promise<Produced> {
  let started = performance.now();
  const bodies = new Cache<PlaceableBody>(options.cache ?? NO_CACHE, 'bodies', BODY_CACHE_VERSION, [
    'render/markdown.js',
    'render/placeable.js',
  ]);
  const compiled = await compileContent(options, input.sources, input.runs, bodies);
  if (signal?.aborted) return { kind: 'interrupted', compiled };
  // data.json keeps every diagnostic; the baseline and --quiet only choose what is printed and what fails.
  // Asked first, so a build reports its failure (and its exit code) through `proceed` whatever the reason.
  if (!(await proceed(compiled)) || !noErrors(compiled)) return { kind: 'stopped', compiled };
  const compile = performance.now() - started;
  started = performance.now();

  const { result, brand } = compiled;
  const plan = result.context.plan;
  const locale: Locale = options.locale === 'en' ? 'en' : options.locale ? 'nl-BE' : plan?.data.locale === 'en' ? 'en' : 'nl-BE';
  const generator = `planwerk ${VERSION}`;
  const renderBody = await bodyRenderer(result.context, bodies, poolOptions(options), compiled.bodies);
  const fragments = new FragmentStores(options.cache, options.contentDir);
  const documents = await renderDocuments({
    context: result.context,
    indicators: result.indicators,
    differences: result.differences,
    locale,
    css: input.css,
    buildDate: options.buildDate,
    generator,
    // All of the run's diagnostics go to the staff quality report (in the documents' language), never into the documents.
    diagnostics: compiled.result.diagnostics,
    ...(options.asOf !== undefined ? { consolidated: options.asOf } : {}),
    ...(brand ? { brand } : {}),
    renderBody,
    ...(fragments.provider ? { fragments: fragments.provider } : {}),
  });
  fragments.save();
  const caches = { ...compiled.caches, bodies, fragments: fragments.cache };
  if (!input.flushLater) await flushAll(caches);
  if (signal?.aborted) return { kind: 'interrupted', compiled };

  // Plan every output; a name the file system cannot hold is reported at the id that gave it. The documents' names
  // were checked with the content (the link rule output-names); this covers what the options add (--as-of, PDFs).
  const idAt = new Map(documentOutputs(result.context, locale).flatMap((o) => (o.at ? [[o.path, o.at] as const] : [])));
  const withAt = (o: PlannedOutput, source: string): PlannedOutput => (idAt.has(source) ? { ...o, at: idAt.get(source)! } : o);
  const planned = planOutputs<PlannedOutput>([
    ...documents.map((d) => withAt({ path: d.path, contents: d.contents, role: 'document' }, d.path)),
    ...(options.format === 'all'
      ? documents
          .filter((d) => d.role === 'document')
          .map((d) => withAt({ path: `${d.path.replace(/\.html?$/i, '')}.pdf`, contents: { printFrom: d.contents }, role: 'pdf' }, d.path))
      : []),
    { path: 'data.json', contents: modelJson(compiled), role: 'data' },
    // The marker's name is claimed here; a build writes its contents, the record of every file written, last.
    { path: OUTPUT_MARKER, contents: '', role: 'marker' },
  ]);
  if (planned.diagnostics.length > 0) {
    const extra = planned.diagnostics.map((d) => localize(d, compiled.language));
    return { kind: 'unplaceable', compiled, diagnostics: extra.sort(compareDiagnostics), caches };
  }
  return {
    kind: 'planned',
    compiled,
    outputs: planned.outputs,
    documents,
    caches,
    timings: { compile, render: performance.now() - started },
  };
}
