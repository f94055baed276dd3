/**
 * Files the content brings besides its text: images in Markdown bodies, and the logo, cover image, fonts and
 * style sheet of the plan's `branding:`. A path is read as every Markdown tool reads it (GitHub's preview, an
 * editor's): relative to the folder of the file it is written in, or, starting with `/`, to the content folder.
 * A path that leaves the content folder is refused. Pure: finding the references and checking the bytes the I/O
 * layer read happen here; src/run/files.ts reads them, once per run, for every command.
 */
import type { Definition, Image, ImageReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ParseMarkdown } from './body-links.js';
import { diag, type RawDiagnostic } from './diagnostics/index.js';
import type { LinkContext } from './link/model.js';
import { allDocuments } from './link/model.js';
import type { SanitizeSvg } from './svg.js';

export type AssetUse = 'image' | 'font' | 'stylesheet';
export const MEDIA_TYPES: Record<AssetUse, Record<string, string>> = {
  image: { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml' },
  font: { woff2: 'font/woff2', ttf: 'font/ttf', otf: 'font/otf' },
  stylesheet: { css: 'text/css' },
};
/** Over this an embedded file is a warning: it is copied into every document that shows it. */
export const SIZE_LIMIT = 2 * 1024 * 1024;

import { HARD_LIMIT, isUnread, type ReadResult } from './asset-read.js';

export { HARD_LIMIT, isUnread, type ReadResult, type Unread } from './asset-read.js';

export interface AssetRef {
  /** As written. */
  url: string;
  /** Normalised, relative to the content folder (resolved against the folder of `file`). */
  path: string;
  use: AssetUse;
  mime: string;
  file: string;
  line: number;
  column: number;
}

/** An embeddable file: its media type and bytes (SVG already sanitized). */
export interface Asset {
  mime: string;
  bytes: Uint8Array;
}
export type AssetMap = ReadonlyMap<string, Asset>;

type Resolved = { ok: true; path: string } | { ok: false; code: 'asset/remote' | 'asset/outside-content' };

/**
 * A reference → a normalised path in the content folder, or why it cannot be one. `folder`: the content-relative
 * folder of the file the reference is written in ('' for the content folder itself); a leading `/` starts from
 * the content folder instead.
 */
export function resolveAssetUrl(url: string, folder: string): Resolved {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { ok: false, code: 'asset/remote' };
  let raw = url.split(/[?#]/, 1)[0]!;
  try {
    raw = decodeURI(raw);
  } catch {
    // A malformed escape is kept as written; the file will not be found and says so.
  }
  const fromRoot = raw.startsWith('/') || raw.startsWith('\\');
  const parts: string[] = fromRoot ? [] : folder.split('/').filter((p) => p !== '');
  for (const part of raw.split(/[/\\]/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { ok: false, code: 'asset/outside-content' };
      parts.pop();
    } else parts.push(part);
  }
  return { ok: true, path: parts.join('/') };
}

interface Found {
  url: string;
  alt: string | null | undefined;
  line: number;
  column: number;
}

/** Images in a Markdown body, at their file positions. */
export function bodyImages(body: string, bodyLine: number, parse: ParseMarkdown): Found[] {
  if (!body.includes('![')) return []; // most bodies have none: skip the parse (mayNeedParsing relies on this test)
  return imagesInTree(parse(body), bodyLine);
}

/** Images (inline and by reference) in a parsed body, at their file positions. */
export function imagesInTree(tree: Root, bodyLine: number): Found[] {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d: Definition) => void definitions.set(d.identifier, d.url));
  const found: Found[] = [];
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const img = node as Image | ImageReference;
    const url = img.type === 'image' ? img.url : definitions.get(img.identifier);
    if (url === undefined || !img.position) return;
    found.push({ url, alt: img.alt, line: img.position.start.line + bodyLine - 1, column: img.position.start.column });
  });
  return found;
}

/**
 * The content-relative folder of a file shown as `file` (`content/chapters/plan/10.md` → `chapters/plan`), where
 * `root` is how the content folder itself is shown (`content`; '' when paths are shown from inside it).
 */
export function folderOf(file: string, root: string): string {
  const rel = root === '' || root === '.' ? file : file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
  const cut = rel.lastIndexOf('/');
  return cut < 0 ? '' : rel.slice(0, cut);
}

/**
 * Every file reference in the content, and the diagnostics that need no file access. `root`: how the content
 * folder is shown in diagnostic paths (see folderOf); body paths start from their file's folder, branding paths
 * from the plan file's.
 */
