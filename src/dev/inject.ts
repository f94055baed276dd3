/**
 * What `plan dev` adds to a served page, and only to the served page: the reload client and the diagnostics
 * overlay. The built files stay script-free; when a page carries a Content-Security-Policy meta tag, the served
 * copy's policy gains a per-response nonce for our script and style and may connect back to the dev server.
 */
import { randomBytes } from 'node:crypto';
import { type CliTexts, texts } from '../cli-text/index.js';
import type { Diagnostic, Lang } from '../core/diagnostics/index.js';

export const EVENTS_PATH = '/__planwerk/events';
export const DIAGNOSTICS_PATH = '/__planwerk/diagnostics';

export interface OverlayItem {
  file?: string;
  line?: number;
  column?: number;
  severity: string;
  code: string;
  message: string;
  hint: string;
}

export const overlayItems = (diagnostics: readonly Diagnostic[]): OverlayItem[] =>
  diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({
      ...(d.file !== undefined ? { file: d.file } : {}),
      ...(d.line !== undefined ? { line: d.line } : {}),
      ...(d.column !== undefined ? { column: d.column } : {}),
      severity: d.severity,
      code: d.code,
      message: d.message,
      hint: d.hint,
    }));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const where = (d: OverlayItem) => (d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ''}` : '');

/** The overlay's heading for `n` errors in the user's language (the client script holds the same two texts). */
const heading = (t: CliTexts['dev'], n: number) => (n === 1 ? t.overlayOne : t.overlayMany.replace('{n}', String(n)));

/** The overlay as markup (first paint); the client script rebuilds it from the events afterwards. */
export function overlayHtml(items: readonly OverlayItem[], lang: Lang = 'en'): string {
  if (items.length === 0) return '';
  const rows = items
    .map(
      (d) =>
        `<li><code>${escapeHtml(where(d))}</code> <b>${escapeHtml(d.message)}</b> <small>[${escapeHtml(d.code)}]</small>${d.hint ? `<br><i>${escapeHtml(d.hint)}</i>` : ''}</li>`,
    )
    .join('');
  return `<div id="planwerk-overlay" role="alert"><p>${escapeHtml(heading(texts(lang).dev, items.length))}</p><ul>${rows}</ul></div>`;
}

const STYLE = `#planwerk-overlay{position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;z-index:2147483647;background:#2b0b0b;color:#fff;font:13px/1.4 ui-monospace,monospace;padding:.75em 1em;border-top:3px solid #e04040}#planwerk-overlay ul{margin:.25em 0;padding-left:1.2em}#planwerk-overlay code{color:#ffb4b4}#planwerk-overlay i{color:#ddd}@media print{#planwerk-overlay{display:none}}`;

/** The reload client: reloads on a new build (keeping the scroll position), shows or clears the overlay. */
const client = (t: CliTexts['dev']) => `(() => {
  const key = 'planwerk-scroll:' + location.pathname;
  const y = sessionStorage.getItem(key);
  if (y !== null) { sessionStorage.removeItem(key); addEventListener('load', () => scrollTo(0, Number(y))); }
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const source = new EventSource(${JSON.stringify(EVENTS_PATH)});
  source.addEventListener('reload', () => { sessionStorage.setItem(key, String(scrollY)); location.reload(); });
  source.addEventListener('diagnostics', (e) => {
    const items = JSON.parse(e.data);
    document.getElementById('planwerk-overlay')?.remove();
    if (items.length === 0) return;
    const where = (d) => d.file ? d.file + (d.line !== undefined ? ':' + d.line + ':' + (d.column ?? 1) : '') : '';
    const div = document.createElement('div');
    div.id = 'planwerk-overlay';
    div.setAttribute('role', 'alert');
    const heading = items.length === 1 ? ${JSON.stringify(t.overlayOne)} : ${JSON.stringify(t.overlayMany)}.replace('{n}', items.length);
    div.innerHTML = '<p>' + esc(heading) + '</p><ul>' +
      items.map((d) => '<li><code>' + esc(where(d)) + '</code> <b>' + esc(d.message) + '</b> <small>[' + esc(d.code) + ']</small>' + (d.hint ? '<br><i>' + esc(d.hint) + '</i>' : '') + '</li>').join('') + '</ul>';
    document.body.append(div);
  });
})();`;

const CSP_META = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content=(["'])(.*?)\1\s*\/?>/i;

/** Add a nonce to script-src and style-src, and let the page connect to the dev server. */
export function relaxPolicy(policy: string, nonce: string): string {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const fallback = directives.get('default-src');
  const allow = (name: string, value: string) => {
    const current = directives.get(name) ?? (fallback ? [...fallback] : undefined);
    if (!current) return; // no directive and no default: already allowed
    directives.set(name, [...current.filter((v) => v !== "'none'"), value]);
  };
  allow('script-src', `'nonce-${nonce}'`);
  allow('style-src', `'nonce-${nonce}'`);
  allow('connect-src', "'self'");
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The page as served: the policy relaxed for our nonce, the overlay and the client before </body>. */
export function injectDevClient(html: string, items: readonly OverlayItem[], lang: Lang = 'en'): string {
  const nonce = randomBytes(16).toString('base64');
  const withPolicy = html.replace(
    CSP_META,
    (_m, quote: string, policy: string) =>
      `<meta http-equiv="Content-Security-Policy" content=${quote}${relaxPolicy(policy.replace(/&#39;|&apos;/g, "'"), nonce)}${quote}>`,
  );
  const block = `<style nonce="${nonce}">${STYLE}</style>${overlayHtml(items, lang)}<script nonce="${nonce}">${client(texts(lang).dev)}</script>`;
  const at = withPolicy.lastIndexOf('</body>');
  return at < 0 ? withPolicy + block : withPolicy.slice(0, at) + block + withPolicy.slice(at);
}
