/**
 * load → compile: the one way every command gets its content. Reads the files (io/load), parses and validates
 * each (from the cache when the same file was seen before, else on worker threads when there are many), then
 * links and computes (the pure core), and localizes.
 *
 * Then the files the content refers to (images, fonts, style sheets: src/run/files.ts) are read and checked, so
 * every command reports what a build would fail on.
 *
 * Two levels of cache: one entry per file (its parse and validation), and one per run (the diagnostics of the
 * whole content, keyed by every content file, holding while the referred files it records read the same): with
 * nothing changed, `plan validate` reads that one entry, the referred files, and no content file's entry.
 */
import path from 'node:path';
import type { RawDiagnostic } from '../core/diagnostics/index.js';
import { compareDiagnostics, localize } from '../core/diagnostics/index.js';
import { knownPrints } from '../core/document-prints.js';
import type { SourceFile } from '../core/parse.js';
import type { DocumentResult, WireResult } from '../core/pipeline.js';
import { Cache, cacheKey, NO_CACHE } from '../io/cache.js';
import { loadContent } from '../io/load.js';
import type { PoolOptions } from '../parallel/pool.js';
import type { PlaceableBody } from '../render/placeable.js';
import { type FileRecord, fileRecord, filesUnchanged } from './file-record.js';
import type { Checked, Compiled, ContentOptions } from './types.js';

/**
 * The format of cached parse + validate results. Bump it with any change to parsing, validation, the schemas
 * or the diagnostics they give: the tool version alone does not change between commits.
 */
export const DOCUMENT_CACHE_VERSION = 'documents-5';
/** The format of a whole run's checks (RunChecks). */
export const RUN_CACHE_VERSION = 'runs-3';

/** What the checks of a whole content folder found: a pure function of its files and the files they refer to. */
export interface RunChecks {
  diagnostics: RawDiagnostic[];
  files: number;
  /** The referred files (images, fonts, style sheets) the checks read: the entry holds while they read the same. */
  referred: FileRecord;
}

/**
 * The folder that diagnostic paths are relative to: the content folder's parent, so every `file` starts with
 * the content folder's name (`content/goals/x.md`) whichever folder `plan` runs from.
 */
export function displayRoot(contentDir: string): string {
  return path.dirname(contentDir);
}

export const poolOptions = (options: ContentOptions): PoolOptions => ({
  threads: options.threads,
  ...(options.parallelThreshold !== undefined ? { threshold: options.parallelThreshold } : {}),
});

export function loadSources(options: ContentOptions): Promise<SourceFile[]> {
  return loadContent(options.contentDir, displayRoot(options.contentDir));
}

/**
 * What a file's result depends on: its path (diagnostics name it), its text, and the problem reading it had
 * (a file too large or not UTF-8 comes with an empty text, which must not pass for an empty file).
 */
const sourceParts = (s: SourceFile): string[] => [s.path, s.text, s.problem ? JSON.stringify(s.problem) : ''];

/**
 * A hash of a file's parts, made once per loaded file: the run's key and the file's own are made from it, so the
 * content (23 MB at 10,000 files) is hashed once, not once for each. A loaded file is not changed.
 */
const sourceHashes = new WeakMap<SourceFile, string>();
function sourceHash(s: SourceFile): string {
  let h = sourceHashes.get(s);
  if (h === undefined) sourceHashes.set(s, (h = cacheKey(sourceParts(s))));
  return h;
}

const cacheOf = <T>(options: ContentOptions, kind: string, version: string, code = ['core']) =>
  new Cache<T>(options.cache ?? NO_CACHE, kind, version, code);

/** The whole run's cache and this content's key in it (keyed by the code of the file checks too: src/run, src/io). */
export function runCache(options: ContentOptions, sources: readonly SourceFile[]): { cache: Cache<RunChecks>; key: string } {
  const cache = cacheOf<RunChecks>(options, 'runs', RUN_CACHE_VERSION, ['core', 'run', 'io']);
  return { cache, key: cache.enabled ? cache.key(sources.map(sourceHash)) : '' };
}

/** The checks only (plan validate): from the run's cache entry when nothing changed, else compiled. */
export async function checkContent(options: ContentOptions, given?: SourceFile[]): Promise<Checked> {
  const sources = given ?? (await loadSources(options));
  const runs = runCache(options, sources);
  const hit = runs.cache.enabled ? runs.cache.get(runs.key) : undefined;
  if (hit && (await filesUnchanged(hit.referred, options.contentDir))) {
    const diagnostics = hit.diagnostics.map((d) => localize(d, options.lang));
    return { sources, result: hit, diagnostics, language: options.lang, threads: 1, caches: { runs: runs.cache } };
  }
  return compileContent(options, sources, runs);
}

interface Kept {
  parts: string[];
  key: string;
  result: DocumentResult;
}

