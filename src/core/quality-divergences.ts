/**
 * The quality report's section on divergences from the source: each divergence record and each correction that
 * names its source's lines, with the built document it shows in, the source and line range, what and why.
 * Sorted by document, source and first line, so the list reads along each source.
 */
import { sourcedCorrections } from './divergences.js';
import type { LinkContext } from './link/model.js';
import type { DocumentTarget, QualityFinding } from './quality.js';
import type { AnyValidDocument } from './validate.js';

const span = (lines: readonly [number, number]) => (lines[0] === lines[1] ? String(lines[0]) : `${lines[0]}–${lines[1]}`);

/** Where a divergence shows: the plan, a report by its id, or the context document. */
function documentTarget(ctx: LinkContext, id: string): DocumentTarget | undefined {
  if (id === 'context') return { document: 'context' };
  if (ctx.plan?.data.id === id) return { document: 'plan' };
  const report = ctx.reports.find((r) => r.data.id === id);
  return report ? { document: 'report', year: report.data.year } : undefined;
}

export function divergenceFindings(ctx: LinkContext, targetOf: (d: AnyValidDocument) => DocumentTarget): QualityFinding[] {
  const out: (QualityFinding & { from: number })[] = [];
  for (const d of ctx.divergences)
    d.data.items.forEach((item, i) => {
      const at = d.locate(['items', i]);
      const target = documentTarget(ctx, item.document);
      out.push({
        code: `divergence/${item.class}`,
        severity: 'info',
        message: item.reason,
        file: at.file,
        line: at.line,
        column: at.column,
        subject: item.document,
        ...(target ? { target } : {}),
        details: {
          document: item.document,
          source: item.source,
          lines: span(item.lines),
          class: item.class,
          text: item.text ?? item.pattern ?? null,
        },
        from: item.lines[0],
      });
    });
  for (const c of sourcedCorrections(ctx)) {
    const at = c.doc.locate(c.path);
    const target = targetOf(c.doc);
    const document =
      target.document === 'report' ? (ctx.reports.find((r) => r.data.year === target.year)?.data.id ?? '') : (ctx.plan?.data.id ?? '');
    out.push({
      code: 'content/correction',
      severity: 'info',
      message: c.text,
      file: at.file,
      line: at.line,
      column: at.column,
      subject: c.doc.data.id,
      target,
      details: { document, source: c.source, lines: span(c.lines), class: 'correction', text: `${c.doc.data.id}: ${c.path.join('.')}` },
      from: c.lines[0],
    });
  }
  const cmp = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);
  return out
    .sort(
      (a, b) =>
        cmp(String(a.details!.document), String(b.details!.document)) ||
        cmp(String(a.details!.source), String(b.details!.source)) ||
        a.from - b.from ||
        cmp(a.file ?? '', b.file ?? '') ||
        cmp(a.line ?? 0, b.line ?? 0),
    )
    .map(({ from: _, ...f }) => f);
}
