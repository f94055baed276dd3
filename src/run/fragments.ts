/**
 * Where a build keeps the sections of its documents (src/assemble/fragments.ts) for the next one: one cache entry
 * per document (its file name, the content folder and the code that draws it), holding the sections that build
 * placed, by their keys. A section's key and the answers it checks decide whether it is reused, so an entry
 * left by other content or other options is merely less useful, never wrong. A build writes a document's entry
 * again only when it drew a section anew or left one out.
 *
 * Within one process (`plan dev`) the last build's sections stay in memory, so a save does not read them back.
 */
import type { Fragment, FragmentStore } from '../assemble/fragments.js';
import { Cache, type CacheOptions, NO_CACHE } from '../io/cache.js';

/** The format of an entry: a list of [key, Fragment]. The code hash (assembler, renderer, templates) keys it too. */
export const FRAGMENT_CACHE_VERSION = 'fragments-1';

type Sections = Map<string, Fragment>;

/** The last build's sections per entry key, in this process. */
const inMemory = new Map<string, Sections>();
/** Sections placed from an earlier build, in this process (tests check that reuse happens at all). */
let reusedCount = 0;

/** Drops what this process keeps in memory: the next build reads its sections from the cache on disk. */
export function forgetSections(): void {
  inMemory.clear();
}

export const sectionsReused = (): number => reusedCount;

class DocumentSections implements FragmentStore {
  readonly used: Sections = new Map();
  made = false;
  constructor(private readonly kept: Sections) {}

  get(key: string): Fragment | undefined {
    return this.used.get(key) ?? this.kept.get(key);
  }

  set(key: string, fragment: Fragment): void {
    if (this.kept.get(key) === fragment) reusedCount++;
    else this.made = true;
    this.used.set(key, fragment);
  }

  /** Whether the entry must be written: a section drawn anew, or one the build no longer places. */
  get changed(): boolean {
    return this.made || this.used.size !== this.kept.size;
  }
}

export class FragmentStores {
  readonly cache: Cache<[string, Fragment][]>;
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
      const kept = inMemory.get(key) ?? new Map(this.cache.get(key) ?? []);
      store = new DocumentSections(kept);
      this.open.set(file, store);
    }
    return store;
  }

  private entryKey(file: string): string {
    return this.cache.key([this.contentDir, file]);
  }

  /** Keeps what this build placed (in memory, and on disk where it changed); call after the documents are made. */
  save(): void {
    for (const [file, store] of this.open) {
      const key = this.entryKey(file);
      inMemory.set(key, store.used);
      if (store.changed) this.cache.set(key, [...store.used]);
    }
    this.open.clear();
  }
}
