/**
 * The browser that prints the PDFs: found by the PDF printer's own lookup (src/pdf/browser.ts), then started
 * once by the printer's own launch (same flags, same time limit) and closed. An explicit path that is not an
 * executable is a problem even when another one would do: `plan build` refuses it too.
 */
import { BrowserNotFound, findBrowser, SYSTEM_PATHS } from '../../pdf/browser.js';
import { PdfError, Printer, timeoutFromEnv } from '../../pdf/print.js';
import type { Finding, Said } from '../types.js';

const ENV_NAMES = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

export async function checkChromium(env: NodeJS.ProcessEnv): Promise<Finding> {
  const given = ENV_NAMES.flatMap((name) => (env[name] ? [{ name, path: env[name]! }] : []));
  let executable: string;
  try {
    executable = findBrowser(env);
  } catch (e) {
    if (!(e instanceof BrowserNotFound)) throw e;
    const facts = { found: false, started: false, path: null, source: given[0]?.name ?? 'system', version: null };
    const message: Said =
      given.length > 0
        ? (t) => t.chromium.notExecutable(given.map((g) => `${g.name}=${g.path}`))
        : (t) => t.chromium.notFound(SYSTEM_PATHS);
    const fix: Said = given.length > 0 ? (t) => t.chromium.fixExplicit(given.map((g) => g.name)) : (t) => t.chromium.fixMissing;
    return { id: 'chromium', status: 'problem', message, fix, facts };
  }
  const at = given.findIndex((g) => g.path === executable);
  const source = at >= 0 ? given[at]!.name : 'system';
  // Set but passed over: PUPPETEER_EXECUTABLE_PATH pointing nowhere while CHROME_PATH works is worth a word.
  const ignored = at > 0 ? given.slice(0, at) : [];
  let timeoutSeconds: number;
  try {
    timeoutSeconds = timeoutFromEnv(env.PLANWERK_PDF_TIMEOUT);
  } catch (e) {
    const reason = (e as Error).message;
    const facts = { found: true, started: false, path: executable, source, version: null };
    return { id: 'chromium', status: 'problem', message: () => reason, fix: (t) => t.chromium.fixTimeout, facts };
  }
  let printer: Printer | undefined;
  try {
    printer = await Printer.launch({ executablePath: executable, launchTimeoutSeconds: timeoutSeconds, timeoutSeconds });
    const version = await printer.version();
    const facts = { found: true, started: true, path: executable, source, version };
    if (ignored.length > 0)
      return {
        id: 'chromium',
        status: 'warning',
        message: (t) =>
          t.chromium.ignored(
            ignored.map((g) => `${g.name}=${g.path}`),
            executable,
            source,
          ),
        fix: (t) => t.chromium.fixIgnored(ignored.map((g) => g.name)),
        facts,
      };
    return { id: 'chromium', status: 'ok', message: (t) => t.chromium.ok(version, executable, source), facts };
  } catch (e) {
    if (!(e instanceof PdfError)) throw e;
    const reason = e.message;
    const facts = { found: true, started: false, path: executable, source, version: null };
    return {
      id: 'chromium',
      status: 'problem',
      message: (t) => t.chromium.failed(reason),
      fix: (t) => t.chromium.fixFailed(executable),
      facts,
    };
  } finally {
    await printer?.close();
  }
}
