/**
 * A style sheet the content brings: find what it would load (`@import`, `url()`/`src()` to anything but a
 * data: URL), which is an error because the documents fetch nothing, and make it safe to inline in `<style>`.
 * A small scanner rather than a full CSS parser: it skips comments and strings, which is all finding these needs.
 */
export interface CssReference {
  reference: string;
  line: number;
  column: number;
}

export function cssReferences(css: string): CssReference[] {
  const out: CssReference[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const advance = (to: number) => {
    for (; i < to && i < css.length; i++) {
      if (css[i] === '\n') {
        line++;
        column = 1;
      } else column++;
    }
  };
  const isIdent = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
  while (i < css.length) {
    const c = css[i]!;
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      advance(end < 0 ? css.length : end + 2);
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      advance(j + 1);
    } else if (c === '@' && /^@import\b/i.test(css.slice(i, i + 8))) {
      const end = css.indexOf(';', i);
      out.push({ reference: css.slice(i, end < 0 ? css.length : end).trim(), line, column });
      advance(end < 0 ? css.length : end + 1); // its url() is part of the same reference
    } else if (!isIdent(css[i - 1]) && /^(?:url|src)\(/i.exec(css.slice(i, i + 4))) {
      const open = css.indexOf('(', i);
      const close = css.indexOf(')', open);
      const arg = css
        .slice(open + 1, close < 0 ? css.length : close)
        .trim()
        .replace(/^["']|["']$/g, '')
        .trim();
      if (!/^data:/i.test(arg) && !arg.startsWith('#'))
        out.push({ reference: css.slice(i, close < 0 ? css.length : close + 1), line, column });
      advance(close < 0 ? css.length : close + 1);
    } else advance(i + 1);
  }
  return out;
}

/**
 * Inline-safe: inside `<style>` only `</style` ends the element, so it is escaped (`\/` is `/` in CSS, and
 * outside a string the sequence is invalid CSS either way, so nothing valid changes meaning).
 */
export function inlineSafeCss(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
