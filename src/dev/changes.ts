/**
 * `plan dev`'s changes page (`/changes/`): plan diff's change list and redlines against the base, kept up to date
 * as the content is edited. The base is read from git into a temporary folder and built once per session (it does
 * not change while you edit), on the first visit; the head is the preview's own last good build, never built
 * twice. The comparison is made once per good build, when the page is asked for, so an edit costs nothing more
 * while nobody looks. No repository, no base, or a base with errors: the page says so and the preview goes on.
 */
import { texts } from '../cli-text/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { Version } from '../core/diff/index.js';
import { LoadError } from '../io/load.js';
import type { OutputFile } from '../render/index.js';
import { diffHtml } from '../reporters/diff/html.js';
import { type Compared, compareVersions, type Side } from '../run/diff-compare.js';
import { type BaseCheckout, buildVersion, checkoutBase } from '../run/diff-version.js';
import type { OutputOptions } from '../run/produce.js';
import { ToolError } from '../run/types.js';

export const CHANGES_PATH = '/changes/';

export interface ChangesOptions {
  /** The preview's build options; the base is built with the same, from its own folder. */
  build: () => OutputOptions;
  /** The refs tried for the base (src/run/diff-version.ts baseCandidates). */
  candidates: readonly string[];
  gitEnv: NodeJS.ProcessEnv;
  locale: 'nl-BE' | 'nl' | 'en' | undefined;
  lang: Lang;
  /** Runs a build when no other build runs (the preview's builds are one at a time). */
  exclusive: <T>(build: () => Promise<T>) => Promise<T>;
}

/** The preview's last good build, as the comparison needs it. */
export interface HeadBuild {
  generation: number;
  /** The date its documents print (the base is built with the same, so it is no change). */
  buildDate: string;
  /** Its funder's documents with their HTML (rendered when the page is first asked for). */
  documents: () => Promise<readonly OutputFile[]>;
  version?: Version;
}

export interface ChangesPages {
  /** The page's body: the change list, or why there is none. */
  body: string;
  /** Redlines by file name (`plan.redline.html`), as the list links to them. */
  redlines: ReadonlyMap<string, string>;
}

type Base = { ok: true; side: Side; at: { ref: string; commit: string } } | { ok: false; why: string };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class DevChanges {
  /** The base's content, read from git once per session. */
  private checkout: Promise<BaseCheckout | { why: string }> | undefined;
  /** The base built with the head's build date (the documents print it): again only when the date changes. */
  private base: { date: string; built: Promise<Base> } | undefined;
  private latest: { generation: number; pages: Promise<ChangesPages> } | undefined;
  private closed = false;

  constructor(private readonly options: ChangesOptions) {}

  /** The list and the redlines for `head`, made once per good build. */
  pages(head: HeadBuild): Promise<ChangesPages> {
    if (this.latest?.generation !== head.generation) {
      if (this.base?.date !== head.buildDate) this.base = { date: head.buildDate, built: this.buildBase(head.buildDate) };
      this.latest = { generation: head.generation, pages: this.base.built.then((base) => this.compare(base, head)) };
    }
    return this.latest.pages;
  }

  /** Remove the base's temporary folder (once it is read, if it is being read). */
  async close(): Promise<void> {
    this.closed = true;
    const checkout = await this.checkout?.catch(() => undefined);
    if (checkout && 'dispose' in checkout) await checkout.dispose();
  }

  private async compare(base: Base, head: HeadBuild): Promise<ChangesPages> {
    const t = texts(this.options.lang).dev;
    if (!base.ok) return { body: `<p>${escapeHtml(base.why)}</p>`, redlines: new Map() };
    if (!head.version) return { body: `<p>${escapeHtml(t.nothingBuilt)}</p>`, redlines: new Map() };
    const documents = (await head.documents()).filter((d) => d.role === 'document');
    const compared: Compared = compareVersions(base.side, { documents, version: head.version }, base.at, this.options.locale);
    return {
      body: diffHtml(compared.report, this.options.lang),
      redlines: new Map(compared.redlines.map((r) => [r.path, r.contents])),
    };
  }

  /** The content at the merge base in a temporary folder, or why there is none. */
  private async readBase(contentDir: string): Promise<BaseCheckout | { why: string }> {
    const t = texts(this.options.lang).dev;
    try {
      return await checkoutBase(contentDir, this.options.candidates, this.options.gitEnv);
    } catch (e) {
      // Not a repository, no such ref: said on the page, as plan diff says it.
      if (e instanceof ToolError) return { why: t.noBase(e.message.replace(/^diff: /, '')) };
      throw e;
    }
  }

  private async buildBase(buildDate: string): Promise<Base> {
    const t = texts(this.options.lang).dev;
    const options = { ...this.options.build(), buildDate };
    this.checkout ??= this.readBase(options.contentDir);
    const checkout = await this.checkout;
    if ('why' in checkout) return { ok: false, why: checkout.why };
    const at = { ref: checkout.ref, commit: checkout.commit };
    if (this.closed) return { ok: false, why: t.stopped };
    try {
      const built = await this.options.exclusive(() => buildVersion({ ...options, contentDir: checkout.contentDir }));
      if (built.errors > 0 || !built.documents || !built.version)
        return { ok: false, why: t.baseErrors(`${at.ref} (${at.commit.slice(0, 12)})`, built.errors) };
      return { ok: true, side: { documents: built.documents, version: built.version }, at };
    } catch (e) {
      // No content folder at the base: said on the page.
      if (e instanceof LoadError) return { ok: false, why: t.noBase(e.message) };
      throw e;
    }
  }
}

/** The whole page around the body, in the user's language; relative links reach /changes/<redline>. */
export function changesPage(body: string, lang: Lang, generation: number): string {
  const t = texts(lang).dev;
  const title = escapeHtml(t.changesTitle);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body><p><a href="/">${escapeHtml(t.title)}</a></p>${body}<p><small>${escapeHtml(t.reloads(generation))}</small></p></body></html>`;
}

const STYLE =
  'body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1f2328}code{font-size:85%;background:#eff1f3;padding:.1em .3em;border-radius:4px}ul ul{margin:.2em 0}li{margin:.15em 0}h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}';
