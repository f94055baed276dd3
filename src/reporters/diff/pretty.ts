/** plan diff's change list for a terminal: one line per change, its fields and inputs indented under it. */
import type { Location } from '../../core/diagnostics/index.js';
import type { Lang } from '../../core/diagnostics/types.js';
import { type DiffReport, isEmpty } from '../../core/diff/index.js';
import * as text from '../../core/diff/text.js';
import { safeText } from '../safe-text.js';
import { valueFormat } from './format.js';

const ANSI = { green: 32, red: 31, yellow: 33, dim: 2, bold: 1 } as const;

export function diffPretty(report: DiffReport, lang: Lang, options: { color: boolean; outShown: string }): string {
  const t = text.diffTexts(lang);
  // Every piece of the content's own text is made safe for the terminal (safe-text.ts) before it is painted.
  const entityName = (...a: Parameters<typeof text.entityName>) => safeText(text.entityName(...a));
  const fieldPath = (...a: Parameters<typeof text.fieldPath>) => safeText(text.fieldPath(...a));
  const figureName = (...a: Parameters<typeof text.figureName>) => safeText(text.figureName(...a));
  const structureText = (...a: Parameters<typeof text.structureText>) => safeText(text.structureText(...a));
  const fmt = valueFormat(report.locale);
  const valueText = (v: unknown, lang: Lang, key?: string) => safeText(text.valueText(v, lang, fmt, key));
  const paint = (style: keyof typeof ANSI, s: string) => (options.color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
  const sign = { added: paint('green', '+'), removed: paint('red', '-'), changed: paint('yellow', '~'), moved: paint('yellow', '↕') };
  const where = (at: Location | undefined, base = false) =>
    at ? paint('dim', `  ${safeText(at.file)}:${at.line}${base ? ` (${t.atBase})` : ''}`) : '';
  const red = (redline: string | undefined) => (redline ? paint('dim', `  → ${safeText(`${options.outShown}/${redline}`)}`) : '');
  const { model } = report;
  const lines = [paint('bold', t.title(report.base.ref, report.base.commit.slice(0, 12)))];
  if (isEmpty(model) && report.documents.every((d) => d.change === 'unchanged')) return `${[...lines, t.nothing].join('\n')}\n`;
  lines.push('', paint('bold', t.documents));
  for (const d of report.documents) lines.push(`  ${safeText(d.path)}  ${t.change[d.change]}${red(d.redline)}`);
  if (model.entities.length) {
    lines.push('', paint('bold', t.model));
    for (const c of model.entities) {
      lines.push(`${sign[c.change]} ${entityName(c, lang)} ${t.change[c.change]}${where(c.at, c.change === 'removed')}${red(c.redline)}`);
      for (const f of c.fields)
        lines.push(
          `    ${fieldPath(f.shown, lang)}: ${valueText(f.before, lang, text.fieldKey(f.shown))} → ${valueText(f.after, lang, text.fieldKey(f.shown))}${where(f.at)}`,
        );
    }
  }
  if (model.figures.length) {
    lines.push('', paint('bold', t.figures));
    for (const f of model.figures) {
      lines.push(`${sign.changed} ${figureName(f.ref, lang)}: ${valueText(f.before, lang)} → ${valueText(f.after, lang)}${red(f.redline)}`);
      const inputs = f.inputs.map(
        (i) =>
          `${entityName({ kind: i.kind, id: i.id, title: i.id }, lang)}${i.fields.length ? ` (${i.fields.map((s) => fieldPath(s, lang)).join('; ')})` : ''}`,
      );
      lines.push(`    ${t.movedBy}: ${inputs.length ? inputs.join(', ') : t.noInput}`);
    }
  }
  if (model.structure.length) {
    lines.push('', paint('bold', t.structure));
    for (const s of model.structure)
      lines.push(`${sign[s.change]} ${structureText(s, lang)}${where(s.at, s.change === 'removed')}${red(s.redline)}`);
  }
  return `${lines.join('\n')}\n`;
}
