/**
 * What `plan dev` adds to a served page, and only to the served page: the reload client and the diagnostics
 * overlay. The built files stay script-free; when a page carries a Content-Security-Policy meta element, the
 * served copy's policy allows our script by a per-response nonce and may connect back to the dev server.
 */
import { randomBytes } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
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

/** A Content-Security-Policy meta element of a page: where it is in the source, and its policy (decoded). */
interface PolicyMeta {
  start: number;
  end: number;
  policy: string;
}

/**
 * The page's policy elements, found by the HTML parser the renderer uses: the attribute is decoded however it is
 * written (`&#x27;`, `&#39;`, `&apos;`, unquoted), and a look-alike in text or a comment is not one. Only the
 * head's count (a browser ignores a policy element anywhere else), so only the page up to its `<body>` start tag
 * is parsed (headOf): a document's head is a few kilobytes, its body hundreds, and a new page is served after
 * every save. A save seldom changes the head: what a head holds is kept by its text.
 */
function policyMetasOf(html: string): PolicyMeta[] {
  return headPart(html).metas;
}

/**
 * The page up to and with its body's start tag: parsed alone, every element before it is parsed as in the whole
 * page, and nothing after it can be in the head. A `<body` in a comment or a style sheet is not the start tag
 * (the parser made no body of it): then the next one is tried, and at last the whole page.
 */
export const headOf = (html: string): string => headPart(html).text;

/** By the text before a `<body`: its policy elements when that text is the page's head, else undefined. */
const heads = new Map<string, PolicyMeta[] | undefined>();
function parsedHead(text: string, whole: boolean): PolicyMeta[] | undefined {
  if (heads.has(text)) return heads.get(text);
  const tree = fromHtml(text);
  const body = tree.children
    .find((c): c is Element => c.type === 'element' && c.tagName === 'html')
    ?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'body');
  const metas = whole || body?.position?.end?.offset === text.length ? metasIn(tree) : undefined;
  if (heads.size >= 64) heads.delete(heads.keys().next().value!);
  heads.set(text, metas);
  return metas;
}

function headPart(html: string): { text: string; metas: PolicyMeta[] } {
  const find = /<body[\t\n\f\r />]/gi;
  for (let tries = 0, m = find.exec(html); m && tries < 4; tries++, m = find.exec(html)) {
    const close = html.indexOf('>', m.index);
    if (close < 0) break;
    const text = html.slice(0, close + 1);
    const metas = parsedHead(text, false);
    if (metas) return { text, metas };
  }
  return { text: html, metas: parsedHead(html, true)! };
}

function metasIn(tree: Root): PolicyMeta[] {
  const found: PolicyMeta[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const equiv = child.properties.httpEquiv;
      const name = (Array.isArray(equiv) ? equiv.join(' ') : String(equiv ?? '')).toLowerCase();
      const { start, end } = child.position ?? {};
      if (child.tagName === 'meta' && name === 'content-security-policy' && start?.offset !== undefined && end?.offset !== undefined)
        found.push({ start: start.offset, end: end.offset, policy: String(child.properties.content ?? '') });
      walk(child);
      if (child.tagName === 'template') walk(child.content as unknown as Root);
    }
  };
  walk(tree);
  return found;
}

/** Sources that make every inline block allowed already: 'unsafe-inline' counts only without a nonce or hash. */
const inlineAllowed = (values: readonly string[]) => {
  const lower = values.map((v) => v.toLowerCase());
  return lower.includes("'unsafe-inline'") && !lower.some((v) => /^'(nonce|sha256|sha384|sha512)-/.test(v));
};

/**
 * The policy as served: our script allowed by its nonce (script-src only), our style block by the nonce only
 * when inline styles are not allowed already (a nonce next to 'unsafe-inline' switches 'unsafe-inline' off, and
 * with it the page's own inline styles), and a connection back to the dev server. Directives as CSP reads them:
 * names case-insensitive, the first of two with one name wins.
 */
export function relaxPolicy(policy: string, nonce: string): string {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/[\t\n\f\r ]+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  const effective = (...names: string[]) => names.map((n) => directives.get(n)).find((v) => v !== undefined);
  const allow = (name: string, value: string, current: string[] | undefined) => {
    if (!current) return; // no directive and no default: already allowed
    directives.set(name, [...current.filter((v) => v.toLowerCase() !== "'none'"), value]);
  };
  const self = `'nonce-${nonce}'`;
  allow('script-src', self, effective('script-src', 'default-src'));
  if (directives.has('script-src-elem')) allow('script-src-elem', self, directives.get('script-src-elem'));
  for (const name of ['style-src', 'style-src-elem']) {
    const current = name === 'style-src' ? effective('style-src', 'default-src') : directives.get(name);
    if (current && !inlineAllowed(current)) allow(name, self, current);
  }
  allow('connect-src', "'self'", effective('connect-src', 'default-src'));
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page as served: each policy element replaced by one with the relaxed policy, the overlay and the client
 * before </body>. Nothing else changes: strip these two and the bytes are the built file's.
 */
export function injectDevClient(html: string, items: readonly OverlayItem[], lang: Lang = 'en'): string {
  const nonce = randomBytes(16).toString('base64');
  let withPolicy = html;
  for (const meta of [...policyMetasOf(html)].reverse()) {
    const element = `<meta http-equiv="Content-Security-Policy" content="${attribute(relaxPolicy(meta.policy, nonce))}">`;
    withPolicy = withPolicy.slice(0, meta.start) + element + withPolicy.slice(meta.end);
  }
  const block = `<style nonce="${nonce}">${STYLE}</style>${overlayHtml(items, lang)}<script nonce="${nonce}">${client(texts(lang).dev)}</script>`;
  const at = withPolicy.lastIndexOf('</body>');
  return at < 0 ? withPolicy + block : withPolicy.slice(0, at) + block + withPolicy.slice(at);
}
