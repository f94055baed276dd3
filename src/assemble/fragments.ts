/**
 * Sections of a document reused by the inputs they read. A template marks a section (an action, a progress entry)
 * with `r.fragment(name, input, render)`; the section's HTML is kept under a key over its name, its input (the view
 * model it is drawn from), the document's constants (file, locale, the documents it may link to, build date, code)
 * and, checked on every reuse, the answers to everything it asked the document while it was drawn: links
 * (`r.href`, and the `@id` links and images of its bodies), names and relations (`r.lookup`). A section is reused
 * only when the same questions get the same answers now, so it is the same bytes as drawing it again.
 *
 * A section is always placed as its HTML (a raw node carrying its headings for the table of contents), reused or
 * not, with the document-wide passes of templates/layout.ts already applied to it: the document is the same bytes
 * with or without the store. A section that asks for a chart is drawn as a tree every time (charts are drawn
 * asynchronously, after the whole page).
 */
import { hash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { type Parts, prepareSection } from '../../templates/layout.js';
import { derivedFrom, knownPrints } from '../core/document-prints.js';
import type { ChartMemo, ChartRequest } from '../render/charts.js';
import type { PlacedHeading } from '../render/placeable.js';
import { serializeNode } from '../render/serialize.js';

/** One question a section asked while it was drawn, and its answer's fingerprint. */
export type Read = [question: string, args: readonly unknown[], answer: string];

export interface Fragment {
  /** The section's HTML; null when it drew nothing. */
  html: string | null;
  headings: PlacedHeading[];
  reads: Read[];
}

/** Where a document's sections are kept between builds (src/run/fragments.ts): by key. */
export interface FragmentStore {
  get(key: string): Fragment | undefined;
  set(key: string, fragment: Fragment): void;
}

const sha = (s: string) => hash('sha256', s, 'base64');

/**
 * Documents' fingerprints across builds in this process: plan dev keeps the results of unchanged files
 * (src/run/compile.ts), so a save hashes only the documents it changed. A document is not changed once made.
 * A document the run layer made has its file's cache key (`knownPrints`); an as-of copy is its original's
 * fingerprint with its own data (`derivedFrom`); any other is hashed whole.
 */
const documentPrints = new WeakMap<object, string>();

type DrawnDocument = { kind: string; file: string; data: unknown; body: string; links: unknown };

function documentPrint(d: DrawnDocument): string {
  let f = documentPrints.get(d);
  if (f !== undefined) return f;
  const known = knownPrints.get(d);
  const origin = known === undefined ? (derivedFrom.get(d) as DrawnDocument | undefined) : undefined;
  // Prefixes keep the three kinds apart: a key (K), the hash of an original's print and data, of the fields.
  f =
    known !== undefined
      ? `K${known}`
      : origin !== undefined
        ? `D${sha(`${documentPrint(origin)}\u0000${JSON.stringify(d.data)}`)}`
        : `D${sha(JSON.stringify([d.kind, d.file, d.data, d.body, d.links]))}`;
  documentPrints.set(d, f);
  return f;
}

/** A document's fields without its body and links, for sections that show none (`draw`'s `bodies` false). */
const headPrints = new WeakMap<object, string>();
function headPrint(d: DrawnDocument): string {
  let f = headPrints.get(d);
  if (f === undefined) headPrints.set(d, (f = `F${sha(JSON.stringify([d.kind, d.file, d.data]))}`));
  return f;
}

/** A value as a string that differs whenever the value does (Maps and Sets by their entries; documents memoized). */
export class Fingerprints {
  private readonly memo = new WeakMap<object, string>();

  /** `heads`: documents by their fields alone (for a section that shows no body). */
  constructor(private readonly heads = false) {}

  of(value: unknown): string {
    if (value === undefined) return 'u';
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function') throw new Error('bug: a fragment reads a function');
      return JSON.stringify(value);
    }
    let f = this.memo.get(value);
    if (f !== undefined) return f;
    if (isDocument(value)) {
      // Everything a template can read from a document; its positions (for diagnostics) are not drawn.
      f = this.heads ? headPrint(value as DrawnDocument) : documentPrint(value as DrawnDocument);
    } else if (Array.isArray(value)) f = this.list(value);
    else if (value instanceof Map) f = `M[${[...value].map(([k, v]) => `${this.of(k)}:${this.of(v)}`).join(',')}]`;
    else if (value instanceof Set) f = `S[${[...value].map((v) => this.of(v)).join(',')}]`;
    else {
      const parts: string[] = [];
      for (const [k, v] of Object.entries(value)) parts.push(`${JSON.stringify(k)}:${this.of(v)}`);
      f = `{${parts.join(',')}}`;
    }
    // Long fingerprints are hashed, so that a list of documents repeated in many keys stays short.
    if (f.length > 256) f = `H${sha(f)}`;
    this.memo.set(value, f);
    return f;
  }

  /**
   * A list as `of` writes it (`[a,b]`, a hole as nothing), undefined inline: the plan's overview is 10,000 rows of
   * a mark per goal, mostly none.
   */
  private list(value: readonly unknown[]): string {
    let f = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) f += ',';
      const v = value[i];
      if (v !== undefined) f += this.of(v);
      else if (i in value) f += 'u';
    }
    return `${f}]`;
  }
}