export function assetReferences(ctx: LinkContext, root: string, parse: ParseMarkdown): { refs: AssetRef[]; diagnostics: RawDiagnostic[] } {
  const refs: AssetRef[] = [];
  const diagnostics: RawDiagnostic[] = [];
  const add = (url: string, use: AssetUse, at: { file: string; line: number; column: number }, alt?: string | null) => {
    const r = resolveAssetUrl(url, folderOf(at.file, root));
    if (!r.ok) {
      diagnostics.push(r.code === 'asset/remote' ? diag('asset/remote', { url }, at) : diag('asset/outside-content', { path: url }, at));
      return;
    }
    const ext = /\.([a-z0-9]+)$/i.exec(r.path)?.[1]?.toLowerCase() ?? '';
    const mime = MEDIA_TYPES[use][ext];
    if (!mime) {
      diagnostics.push(diag('asset/unsupported-type', { path: url, allowed: Object.keys(MEDIA_TYPES[use]) }, at));
      return;
    }
    if (alt !== undefined && (alt === null || alt.trim() === '')) diagnostics.push(diag('asset/missing-alt', { path: url }, at));
    refs.push({ url, path: r.path, use, mime, ...at });
  };
  for (const doc of allDocuments(ctx)) {
    for (const img of bodyImages(doc.body, doc.bodyLine, parse))
      add(img.url, 'image', { file: doc.file, line: img.line, column: img.column }, img.alt);
  }
  const plan = ctx.plan;
  const b = plan?.data.branding;
  if (plan && b) {
    const at = (...path: string[]) => plan.locate(path);
    if (b.logo) add(b.logo, 'image', at('branding', 'logo'));
    if (b.cover?.image) add(b.cover.image, 'image', at('branding', 'cover', 'image'), b.cover.imageAlt ?? null);
    for (const role of ['body', 'heading'] as const) {
      const f = b.fonts?.[role];
      if (f?.file) add(f.file, 'font', at('branding', 'fonts', role, 'file'));
      if (f?.boldFile) add(f.boldFile, 'font', at('branding', 'fonts', role, 'boldFile'));
    }
    if (b.stylesheet) add(b.stylesheet, 'stylesheet', at('branding', 'stylesheet'));
  }
  return { refs, diagnostics };
}

/**
 * The files the I/O layer read (undefined: not there) → what the documents embed, and what is wrong with them.
 * Each problem is reported once per reference, at the reference; a missing file names the path looked for, as
 * shown from `root`. `sanitizeSvg`: src/core/svg.ts's, passed in so that content without SVG never loads it (an
 * HTML parser and a CSS parser).
 */
export function checkAssets(
  refs: readonly AssetRef[],
  read: ReadonlyMap<string, ReadResult>,
  root: string,
  sanitizeSvg: SanitizeSvg,
): { assets: Map<string, Asset>; diagnostics: RawDiagnostic[] } {
  const assets = new Map<string, Asset>();
  const diagnostics: RawDiagnostic[] = [];
  const unsafe = new Set<string>();
  for (const ref of refs) {
    const at = { file: ref.file, line: ref.line, column: ref.column };
    const bytes = read.get(ref.path);
    if (bytes === undefined) {
      diagnostics.push(diag('asset/missing', { path: ref.url, looked: root === '' ? ref.path : `${root}/${ref.path}` }, at));
      continue;
    }
    if (isUnread(bytes)) {
      diagnostics.push(diag('asset/over-limit', { path: ref.url, size: bytes.size, limit: HARD_LIMIT }, at));
      continue;
    }
    if (bytes.length > SIZE_LIMIT)
      diagnostics.push(
        diag('asset/too-large', { path: ref.url, kilobytes: Math.round(bytes.length / 1024), limit: SIZE_LIMIT / 1024 }, at),
      );
    if (assets.has(ref.path)) {
      if (unsafe.has(ref.path)) diagnostics.push(diag('asset/svg-unsafe', { path: ref.url }, at));
      continue;
    }
    if (ref.mime === 'image/svg+xml') {
      const clean = sanitizeSvg(new TextDecoder().decode(bytes));
      if (clean.changed) {
        unsafe.add(ref.path);
        diagnostics.push(diag('asset/svg-unsafe', { path: ref.url }, at));
      }
      assets.set(ref.path, { mime: ref.mime, bytes: new TextEncoder().encode(clean.svg) });
    } else assets.set(ref.path, { mime: ref.mime, bytes });
  }
  return { assets, diagnostics };
}
