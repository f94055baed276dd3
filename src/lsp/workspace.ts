/**
 * The language server's view of the content: the files on disk overlaid with the editor's unsaved texts, checked
 * by the same pipeline as `plan validate`. Per-document results are kept by text, so an edit re-checks one file
 * and then runs the cross-document half: a change in one file shows up in every file it affects.
 */
import path from 'node:path';
import { compareDiagnostics, type Diagnostic, type Lang, localize } from '../core/diagnostics/index.js';
import { allDocuments, type EntityKind, type LinkContext } from '../core/link/model.js';
import { referencesOf } from '../core/link/references.js';
import { parseMarkdown } from '../core/markdown-tree.js';
import type { SourceFile } from '../core/parse.js';
import { compileResults, type DocumentResult, processDocument } from '../core/pipeline.js';
import { type ContentFolder, decodeBuffer, isContentPath, loadContent, loadFile, openContentFolder } from '../io/load.js';
import { checkFiles } from '../run/files.js';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** Shown path of the defining file. */
  file: string;
  line: number;
  column: number;
  title?: string;
}

export interface Checked {
  /** Diagnostics by shown path (files without any are absent). */
  byFile: Map<string, Diagnostic[]>;
  context: LinkContext;
  /** First definition of every id, with its title. */
  entities: Map<string, Entity>;
  /** Per kind of document, the kinds each reference path expects ('*' for list items), as the link stage sees them. */
  referencePaths: Map<string, Map<string, readonly EntityKind[]>>;
}

export class Workspace {
  /** Every content file as the loader read it (with the problem it had, if any), by shown path. */
  private readonly disk = new Map<string, SourceFile>();
  private readonly open = new Map<string, string>();
  private readonly cache = new Map<string, { source: SourceFile; result: DocumentResult }>();
  private folder: ContentFolder;

  constructor(
    readonly contentDir: string,
    /** Paths are shown relative to this, as `plan validate` run there shows them. */
    readonly root: string,
    private readonly lang: Lang,
  ) {
    // Replaced by load() with the real path; until then nothing lies inside.
    this.folder = { dir: contentDir, real: '\0', displayRoot: root };
  }

  shown(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/');
  }

  absolute(shown: string): string {
    return path.resolve(this.root, shown);
  }

  /** Whether a file belongs to the content by its path (and so is checked): the loader's own rule. */
  contains(abs: string): boolean {
    return isContentPath(this.folder, abs);
  }

  /** The initial scan: the whole folder through the loader (a LoadError when the folder cannot be read). */
  async load(): Promise<void> {
    this.folder = await openContentFolder(this.contentDir, this.root);
    for (const s of await loadContent(this.contentDir, this.root)) this.disk.set(s.path, s);
  }

  /** The editor's text of an open file (undefined: use the disk). */
  setOpen(abs: string, text: string | undefined): void {
    if (text === undefined) this.open.delete(this.shown(abs));
    else this.open.set(this.shown(abs), text);
  }

  /** Re-read a file from disk (saved, created or deleted outside the editor), through the loader's door. */
  reread(abs: string): void {
    const source = loadFile(this.folder, abs);
    if (source === undefined) this.disk.delete(this.shown(abs));
    else this.disk.set(source.path, source);
  }

  /**
   * What is checked for a file. A path the loader refuses (a link out of the content folder, a FIFO, a file it
   * cannot open) stays refused whatever the editor holds for it: the editor read it, planwerk does not. An
   * unchanged buffer of a file that is not UTF-8 keeps the loader's finding; any other buffer is held to the
   * rules of a file's text (decodeBuffer).
   */
  sourceOf(shown: string): SourceFile | undefined {
    const disk = this.disk.get(shown);
    if (disk && this.refused(shown)) return disk;
    const open = this.open.get(shown);
    if (open === undefined) return disk;
    const lf = open.replace(/\r\n?/g, '\n');
    if (disk?.problem && lf === disk.text) return disk;
    return { path: shown, ...decodeBuffer(open) };
  }

