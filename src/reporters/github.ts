/**
 * GitHub Actions workflow commands. A pull request shows only the first 10 annotations of each severity, so
 * errors come first, then warnings (notes only with --verbose), each with the changed files first. The job summary
 * table lists the same findings as the annotations: notes belong to --verbose there too, and the count says so.
 */
import type { Diagnostic } from '../core/diagnostics/index.js';
import { docsLink, urgentFirst } from './order.js';
import { safeText } from './safe-text.js';
import type { Reporter } from './types.js';

/**
 * Escaping from the runner's rules: data escapes %, CR, LF; properties also “:” and “,”. Text from content has
 * its control characters escaped first (safeText): the runner's log is a terminal too.
 */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A job summary keeps its first rows: GitHub caps a summary at 1 MiB, and nobody reads further. */
export const SUMMARY_ROWS = 1000;

function annotation(d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const props: string[] = [];
  if (d.file !== undefined) props.push(`file=${escapeProperty(safeText(d.file))}`);
  if (d.line !== undefined) props.push(`line=${d.line}`);
  if (d.column !== undefined) props.push(`col=${d.column}`);
  if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
  if (d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
  props.push(`title=${escapeProperty(d.code)}`);
  return `::${command} ${props.join(',')}::${escapeData(safeText(`${d.message} ${d.hint}`))}`;
}

/** A table cell: one line, control characters and bidi overrides escaped (safeText), its pipes and backslashes too. */
const cell = (s: string) =>
  safeText(s.replace(/[\r\n]+/g, ' '))
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|');

/** The file at the commit, when the CI says which repository and commit this is. */
function fileLink(d: Diagnostic, env: Readonly<Record<string, string | undefined>>): string {
  if (d.file === undefined) return '';
  const where = `${d.file}${d.line !== undefined ? `:${d.line}` : ''}`;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return cell(where);
  const path = d.file.split('/').map(encodeURIComponent).join('/');
  return `[${cell(where)}](${server}/${repo}/blob/${sha}/${path}${d.line !== undefined ? `#L${d.line}` : ''})`;
}

export const githubReporter: Reporter = ({ diagnostics: all, summary, lang, verbose, changedFiles, env = {} }) => {
  const nl = lang === 'nl';
  const ordered = urgentFirst(all, changedFiles);
  // Notes (severity info) would crowd a pull request and its summary: list them only when asked.
  const listed = verbose ? ordered : ordered.filter((d) => d.severity !== 'info');
  const lines = listed.map(annotation);
  const label = nl ? { error: 'fout', warning: 'waarschuwing', info: 'notitie' } : { error: 'error', warning: 'warning', info: 'note' };
  const counts = nl
    ? `${summary.errors} fout(en), ${summary.warnings} waarschuwing(en), ${summary.infos} notitie(s) in ${summary.files} bestanden`
    : `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} note(s) in ${summary.files} files`;
  const notesHidden =
    !verbose && summary.infos > 0 ? (nl ? ' (de notities staan in de lijst met `--verbose`)' : ' (`--verbose` lists the notes)') : '';
  const rows = listed
    .slice(0, SUMMARY_ROWS)
    .map(
      (d) => `| ${label[d.severity]} | ${fileLink(d, env)} | [\`${d.code}\`](${docsLink(d.code)}) | ${cell(d.message)} ${cell(d.hint)} |`,
    );
  const rest = listed.length - rows.length;
  const jobSummary = [
    `## ${nl ? 'planwerk: inhoudscontrole' : 'planwerk: content check'}`,
    '',
    `${counts}${notesHidden}`,
    '',
    ...(rows.length > 0
      ? [nl ? '| | plaats | code | boodschap |' : '| | location | code | message |', '|---|---|---|---|', ...rows, '']
      : []),
    ...(rest > 0
      ? [
          nl
            ? `… en nog ${rest} meer (zie de volledige lijst met \`plan validate\`).`
            : `… and ${rest} more (run \`plan validate\` for the full list).`,
          '',
        ]
      : []),
  ].join('\n');
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', jobSummary };
};
