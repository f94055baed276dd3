/** Small helpers of the printer (print.ts): an offline page, a bounded wait, an error's first line. */
import type { Page } from 'puppeteer-core';

/** Refuse every request but data: URLs; the document is loaded from memory and needs nothing else. */
export async function offline(page: Page, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (url.startsWith('data:')) void request.continue().catch(() => undefined);
    else {
      blocked.push(url);
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
}

/** The promise's value, or `fallback` when it rejects or takes longer than `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise.catch(() => fallback),
      new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return (
    message
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? 'unknown error'
  );
}
