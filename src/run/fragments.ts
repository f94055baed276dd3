/**
 * Where a build keeps the sections of its documents (src/assemble/fragments.ts) for the next one: one cache entry
 * per document (its file name, the content folder and the code that draws it), holding the sections that build
 * placed, by their keys. A section's key and the answers it checks decide whether it is reused, so an entry
 * left by other content or other options is merely less useful, never wrong.
 *
 * The entry names chunks, each an entry of sections. A build that drew some sections anew writes them as one new
 * chunk and the entry again (a few keys), not every section of the document: at 10,000 documents one changed body
 * redraws a handful of the plan's 30 MB of sections. The chunks whose sections are all left out are dropped from
 * the entry; when the chunks hold more than twice the sections placed, or there are many, one chunk of the
 * sections placed replaces them. A chunk that cannot be read is sections to draw again.
 *
 * Within one process (`plan dev`) the last build's sections stay in memory, so a save does not read them back.
 */
import type { Fragment, FragmentStore } from '../assemble/fragments.js';
import { Cache, type CacheOptions, cacheKey, NO_CACHE } from '../io/cache.js';

/**
 * The format of an entry: the keys of its chunks, oldest first; a chunk: a list of [key, Fragment]. The code hash
 * (assembler, renderer, templates) keys both.
 */
export const FRAGMENT_CACHE_VERSION = 'fragments-2';
/** Chunks an entry names before they are written again as one. */
const MAX_CHUNKS = 8;

type Sections = Map<string, Fragment>;
type Entry = string[] | [string, Fragment][];

/** A document's sections as the last build left them: each section's chunk, and the chunks' sizes. */
interface Kept {
  sections: Sections;
  /** The chunk a section is stored in. */
  chunkOf: Map<string, string>;
  /** The entry's chunks, oldest first, with how many sections each holds. */
  chunks: [key: string, size: number][];
}

/** The last build's sections per entry key, in this process. */
const inMemory = new Map<string, Kept>();
/** Sections placed from an earlier build, in this process (tests check that reuse happens at all). */
let reusedCount = 0;
/** Sections written to a chunk, in this process (tests check that a small change writes few). */
let writtenCount = 0;

/** Drops what this process keeps in memory: the next build reads its sections from the cache on disk. */
export function forgetSections(): void {
  inMemory.clear();
}

export const sectionsReused = (): number => reusedCount;
export const sectionsWritten = (): number => writtenCount;

class DocumentSections implements FragmentStore {
  readonly used: Sections = new Map();
  made = false;
  constructor(readonly kept: Kept) {}

  get(key: string): Fragment | undefined {
    return this.used.get(key) ?? this.kept.sections.get(key);
  }

  set(key: string, fragment: Fragment): void {
    if (this.kept.sections.get(key) === fragment) reusedCount++;
    else this.made = true;
    this.used.set(key, fragment);
  }

  /** Whether the entry must be written: a section drawn anew, or one the build no longer places. */
  get changed(): boolean {
    return this.made || this.used.size !== this.kept.sections.size;
  }
}

export class FragmentStores {
  readonly cache: Cache<Entry>;
  private readonly open = new Map<string, DocumentSections>();

  constructor(
    options: CacheOptions | undefined,
    private readonly contentDir: string,
  ) {
    this.cache = new Cache(options ?? NO_CACHE, 'fragments', FRAGMENT_CACHE_VERSION, ['assemble', 'render', 'core', '../templates']);
  }

  /** The store for one document; none without a cache (--no-cache draws everything). */
  get provider(): ((file: string) => FragmentStore) | undefined {
    return this.cache.enabled ? (file) => this.for(file) : undefined;
  }

  private for(file: string): FragmentStore {
    let store = this.open.get(file);
    if (!store) {
      const key = this.entryKey(file);
      store = new DocumentSections(inMemory.get(key) ?? this.read(key));
      this.open.set(file, store);
    }
    return store;
  }

  /** The entry's chunks, read; a chunk missing or not a list of sections is left out (its sections are drawn). */
  private read(key: string): Kept {
    const kept: Kept = { sections: new Map(), chunkOf: new Map(), chunks: [] };
    const entry = this.cache.get(key);
    if (!Array.isArray(entry)) return kept;
    for (const chunk of entry) {
      const sections = typeof chunk === 'string' ? this.cache.get(chunk) : undefined;
      if (!Array.isArray(sections) || sections.some((s) => !Array.isArray(s) || typeof s[0] !== 'string')) continue;
      for (const [k, fragment] of sections as [string, Fragment][]) {
        kept.sections.set(k, fragment);
        kept.chunkOf.set(k, chunk as string);
      }
      kept.chunks.push([chunk as string, sections.length]);
    }
    return kept;
  }

  private entryKey(file: string): string {
    return this.cache.key([this.contentDir, file]);
  }

  /** Keeps what this build placed (in memory, and on disk where it changed); call after the documents are made. */
  save(): void {
    for (const [file, store] of this.open) {
      const key = this.entryKey(file);
      inMemory.set(key, store.changed ? this.write(key, store) : { ...store.kept, sections: store.used });
    }
    this.open.clear();
  }

  /** Writes the sections drawn anew as a chunk, and the entry naming the chunks that still hold placed sections. */
  private write(key: string, store: DocumentSections): Kept {
    const { kept, used } = store;
    const live = new Map<string, number>();
    const fresh: [string, Fragment][] = [];
    for (const [k, fragment] of used) {
      const chunk = kept.sections.get(k) === fragment ? kept.chunkOf.get(k) : undefined;
      if (chunk === undefined) fresh.push([k, fragment]);
      else live.set(chunk, (live.get(chunk) ?? 0) + 1);
    }
    let chunks = kept.chunks.filter(([c]) => live.has(c));
    const stored = chunks.reduce((n, [, size]) => n + size, 0) + fresh.length;
    // Too much left out, or too many chunks: all the sections placed, as one chunk.
    const whole = stored > 2 * used.size || chunks.length + 1 > MAX_CHUNKS;
    const written = whole ? [...used] : fresh;
    if (whole) chunks = [];
    const chunkOf = new Map(
      whole
        ? []
        : [...used.keys()].flatMap((k) =>
            kept.chunkOf.has(k) && kept.sections.get(k) === used.get(k) ? [[k, kept.chunkOf.get(k)!] as const] : [],
          ),
    );
    if (written.length > 0) {
      // Named by the entry and what it holds, so a chunk's key never stands for other sections.
      const chunk = this.cache.key([key, cacheKey(written.flatMap(([k, f]) => [k, f.html ?? '\u0000', JSON.stringify(f.reads)]))]);
      this.cache.set(chunk, written);
      writtenCount += written.length;
      for (const [k] of written) chunkOf.set(k, chunk);
      chunks = [...chunks, [chunk, written.length]];
    }
    this.cache.set(
      key,
      chunks.map(([c]) => c),
    );
    return { sections: used, chunkOf, chunks };
  }
}