/**
 * The last run's results per file in this process (plan dev's rebuilds): a file whose path, text and read problem
 * are the same as then is neither hashed nor read from the cache again. A result is a pure function of those and
 * of the code; nothing changes one after it is made. Kept per cache (folder, code, salt): another cache still
 * gets every entry it lacks.
 */
let kept: { scope: string; files: Map<string, Kept> } = { scope: '', files: new Map() };
/** Results taken from memory so far, in this process (tests check that it happens at all). */
let keptCount = 0;
export const resultsKept = (): number => keptCount;

/** Drops the results kept in memory: the next run reads them from the cache on disk. */
export function forgetResults(): void {
  kept = { scope: '', files: new Map() };
}
const scopeOf = (cache: Cache<WireResult>, options: ContentOptions) => `${options.cache?.dir}\u0000${cache.key([])}`;

function keptResults(cache: Cache<WireResult>, options: ContentOptions): Map<string, Kept> {
  return cache.enabled && kept.scope === scopeOf(cache, options) ? kept.files : new Map();
}

function keep(cache: Cache<WireResult>, options: ContentOptions, sources: SourceFile[], keys: string[], results: DocumentResult[]): void {
  const files = new Map(sources.map((s, i) => [s.path, { parts: sourceParts(s), key: keys[i]!, result: results[i]! }]));
  kept = { scope: scopeOf(cache, options), files };
}

export async function compileContent(
  options: ContentOptions,
  given?: SourceFile[],
  runs?: ReturnType<typeof runCache>,
  bodies?: Cache<PlaceableBody>,
): Promise<Compiled> {
  const sources = given ?? (await loadSources(options));
  const run = runs ?? runCache(options, sources);
  // The checks themselves load here, not at start-up: a run served whole from the cache never needs them; the
  // renderer's parts only for a build, which renders the bodies.
  const [{ compileResults, fromWire, toWire }, { processAll }, { markdownParser }, { checkFiles }, render] = await Promise.all([
    import('../core/pipeline.js'),
    import('../parallel/pool.js'),
    import('../parallel/markdown.js'),
    import('./files.js'),
    bodies ? Promise.all([import('../render/texts.js'), import('../render/body-cache.js')]) : undefined,
  ]);
  const cache = cacheOf<WireResult>(options, 'documents', DOCUMENT_CACHE_VERSION);
  const kept = keptResults(cache, options);
  const keys: string[] = [];
  const results: (DocumentResult | undefined)[] = sources.map((s, i) => {
    if (!cache.enabled) return undefined;
    const parts = sourceParts(s);
    const same = kept.get(s.path);
    if (same?.parts.every((p, k) => p === parts[k])) {
      cache.stats.hits++;
      keptCount++;
      keys[i] = same.key;
      return same.result;
    }
    keys[i] = cache.key([sourceHash(s)]);
    const w = cache.get(keys[i]!);
    return w ? fromWire(w) : undefined;
  });
  const missing = sources.flatMap((_s, i) => (results[i] ? [] : [i]));
  // A build renders the bodies of the files it checks from the same Markdown trees (src/parallel/document.ts).
  const { processed, threads } = await processAll(
    missing.map((i) => sources[i]!),
    poolOptions(options),
    bodies !== undefined,
  );
  const made = new Map<string, Uint8Array>();
  missing.forEach((i, j) => {
    const { result: r, bodies: payloads } = processed[j]!;
    results[i] = r;
    if (cache.enabled) cache.set(keys[i]!, toWire(r));
    if (bodies && render && r.document) {
      const [{ documentTexts }, { bodyKey }] = render;
      documentTexts(r.document).forEach((text, k) => {
        if (made.has(text)) return;
        made.set(text, payloads[k]!);
        bodies.setMade(bodyKey(bodies, text), payloads[k]!);
      });
    }
  });
  if (cache.enabled) {
    keep(cache, options, sources, keys, results as DocumentResult[]);
    // A document is a pure function of its file's key: the sections that draw it are keyed by that, not its hash.
    results.forEach((r, i) => r?.document && knownPrints.set(r.document, keys[i]!));
  }
  const linked = compileResults(results as DocumentResult[], await markdownParser(sources.map((s) => s.text)));
  const files = await checkFiles(linked.context, options.contentDir, displayRoot(options.contentDir));
  const result = { ...linked, diagnostics: [...linked.diagnostics, ...files.diagnostics].sort(compareDiagnostics) };
  const referred = fileRecord(files.read);
  if (run.cache.enabled) run.cache.set(run.key, { diagnostics: result.diagnostics, files: result.files, referred });
  const diagnostics = result.diagnostics.map((d) => localize(d, options.lang));
  return {
    sources,
    result,
    diagnostics,
    language: options.lang,
    threads,
    caches: { runs: run.cache, documents: cache },
    referred,
    ...(files.brand ? { brand: files.brand } : {}),
    ...(bodies ? { bodies: made } : {}),
  };
}