const isDocument = (v: object): boolean => typeof (v as { locate?: unknown }).locate === 'function' && 'body' in v && 'data' in v;

/** The questions a section may ask of its document, answered now; a reuse asks them again. */
export type Ask = (question: string, args: readonly unknown[]) => unknown;

/**
 * The document's side of fragments: traces what open sections ask and draws or reuses them. `constants` is
 * everything else a section depends on (file, locale, files, dates, code), as one string.
 */
export class Fragments {
  private readonly open: { reads: Read[]; charts: boolean }[] = [];
  readonly fp = new Fingerprints();
  /** For the inputs of sections that show no document's body. */
  private readonly fields = new Fingerprints(true);

  private storeAsked = false;
  private storeFound: FragmentStore | undefined;

  constructor(
    /** Asked on the first section: a document without any reads no entry. */
    private readonly storeOf: (() => FragmentStore | undefined) | undefined,
    private readonly constants: string,
    private readonly ask: Ask,
    private readonly parts: Parts,
  ) {}

  private get store(): FragmentStore | undefined {
    if (!this.storeAsked) {
      this.storeAsked = true;
      this.storeFound = this.storeOf?.();
    }
    return this.storeFound;
  }

  /** Answers a question and records it in every open section. */
  traced<T>(question: string, args: readonly unknown[], answer: () => T): T {
    const value = answer();
    if (this.open.length > 0) {
      const read: Read = [question, args, this.fp.of(value)];
      for (const o of this.open) o.reads.push(read);
    }
    return value;
  }

  /** Charts kept with the document's sections, by their request and the document's constants (its locale). */
  get charts(): ChartMemo {
    const key = (request: ChartRequest) => sha(`${this.constants}\u0000chart\u0000${this.fp.of(request)}`);
    return {
      get: (request) => {
        const k = key(request);
        const kept = this.store?.get(k);
        if (kept) this.store!.set(k, kept);
        return kept?.html ?? undefined;
      },
      set: (request, html) => this.store?.set(key(request), { html, headings: [], reads: [] }),
    };
  }

  /** A chart is drawn after the page: no open section can be kept as HTML. */
  chart(): void {
    for (const o of this.open) o.charts = true;
  }

  /** `bodies`: false when the section shows no document's body (its documents are keyed by their fields). */
  draw(name: string, input: unknown, render: () => Element | null, bodies = true): ElementContent | null {
    const key = sha(`${this.constants}\u0000${name}${bodies ? '' : '\u0000fields'}\u0000${(bodies ? this.fp : this.fields).of(input)}`);
    const kept = this.store?.get(key);
    if (kept?.reads.every(([q, args, answer]) => this.fp.of(this.ask(q, args)) === answer)) {
      for (const o of this.open) o.reads.push(...kept.reads);
      this.store!.set(key, kept);
      return raw(kept);
    }
    const trace = { reads: [] as Read[], charts: false };
    this.open.push(trace);
    let node: Element | null;
    try {
      node = render();
    } finally {
      this.open.pop();
    }
    if (trace.charts) return node;
    const headings = node ? prepareSection(node, this.parts) : [];
    const made: Fragment = { html: node ? serializeNode(node) : null, headings, reads: this.dedupe(trace.reads) };
    for (const o of this.open) o.reads.push(...made.reads);
    this.store?.set(key, made);
    return raw(made);
  }

  private dedupe(reads: Read[]): Read[] {
    const seen = new Set<string>();
    return reads.filter((r) => {
      const k = `${r[0]}\u0000${this.fp.of(r[1])}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
}

const raw = (f: Fragment): ElementContent | null =>
  f.html === null ? null : { type: 'raw', value: f.html, data: { headings: f.headings, elements: true } };
