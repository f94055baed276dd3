/**
 * GitHub Actions workflow commands. Only the first 10 annotations of each severity show on a pull request,
 * so every diagnostic also goes into the job summary table.
 */
import type { Diagnostic } from '../core/diagnostics/index.js';
import type { Reporter } from './types.js';

/** Escaping from the runner's rules: data escapes %, CR, LF; properties also “:” and “,”. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const props: string[] = [];
  if (d.file !== undefined) props.push(`file=${escapeProperty(d.file)}`);
  if (d.line !== undefined) props.push(`line=${d.line}`);
  if (d.column !== undefined) props.push(`col=${d.column}`);
  if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
  if (d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
  props.push(`title=${escapeProperty(d.code)}`);
  return `::${command} ${props.join(',')}::${escapeData(`${d.message} ${d.hint}`)}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const githubReporter: Reporter = ({ diagnostics: all, summary, lang, verbose }) => {
  // Notes (severity info) would crowd a pull request: annotate them only when asked; the summary lists all.
  const diagnostics = all;
  const lines = (verbose ? all : all.filter((d) => d.severity !== 'info')).map(annotation);
  const heading = lang === 'nl' ? 'planwerk: inhoudscontrole' : 'planwerk: content check';
  const counts =
    lang === 'nl'
      ? `${summary.errors} fout(en), ${summary.warnings} waarschuwing(en) in ${summary.files} bestanden`
      : `${summary.errors} error(s), ${summary.warnings} warning(s) in ${summary.files} files`;
  const table = diagnostics.map(
    (d) => `| ${d.severity} | \`${d.code}\` | ${cell(d.file ?? '')}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ''} | ${cell(d.message)} ${cell(d.hint)} |`,
  );
  const jobSummary = [
    `## ${heading}`,
    '',
    counts,
    '',
    ...(table.length > 0 ? ['| | code | location | message |', '|---|---|---|---|', ...table, ''] : []),
  ].join('\n');
  return { text: lines.length > 0 ? lines.join('\n') + '\n' : '', jobSummary };
};