  /** Whether the loader refused the path itself: nothing the editor sends for it is looked at. */
  refused(shown: string): boolean {
    const code = this.disk.get(shown)?.problem?.code;
    return code === 'load/outside-content' || code === 'load/unreadable';
  }

  textOf(shown: string): string | undefined {
    return this.sourceOf(shown)?.text;
  }

  check(): Checked {
    const paths = [...new Set([...this.disk.keys(), ...[...this.open.keys()].filter((p) => this.contains(this.absolute(p)))])].sort();
    const results = paths.map((p) => {
      const source = this.sourceOf(p)!;
      const hit = this.cache.get(p);
      if (hit && hit.source.text === source.text && sameProblem(hit.source, source)) return hit.result;
      const result = processDocument(source, parseMarkdown);
      this.cache.set(p, { source, result });
      return result;
    });
    const current = new Set(paths);
    for (const p of this.cache.keys()) if (!current.has(p)) this.cache.delete(p);
    const compiled = compileResults(results, parseMarkdown);
    const byFile = new Map<string, Diagnostic[]>();
    for (const raw of compiled.diagnostics) {
      if (raw.file === undefined) continue;
      const list = byFile.get(raw.file) ?? [];
      list.push(localize(raw, this.lang));
      byFile.set(raw.file, list);
    }
    return { byFile, context: compiled.context, entities: entities(compiled.context), referencePaths: referencePaths(compiled.context) };
  }

  /**
   * A check's diagnostics with those of the files the content refers to (images, fonts, style sheets), read from
   * disk as plan validate reads them. Separate from check(), which stays synchronous for completion and hover.
   */
  async withFiles(checked: Checked): Promise<Map<string, Diagnostic[]>> {
    const files = await checkFiles(checked.context, this.contentDir, this.root);
    if (files.diagnostics.length === 0) return checked.byFile;
    const byFile = new Map<string, Diagnostic[]>([...checked.byFile].map(([f, list]) => [f, [...list]]));
    for (const raw of files.diagnostics) {
      if (raw.file === undefined) continue;
      const list = byFile.get(raw.file) ?? [];
      list.push(localize(raw, this.lang));
      byFile.set(raw.file, list.sort(compareDiagnostics));
    }
    return byFile;
  }
}

const sameProblem = (a: SourceFile, b: SourceFile) => JSON.stringify(a.problem) === JSON.stringify(b.problem);

type Titled = { id: string; title?: string; name?: string; label?: string };

function entities(ctx: LinkContext): Map<string, Entity> {
  const titles = new Map<string, string>();
  const note = (x: Titled) => {
    const t = x.title ?? x.name ?? x.label;
    if (t !== undefined && !titles.has(x.id)) titles.set(x.id, t);
  };
  for (const d of allDocuments(ctx)) {
    const data = d.data as Titled & { themes?: Titled[]; activityTypes?: Titled[]; items?: unknown[] };
    note(data);
    data.themes?.forEach(note);
    data.activityTypes?.forEach(note);
    if (d.kind === 'municipalities' || d.kind === 'statistics') (data.items as Titled[]).forEach(note);
  }
  const out = new Map<string, Entity>();
  for (const [id, defs] of ctx.definitions) {
    const d = defs[0]!;
    const e: Entity = { id, kind: d.kind, file: d.file, line: d.at.line, column: d.at.column };
    const title = titles.get(id);
    if (title !== undefined) e.title = title;
    out.set(id, e);
  }
  return out;
}

function referencePaths(ctx: LinkContext): Map<string, Map<string, readonly EntityKind[]>> {
  const out = new Map<string, Map<string, readonly EntityKind[]>>();
  for (const d of allDocuments(ctx)) {
    const paths = out.get(d.kind) ?? new Map<string, readonly EntityKind[]>();
    for (const ref of referencesOf(d)) {
      // Measures are keyed by activity type: the key is the reference, not a value.
      if (ref.path[0] === 'measures') continue;
      paths.set(ref.path.map((s) => (typeof s === 'number' ? '*' : s)).join('.'), ref.expected);
    }
    out.set(d.kind, paths);
  }
  return out;
}
