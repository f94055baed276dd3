/** PDF on request for `plan dev`: one browser per request, the same printer as `plan build`; cached per HTML. */
import { findBrowser } from '../pdf/browser.js';
import { BrowserNotFound, PdfError, Printer } from '../pdf/print.js';
import type { OutputFile } from '../render/index.js';

export function pdfPrinter(
  env: NodeJS.ProcessEnv,
): (doc: OutputFile) => Promise<{ ok: true; pdf: Uint8Array } | { ok: false; message: string }> {
  const cache = new Map<string, { html: string; pdf: Uint8Array }>();
  return async (doc) => {
    const hit = cache.get(doc.path);
    if (hit && hit.html === doc.contents) return { ok: true, pdf: hit.pdf };
    let printer: Printer | undefined;
    try {
      printer = await Printer.launch({ executablePath: findBrowser(env) });
      const result = await printer.print({ name: doc.path.replace(/\.html?$/i, '.pdf'), html: doc.contents });
      cache.set(doc.path, { html: doc.contents, pdf: result.pdf });
      return { ok: true, pdf: result.pdf };
    } catch (e) {
      if (e instanceof BrowserNotFound || e instanceof PdfError) return { ok: false, message: e.message };
      throw e;
    } finally {
      await printer?.close();
    }
  };
}
