/**
 * The files the content refers to besides its text (images in bodies; the logo, cover image, fonts and style
 * sheet of the plan's `branding:`), checked in one place for every command: `plan validate` and `plan build`
 * (through compile.ts), `plan dev` and the language server. So validate reports every file problem a build would
 * fail on, at the same place and with the same code. Each file is read once per run; nothing outside the content
 * folder is read (src/io/assets.ts).
 */
import path from 'node:path';
import { assetReferences, checkAssets, HARD_LIMIT, isUnread, type ReadResult } from '../core/assets.js';
import { diag, type RawDiagnostic } from '../core/diagnostics/index.js';
import { allDocuments, type LinkContext } from '../core/link/model.js';
import { readAssets, readInside } from '../io/assets.js';
import { markdownParser } from '../parallel/markdown.js';
import type { Brand } from '../render/branding.js';

const DEFAULT_STYLESHEET = 'style.css';

export interface FilesChecked {
  /** What the renderer embeds; undefined when the content has no branding, style sheet or images. */
  brand?: Brand;
  diagnostics: RawDiagnostic[];
  /**
   * Every file looked at, found or not (undefined), too large to read or read, by content-relative path: a result
   * holds while these read the same.
   */
  read: Map<string, ReadResult>;
}

const noSvg = (): never => {
  throw new Error('bug: an SVG image to check, but the sanitizer was not loaded');
};

/**
 * `displayRoot`: the folder diagnostic paths are relative to, so `context`'s file paths. A body's image path starts
 * from its file's folder, a branding path from the plan file's, a `/` path from the content folder.
 */
export async function checkFiles(context: LinkContext, contentDir: string, displayRoot: string): Promise<FilesChecked> {
  const root = path.relative(displayRoot, contentDir).split(path.sep).join('/');
  const parse = await markdownParser(allDocuments(context).map((d) => d.body));
  const { refs, diagnostics } = assetReferences(context, root, parse);
  const read = await readAssets(
    contentDir,
    refs.map((r) => r.path),
  );
  // The SVG sanitizer and the CSS parser load only for content that has an SVG image or a style sheet.
  const svg = refs.some((r) => r.mime === 'image/svg+xml') ? (await import('../core/svg.js')).sanitizeSvg : noSvg;
  const checked = checkAssets(refs, read, root, svg);
  diagnostics.push(...checked.diagnostics);
  const assets = checked.assets;
  const config = context.plan?.data.branding;
  // The configured style sheet, or style.css at the top of the content folder when there is one.
  const sheet = refs.find((r) => r.use === 'stylesheet');
  const sheetPath = sheet?.path ?? DEFAULT_STYLESHEET;
  const found = sheet ? assets.get(sheet.path)?.bytes : await readInside(contentDir, DEFAULT_STYLESHEET);
  if (!sheet) read.set(DEFAULT_STYLESHEET, found);
  const shown = root === '' ? sheetPath : `${root}/${sheetPath}`;
  // A style.css nobody names has no reference to report at: its own file carries the diagnostic.
  if (isUnread(found))
    diagnostics.push(diag('asset/over-limit', { path: DEFAULT_STYLESHEET, size: found.size, limit: HARD_LIMIT }, { file: shown }));
  const bytes = isUnread(found) ? undefined : found;
  let stylesheet: string | undefined;
  if (bytes) {
    stylesheet = new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n');
    const { checkCss } = await import('../core/stylesheet.js');
    const css = checkCss(stylesheet);
    for (const ref of css.references)
      diagnostics.push(
        diag('asset/stylesheet-reference', { reference: ref.reference }, { file: shown, line: ref.line, column: ref.column }),
      );
    for (const h of css.hiding)
      diagnostics.push(
        diag(
          'asset/stylesheet-hides-text',
          { selector: h.selector, declaration: h.declaration },
          { file: shown, line: h.line, column: h.column },
        ),
      );
  }
  if (!config && stylesheet === undefined && assets.size === 0) return { diagnostics, read };
  const planFile = context.plan?.file ?? `${root}/plan.md`;
  return { brand: { config: config ?? {}, assets, stylesheet, root, planFile }, diagnostics, read };
}
