/**
 * The branding edge: read the files the content refers to and its style sheet (I/O), have the core check them,
 * and hand the renderer plain data. Diagnostics here need the files, so they come with the build.
 */
import path from 'node:path';
import { assetReferences, checkAssets } from './core/assets.js';
import { diag, type RawDiagnostic } from './core/diagnostics/index.js';
import type { LinkContext } from './core/link/model.js';
import { cssReferences } from './core/stylesheet.js';
import { readAssets, readInside } from './io/assets.js';
import type { Brand } from './render/branding.js';

const DEFAULT_STYLESHEET = 'style.css';

export async function loadBrand(
  context: LinkContext,
  contentDir: string,
  cwd: string,
): Promise<{ brand?: Brand; diagnostics: RawDiagnostic[]; read: Map<string, Uint8Array | undefined> }> {
  const { refs } = assetReferences(context);
  const read = await readAssets(
    contentDir,
    refs.map((r) => r.path),
  );
  const { assets, diagnostics } = checkAssets(refs, read);
  const config = context.plan?.data.branding;
  // The configured style sheet, or style.css at the top of the content folder when there is one.
  const sheet = refs.find((r) => r.use === 'stylesheet');
  const sheetPath = sheet?.path ?? DEFAULT_STYLESHEET;
  const bytes = sheet ? assets.get(sheet.path)?.bytes : await readInside(contentDir, DEFAULT_STYLESHEET);
  // Every file looked at, found or not: a build is only up to date while these read the same (run/up-to-date.ts).
  if (!sheet) read.set(DEFAULT_STYLESHEET, bytes);
  let stylesheet: string | undefined;
  if (bytes) {
    stylesheet = new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n');
    const shown = path.relative(cwd, path.join(contentDir, sheetPath)).split(path.sep).join('/');
    for (const ref of cssReferences(stylesheet))
      diagnostics.push(
        diag('asset/stylesheet-reference', { reference: ref.reference }, { file: shown, line: ref.line, column: ref.column }),
      );
  }
  if (!config && stylesheet === undefined && assets.size === 0) return { diagnostics, read };
  return { brand: { config: config ?? {}, assets, stylesheet }, diagnostics, read };
}
