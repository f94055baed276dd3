/**
 * What “no active markup” means for a written HTML file, checked on the parsed tree (not by grepping, so text
 * that merely mentions `<script>` or `javascript:` is fine): nothing that runs, nothing that loads, nothing
 * that submits or navigates by itself.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const ACTIVE = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'base',
  'portal',
  'noscript',
  'template',
  'video',
  'audio',
]);
/** Attributes whose URL the browser fetches on its own when the page opens. */
const LOADING = new Set(['src', 'srcSet', 'poster', 'data', 'background', 'xLinkHref', 'action', 'formAction', 'ping', 'manifest']);
const BAD_SCHEME = /^\s*(?:javascript|vbscript|file|data(?!:image\/(?:png|jpeg|gif|webp);))\s*:/i;
const SAFE_LOAD = /^(?:#|data:image\/(?:png|jpeg|gif|webp);)/i;
const EXTERNAL_CSS = /url\(\s*['"]?\s*(?!data:|#)|@import/i;

/** Every problem found, as short strings (empty when the page is inert). */
export function activeMarkup(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('raw <script');
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') check(node as Element, problems);
    if ('children' in node) for (const c of node.children) walk(c as RootContent);
    if (node.type === 'element' && (node as Element).content) walk((node as Element).content!);
  };
  walk(fromHtml(html));
  return problems;
}

function check(el: Element, problems: string[]): void {
  const tag = el.tagName.toLowerCase();
  if (ACTIVE.has(tag)) problems.push(`<${tag}>`);
  // The document's own Content-Security-Policy is the one http-equiv allowed; a refresh or another policy is not.
  if (tag === 'meta' && el.properties.httpEquiv !== undefined) {
    const equiv = String(el.properties.httpEquiv).toLowerCase();
    if (equiv !== 'content-security-policy' || !String(el.properties.content).includes("default-src 'none'"))
      problems.push('<meta http-equiv>');
  }
  if (tag === 'link' && !SAFE_LOAD.test(String(el.properties.href ?? ''))) problems.push(`<link href=${String(el.properties.href)}>`);
  if (tag === 'style' && el.children.some((c) => c.type === 'text' && EXTERNAL_CSS.test(c.value)))
    problems.push('<style> with url() or @import');
  for (const [key, raw] of Object.entries(el.properties)) {
    const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
    if (/^on/i.test(key)) problems.push(`<${tag} ${key}>`);
    if (key === 'style' && /url\(|expression\(/i.test(value)) problems.push(`<${tag} style=${value}>`);
    if (BAD_SCHEME.test(value) && ['href', ...LOADING].includes(key)) problems.push(`<${tag} ${key}=${value}>`);
    if (LOADING.has(key) && !SAFE_LOAD.test(value)) problems.push(`<${tag} ${key}=${value}>`);
    if (key === 'href' && (tag === 'image' || tag === 'use') && !SAFE_LOAD.test(value)) problems.push(`<${tag} href=${value}>`);
  }
}
