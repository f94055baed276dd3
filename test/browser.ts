/**
 * Headless Chromium for tests: the same browser discovery and flags the PDF stage uses (src/pdf/browser.ts),
 * and pages that refuse every network request, so a test sees exactly what a document tries to fetch.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from '../src/pdf/browser.js';

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: findBrowser(process.env), args: CHROMIUM_ARGS, headless: true });
}

export interface OfflinePage {
  page: Page;
  /** Every request the page attempted, in order (allowed ones included). */
  requests: string[];
  /** The requests that were blocked: everything but the document itself and data: URLs. */
  blocked: () => string[];
}

/** A page that may load `allowed` (the document's own URL) and data: URLs, and nothing else. */
export async function offlinePage(browser: Browser, allowed: string): Promise<OfflinePage> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const isAllowed = (url: string) => url === allowed || url.startsWith('data:');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (request.isInterceptResolutionHandled()) return;
    void (isAllowed(url) ? request.continue() : request.abort('blockedbyclient'));
  });
  return { page, requests, blocked: () => requests.filter((u) => !isAllowed(u)) };
}
