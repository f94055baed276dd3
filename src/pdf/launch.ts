/**
 * Starting the browser, and starting it early: a build that may print starts Chromium while it checks and renders
 * the content (about half a second on two cores), so that a reprint of one document does not wait for it after the
 * HTML is made. The start is handed to the printer (`take`) or, when nothing is printed (every PDF reused, errors,
 * an interrupt), closed by whoever began it (`dispose`).
 */
import type { Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.js';
import { firstLine, within } from './page.js';

/** The browser could not be started (print.ts turns it into a PdfError). */
export class LaunchError extends Error {}

export interface Launched {
  browser: Browser;
  /** Milliseconds from the start of the launch to a connected browser. */
  ms: number;
}

/** Launch headless Chromium at `executablePath` within `timeoutMs`; rejects with a LaunchError. */
export async function launchBrowser(executablePath: string, timeoutMs: number): Promise<Launched> {
  const started = Date.now();
  try {
    // Loaded here, not at start-up: only a run that prints needs it (validate and lsp start faster).
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: timeoutMs,
      // Signals belong to the CLI, which aborts the print; puppeteer's own handlers would exit the process.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return { browser, ms: Date.now() - started };
  } catch (e) {
    throw new LaunchError(`could not start the browser ${executablePath}: ${firstLine(e)}`);
  }
}

/** Kill the browser's process group at once (it leads its own: puppeteer spawns it detached). */
export function killBrowser(browser: Browser): void {
  const child = browser.process();
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Close gracefully within a few seconds, else kill. Never throws. */
export async function closeBrowser(browser: Browser): Promise<void> {
  const closed = await within(
    browser.close().then(() => true),
    5000,
    false,
  );
  if (!closed) killBrowser(browser);
}

/**
 * A browser started ahead of need. Nothing is started when no browser is installed: the print then reports that
 * itself, as without an early start.
 */
export class EarlyBrowser {
  private taken = false;
  private constructor(
    readonly executablePath: string,
    private readonly launch: Promise<Launched>,
  ) {
    launch.catch(() => undefined); // a failed start is reported by the print that takes it, or by nobody
  }

  static start(env: Record<string, string | undefined>, timeoutMs: number): EarlyBrowser | undefined {
    let executablePath: string;
    try {
      executablePath = findBrowser(env);
    } catch {
      return undefined;
    }
    return new EarlyBrowser(executablePath, launchBrowser(executablePath, timeoutMs));
  }

  /** The started browser, for a printer that now owns it (and closes it); once. */
  take(executablePath: string): Promise<Launched> | undefined {
    if (this.taken || executablePath !== this.executablePath) return undefined;
    this.taken = true;
    return this.launch;
  }

  /** Close the browser unless a printer took it. Never throws. */
  async dispose(): Promise<void> {
    if (this.taken) return;
    this.taken = true;
    const launched = await this.launch.catch(() => undefined);
    if (launched) await closeBrowser(launched.browser);
  }
}
