/**
 * compile → render → plan outputs: what `plan build` writes and `plan dev` serves, made by this one function.
 * Writing, printing and reporting are the callers' (src/run/make.ts writes a folder; src/run/preview.ts keeps the
 * outputs in memory), so the preview cannot drift from the build: the same documents, branding, style sheets,
 * quality report and `--as-of` documents, byte for byte.
 */
import { documentSet, type OutputFile, type PlannedDocument } from '../assemble/documents.js';
import { compareDiagnostics, type Diagnostic, localize } from '../core/diagnostics/index.js';
import { documentOutputs, type PlannedOutput, planOutputs } from '../core/outputs.js';
import type { SourceFile } from '../core/parse.js';
import { Cache, flushAll, NO_CACHE } from '../io/cache.js';
import { OUTPUT_MARKER } from '../io/output-dir.js';
import { BODY_CACHE_VERSION } from '../render/body-cache.js';
import type { Locale } from '../render/i18n.js';
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
   * Render nothing yet (plan dev): every output's contents are made when first asked for, and kept. A save then
   * costs the checks and the one page the browser asks for, not every document, the quality report and data.json.
   * The cache's entries are not waited for: the caller flushes `caches` (flushAll) when it likes.
   */
  onDemand?: boolean;
}

/** An output whose contents are made when first asked for (the same bytes as when made at once). */
export interface DeferredOutput extends Omit<PlannedOutput, 'contents'> {
  contents: () => Promise<PlannedOutput['contents']>;
}

/** The outputs planned, made (a build) or to be made on demand (plan dev). */
export interface Planned<O, D> {
  kind: 'planned';
  compiled: Compiled;
  /** Every output: documents, the staff quality report, data.json, the marker, and (format all) each PDF as printFrom. */
  outputs: O[];
  /** The HTML documents with their titles (for an index), in the build's order; a build's with their contents. */
  documents: D[];
  caches: Record<string, Cache<unknown>>;
  /** Milliseconds: compile (load excluded), render (what was rendered before returning) and plan. */
  timings: { compile: number; render: number };
}

export type Produced<O = PlannedOutput, D = OutputFile> =
  | { kind: 'interrupted'; compiled?: Compiled }
  /** `proceed` said no: the content has errors (or, for a build, --strict warnings). Nothing rendered. */
  | { kind: 'stopped'; compiled: Compiled }
  /** An output's name cannot be written (src/core/outputs.ts): these diagnostics, localized, with the run's. */
  | { kind: 'unplaceable'; compiled: Compiled; diagnostics: Diagnostic[]; caches: Record<string, Cache<unknown>> }
  | Planned<O, D>;

/** How often each document was rendered in this process (tests check that plan dev renders only what is asked for). */
export const rendered = new Map<string, number>();

/** Errors stop the outputs; a build may stop for more (its --strict, its baseline). */
const noErrors = (compiled: Compiled) => !compiled.diagnostics.some((d) => d.severity === 'error');

export function produce(
  options: OutputOptions,
  input: ProduceInput & { onDemand: true },
  proceed?: (compiled: Compiled) => Promise<boolean> | boolean,
  signal?: AbortSignal,
): Promise<Produced<DeferredOutput, PlannedDocument>>;
export function produce(
  options: OutputOptions,
  input: ProduceInput & { onDemand?: false },
  proceed?: (compiled: Compiled) => Promise<boolean> | boolean,
  signal?: AbortSignal,
): Promise<Produced>;
export async function produce(
  options: OutputOptions,
  input: ProduceInput,
  proceed: (compiled: Compiled) => Promise<boolean> | boolean = noErrors,
  signal?: AbortSignal,
): Promise<Produced<DeferredOutput, PlannedDocument> | Produced> {
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
  const set = documentSet(
    {
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
    },
    (path) => rendered.set(path, (rendered.get(path) ?? 0) + 1),
  );
  // A document's sections are kept for the next build once it is drawn (renders run one at a time).
  const html = new Map<string, Promise<string>>();
  const document = (path: string): Promise<string> => {
    let made = html.get(path);
    if (!made)
      html.set(
        path,
        (made = set.render(path).then((o) => {
          fragments.save();
          return o.contents;
        })),
      );
    return made;
  };
  let json: string | undefined;
  const caches = { ...compiled.caches, bodies, fragments: fragments.cache };

  // Plan every output; a name the file system cannot hold is reported at the id that gave it. The documents' names
  // were checked with the content (the link rule output-names); this covers what the options add (--as-of, PDFs).
  const idAt = new Map(documentOutputs(result.context, locale).flatMap((o) => (o.at ? [[o.path, o.at] as const] : [])));
  const withAt = (o: DeferredOutput, source: string): DeferredOutput => (idAt.has(source) ? { ...o, at: idAt.get(source)! } : o);
  const planned = planOutputs<DeferredOutput>([
    ...set.list.map((d) => withAt({ path: d.path, contents: () => document(d.path), role: 'document' }, d.path)),
    ...(options.format === 'all'
      ? set.list
          .filter((d) => d.role === 'document')
          .map((d) =>
            withAt(
              {
                path: `${d.path.replace(/\.html?$/i, '')}.pdf`,
                contents: async () => ({ printFrom: await document(d.path) }),
                role: 'pdf',
              },
              d.path,
            ),
          )
      : []),
    { path: 'data.json', contents: async () => (json ??= modelJson(compiled)), role: 'data' },
    // The marker's name is claimed here; a build writes its contents, the record of every file written, last.
    { path: OUTPUT_MARKER, contents: async () => '', role: 'marker' },
  ]);
  if (planned.diagnostics.length > 0) {
    const extra = planned.diagnostics.map((d) => localize(d, compiled.language));
    return { kind: 'unplaceable', compiled, diagnostics: extra.sort(compareDiagnostics), caches };
  }
  if (input.onDemand) {
    const timings = { compile, render: performance.now() - started };
    return { kind: 'planned', compiled, outputs: planned.outputs, documents: set.list, caches, timings };
  }
  // A build: every output made now, in order.
  const outputs: PlannedOutput[] = [];
  for (const o of planned.outputs) outputs.push({ ...o, contents: await o.contents() });
  const documents: OutputFile[] = [];
  for (const d of set.list) documents.push({ ...d, contents: await document(d.path) });
  await flushAll(caches);
  if (signal?.aborted) return { kind: 'interrupted', compiled };
  return {
    kind: 'planned',
    compiled,
    outputs,
    documents,
    caches,
    timings: { compile, render: performance.now() - started },
  };
}
