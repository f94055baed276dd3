/**
 * The in-memory build behind `plan dev`: the same core and renderer as `plan build`, without writing anything.
 * The composition lives in this one file on purpose, so it can be rewired onto the build's composition root.
 *
 * Incremental: per-document results (parse + validate) are kept by path with the text they came from; a rebuild
 * re-processes only files whose text changed, then runs the cross-document half and renders everything again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OutputFile, renderDocuments } from '../assemble/documents.js';
import { compareDiagnostics, type Diagnostic, type Lang, localize } from '../core/diagnostics/index.js';
import type { SourceFile } from '../core/parse.js';
import { compileResults, type DocumentResult, processDocument } from '../core/pipeline.js';
import { loadContent } from '../io/load.js';
import { cachedMarkdown, MemoryBodyStore } from '../render/body-cache.js';
import type { Locale } from '../render/i18n.js';
import { checkFiles } from '../run/files.js';
import { VERSION } from '../version.js';

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates');
const CONTENT_FILE = /\.(md|ya?ml)$/i;

export interface DevBuild {
  /** Rendered HTML documents (role 'document'); empty when there were errors. */
  documents: OutputFile[];
  /** All diagnostics of the run, localized. */
  diagnostics: Diagnostic[];
  errors: number;
  /** Milliseconds: per-document half, cross-document half, render. */
  timings: { process: number; compile: number; render: number };
  processed: number;
}

export interface InMemoryBuilderOptions {
  /** Absolute content folder. */
  contentDir: string;
  /** Paths are shown relative to this (the working folder), as `plan validate` shows them. */
  displayRoot: string;
  lang: Lang;
  locale?: string;
  env: NodeJS.ProcessEnv;
}

export class InMemoryBuilder {
  private readonly cache = new Map<string, { text: string; result: DocumentResult }>();
  private texts = new Map<string, string>();
  private css: string | undefined;
  /** Rendered Markdown bodies, kept across rebuilds: a save re-renders only the bodies that changed. */
  private readonly bodies = new MemoryBodyStore();

  constructor(private readonly options: InMemoryBuilderOptions) {}

  /** File texts by shown path (for code frames). */
  get sources(): ReadonlyMap<string, string> {
    return this.texts;
  }

  /** The path a file is shown under (and keyed by). */
  shown(abs: string): string {
    return path.relative(this.options.displayRoot, abs).split(path.sep).join('/');
  }

  /** Read the whole content folder (start-up). Throws LoadError when it cannot be read. */
  async loadAll(): Promise<void> {
    const sources = await loadContent(this.options.contentDir, this.options.displayRoot);
    this.texts = new Map(sources.map((s) => [s.path, s.text]));
  }

  /** Re-read only the given absolute paths (changed, added or removed). */
  async reread(files: Iterable<string>): Promise<void> {
    for (const abs of files) {
      const rel = path.relative(this.options.contentDir, abs);
      if (!CONTENT_FILE.test(abs) || rel.startsWith('..') || rel.split(path.sep).some((p) => p.startsWith('.'))) continue;
      const text = await readFile(abs, 'utf8').catch(() => undefined);
      if (text === undefined) this.texts.delete(this.shown(abs));
      else this.texts.set(this.shown(abs), text.replace(/\r\n?/g, '\n'));
    }
  }

  async build(): Promise<DevBuild> {
    let t = performance.now();
    const paths = [...this.texts.keys()].sort();
    let processed = 0;
    const results = paths.map((p) => {
      const text = this.texts.get(p)!;
      const hit = this.cache.get(p);
      if (hit && hit.text === text) return hit.result;
      processed++;
      const source: SourceFile = { path: p, text };
      const result = processDocument(source);
      this.cache.set(p, { text, result });
      return result;
    });
    for (const p of this.cache.keys()) if (!this.texts.has(p)) this.cache.delete(p);
    const timings = { process: performance.now() - t, compile: 0, render: 0 };
    t = performance.now();
    const compiled = compileResults(results);
    // The files the content refers to, checked (and embedded) as plan validate and plan build do.
    const files = await checkFiles(compiled.context, this.options.contentDir, this.options.displayRoot);
    const diagnostics = [...compiled.diagnostics, ...files.diagnostics].sort(compareDiagnostics).map((d) => localize(d, this.options.lang));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    timings.compile = performance.now() - t;
    if (errors > 0) return { documents: [], diagnostics, errors, timings, processed };
    t = performance.now();
    const plan = compiled.context.plan;
    const opt = this.options.locale;
    const locale: Locale = opt === 'en' ? 'en' : opt ? 'nl-BE' : plan?.data.locale === 'en' ? 'en' : 'nl-BE';
    this.css ??= (await Promise.all(['style.css', 'print.css'].map((f) => readFile(path.join(TEMPLATES, f), 'utf8')))).join('\n');
    const documents = await renderDocuments({
      context: compiled.context,
      indicators: compiled.indicators,
      differences: compiled.differences,
      locale,
      css: this.css,
      buildDate: buildDate(this.options.env),
      generator: `planwerk ${VERSION}`,
      renderBody: cachedMarkdown(this.bodies, new Map()),
      ...(files.brand ? { brand: files.brand } : {}),
    });
    this.bodies.sweep();
    timings.render = performance.now() - t;
    return { documents: documents.filter((d) => d.role === 'document'), diagnostics, errors, timings, processed };
  }
}

/** As `plan build` dates its documents: SOURCE_DATE_EPOCH when set, else today (UTC). */
function buildDate(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}
