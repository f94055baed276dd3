/**
 * Finding and starting the browser that prints PDFs and checks pages: an installed Chromium (puppeteer cannot
 * download its own here). PUPPETEER_EXECUTABLE_PATH or CHROME_PATH when set, else the usual system paths.
 */
import { accessSync, constants } from 'node:fs';

export const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless, offline, root-safe Chromium (measured on this kind of machine). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
];

export class BrowserNotFound extends Error {
  constructor(tried: string[]) {
    super(
      `no Chromium found (tried ${tried.join(', ')}). Install one (Debian: apt-get install -y --no-install-recommends chromium fonts-liberation2 fonts-dejavu-core), or set PUPPETEER_EXECUTABLE_PATH.`,
    );
  }
}

const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser to use, from the environment (read once by the caller) or the system paths. */
export function findBrowser(env: Record<string, string | undefined>): string {
  const candidates = [env.PUPPETEER_EXECUTABLE_PATH, env.CHROME_PATH].filter((p): p is string => !!p);
  for (const p of candidates) if (executable(p)) return p;
  if (candidates.length > 0) throw new BrowserNotFound(candidates);
  for (const p of SYSTEM_PATHS) if (executable(p)) return p;
  throw new BrowserNotFound(SYSTEM_PATHS);
}
