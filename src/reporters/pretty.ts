/** For people: grouped by file, each diagnostic with a code frame, then one summary line. */

import type { Diagnostic } from '../core/diagnostics/index.js';
import { pushTo } from '../core/group.js';
import { safeText } from './safe-text.js';
import type { Reporter } from './types.js';

const ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof ANSI;

export const prettyReporter: Reporter = ({ diagnostics: all, summary, lang, sources, color, verbose }) => {
  const diagnostics = verbose ? all : all.filter((d) => d.severity !== 'info');
  const paint = (style: Style, s: string) => (color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
  const sevLabel = (d: Diagnostic) => {
    const label = lang === 'nl' ? { error: 'fout', warning: 'waarschuwing', info: 'info' }[d.severity] : d.severity;
    return paint(d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'cyan', label);
  };
  const out: string[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.file ?? '';
    pushTo(byFile, key, d);
  }
  for (const [file, list] of byFile) {
    out.push(paint('bold', file === '' ? (lang === 'nl' ? '(geen bestand)' : '(no file)') : safeText(file)));
    for (const d of list) {
      const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : '';
      out.push(`  ${where ? `${paint('dim', where)} ` : ''}${sevLabel(d)} ${safeText(d.message)} ${paint('dim', d.code)}`);
      const frame =
        d.file !== undefined && d.line !== undefined
          ? codeFrame(sources.get(d.file), d.line, d.column ?? 1, d.endLine === d.line ? d.endColumn : undefined)
          : [];
      for (const l of frame) out.push(`    ${paint('dim', l)}`);
      out.push(`    ${paint('cyan', lang === 'nl' ? 'tip:' : 'hint:')} ${safeText(d.hint)}`);
      for (const r of d.related) out.push(`    ${paint('dim', safeText(`${r.file}:${r.line}:${r.column}`))} ${safeText(r.message)}`);
    }
    out.push('');
  }
  out.push(summaryLine(summary, lang, verbose === true));
  return { text: `${out.join('\n')}\n` };
};

export function summaryLine(
  s: { files: number; errors: number; warnings: number; infos: number },
  lang: 'en' | 'nl',
  verbose = false,
): string {
  const notes =
    s.infos === 0
      ? ''
      : lang === 'nl'
        ? `, ${s.infos} ${s.infos === 1 ? 'notitie' : 'notities'}${verbose ? '' : ' (toon ze met --verbose)'}`
        : `, ${s.infos} ${s.infos === 1 ? 'note' : 'notes'}${verbose ? '' : ' (list them with --verbose)'}`;
  return lang === 'nl'
    ? `${s.files} bestanden gecontroleerd: ${s.errors} ${s.errors === 1 ? 'fout' : 'fouten'}, ${s.warnings} ${s.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}${notes}.`
    : `${s.files} files checked: ${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}${notes}.`;
}

/**
 * Two lines of context before, the line itself with a caret under the node, one line after. A tab shows as one
 * space, a line's CR (CRLF files) is dropped, other control characters are escaped (safeText) and the caret
 * moves with their escapes.
 */
export function codeFrame(text: string | undefined, line: number, column: number, endColumn?: number): string[] {
  if (text === undefined) return [];
  const lines = text.split('\n');
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const shown = (s: string) => safeText(s.replace(/\t/g, ' '));
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const src = (lines[n - 1] ?? '').replace(/\r$/, '');
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${shown(src)}`);
    if (n === line) {
      const span = endColumn !== undefined && endColumn > column ? endColumn - column : 1;
      const before = shown(src.slice(0, Math.max(0, column - 1))).length + Math.max(0, column - 1 - src.length);
      const under = Math.max(1, shown(src.slice(column - 1, column - 1 + span)).length, span);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(before)}${'^'.repeat(Math.min(under, 80))}`);
    }
  }
  return out;
}

/** One line per diagnostic, for commands whose main output is something else (plan build). */
export const compactReporter: Reporter = ({ diagnostics: all, summary, lang, verbose }) => {
  const diagnostics = verbose ? all : all.filter((d) => d.severity !== 'info');
  const lines = diagnostics.map((d) => {
    const where = d.file === undefined ? '' : `${safeText(d.file)}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ''}: `;
    return `${where}${d.severity} ${safeText(d.message)} [${d.code}]`;
  });
  return { text: `${[...lines, summaryLine(summary, lang, verbose === true)].join('\n')}\n` };
};
