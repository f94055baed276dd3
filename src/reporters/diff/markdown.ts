/**
 * plan diff's change list as Markdown: for a GitHub job summary or a pull request comment (readable without
 * opening a file), and `changes.md` in the --out folder beside the redlines it links to. Away from the redlines
 * (`artifact`: a job summary, whose relative links would lead nowhere) it names them instead of linking, and
 * says once which artifact of the run holds them.
 */

import type { Location } from '../../core/diagnostics/index.js';
import type { Lang } from '../../core/diagnostics/types.js';
import type { DiffReport, EntityChange, FieldChange, FigureChange } from '../../core/diff/index.js';
import { isEmpty } from '../../core/diff/index.js';
import {
  diffTexts,
  entityName,
  fieldKey,
  fieldPath,
  figureName,
  structureText,
  type ValueFormat,
  valueText,
} from '../../core/diff/text.js';
import { valueFormat } from './format.js';

/** Markdown's special characters in running text, escaped (titles and values are the content's own text). */
const md = (s: string) => s.replace(/([\\`*_{}[\]<>#|!])/g, '\\$1');
const where = (at: Location | undefined, base: boolean, lang: Lang) =>
  at ? ` — \`${at.file}:${at.line}\`${base ? ` (${diffTexts(lang).atBase})` : ''}` : '';
/** How a redline is pointed at: a relative link beside it, or its file's name when it is in an artifact. */
type Pointer = (redline: string | undefined) => string;
const pointer =
  (lang: Lang, artifact: string | undefined): Pointer =>
  (redline) =>
    !redline ? '' : artifact ? ` — ${diffTexts(lang).redline}: \`${redline}\`` : ` — [${diffTexts(lang).redline}](${redline})`;
const SIGN = { added: '➕', removed: '➖', changed: '✏️' } as const;

const field = (f: FieldChange, lang: Lang, fmt: ValueFormat) => {
  const value = (v: unknown) => md(valueText(v, lang, fmt, fieldKey(f.shown)));
  return `  - ${md(fieldPath(f.shown, lang))}: ${value(f.before)} → ${value(f.after)} (\`${f.at.file}:${f.at.line}\`)`;
};

function entity(c: EntityChange, lang: Lang, fmt: ValueFormat, link: Pointer): string[] {
  const t = diffTexts(lang);
  return [
    `- ${SIGN[c.change]} ${md(entityName(c, lang))} ${t.change[c.change]}${where(c.at, c.change === 'removed', lang)}${link(c.redline)}`,
    ...c.fields.map((f) => field(f, lang, fmt)),
  ];
}

function figure(f: FigureChange, lang: Lang, fmt: ValueFormat, link: Pointer): string[] {
  const t = diffTexts(lang);
  const inputs = f.inputs.map(
    (i) =>
      `${md(`${entityName({ kind: i.kind, id: i.id, title: i.id }, lang)}`)}${i.fields.length ? ` (${md(i.fields.map((s) => fieldPath(s, lang)).join('; '))})` : ''}`,
  );
  return [
    `- ${md(figureName(f.ref, lang))}: ${md(valueText(f.before, lang, fmt))} → ${md(valueText(f.after, lang, fmt))}${link(f.redline)}`,
    `  - ${t.movedBy}: ${inputs.length ? inputs.join(', ') : t.noInput}`,
  ];
}

export function diffMarkdown(report: DiffReport, lang: Lang, options: { artifact?: string } = {}): string {
  const t = diffTexts(lang);
  const { model } = report;
  const fmt = valueFormat(report.locale);
  const link = pointer(lang, options.artifact);
  const lines = [`## ${md(t.title(report.base.ref, report.base.commit.slice(0, 12)))}`, ''];
  if (isEmpty(model) && report.documents.every((d) => d.change === 'unchanged')) return `${[...lines, t.nothing].join('\n')}\n`;
  if (options.artifact && report.documents.some((d) => d.redline)) lines.push(t.inArtifact(md(options.artifact)), '');
  lines.push(`### ${t.documents}`, '');
  for (const d of report.documents)
    lines.push(`- \`${d.path}\` ${d.title ? `“${md(d.title)}” ` : ''}— ${t.change[d.change]}${link(d.redline)}`);
  if (model.entities.length) lines.push('', `### ${t.model}`, '', ...model.entities.flatMap((c) => entity(c, lang, fmt, link)));
  if (model.figures.length) lines.push('', `### ${t.figures}`, '', ...model.figures.flatMap((f) => figure(f, lang, fmt, link)));
  if (model.structure.length)
    lines.push(
      '',
      `### ${t.structure}`,
      '',
      ...model.structure.map((s) => `- ${md(structureText(s, lang))}${where(s.at, s.change === 'removed', lang)}${link(s.redline)}`),
    );
  return `${lines.join('\n')}\n`;
}
