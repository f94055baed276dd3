/** `plan doctor` in English. */

import type { DoctorTexts } from './types.js';
import { list, planCommand } from './types.js';

const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
const and = (items: readonly string[]) => list(items, 'and');
const or = (items: readonly string[]) => list(items, 'or');

export const en: DoctorTexts = {
  heading: (version) => `planwerk ${version}: checking this machine and this project`,
  status: { ok: 'ok', warning: 'warning', problem: 'problem' },
  label: {
    node: 'Node.js',
    planwerk: 'planwerk',
    chromium: 'Chromium',
    fonts: 'fonts',
    content: 'content',
    cache: 'cache',
    git: 'git',
    editor: 'editor',
  },
  summary: (problems, warnings) =>
    problems === 0 && warnings === 0
      ? 'Everything is ready.'
      : [
          problems > 0 ? `${problems} ${problems === 1 ? 'problem' : 'problems'}` : '',
          warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
        ]
          .filter(Boolean)
          .join(' and ') + (problems > 0 ? ': fix the problems first.' : ': planwerk works; the warnings say what would help.'),
  node: {
    ok: (v, min) => `${v} (planwerk needs ${min} or later)`,
    old: (v, min) => `${v} is too old: planwerk needs ${min} or later`,
    fixOld: (min) => `Install Node.js ${min} or later (https://nodejs.org, or your system's package manager), then run the command again.`,
  },
  planwerk: { ok: (v, where) => `${v}, installed in ${where}` },
  chromium: {
    ok: (v, path, source) => `${v} started and closed (${path}, ${source === 'system' ? 'found on the system' : `from ${source}`})`,
    notExecutable: (given) => `${and(given)}: not an executable file; a browser named there is used or none, so no PDF can be printed`,
    notFound: (tried) => `no Chromium found (looked for ${or(tried)}), so no PDF can be printed`,
    fixMissing:
      'Install Chromium (Debian: `apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium; until then `plan build --format html` builds everything but the PDFs.',
    fixExplicit: (names) =>
      `Point ${or(names)} at an installed Chrome or Chromium, or unset ${names.length === 1 ? 'it' : 'them'} to use the system's (Debian: \`apt-get install chromium\`); until then \`plan build --format html\` builds everything but the PDFs.`,
    fixTimeout: 'Set PLANWERK_PDF_TIMEOUT to a number of seconds, such as 60, or unset it (default 30).',
    ignored: (given, path, source) => `${and(given)}: not an executable file; using ${path} from ${source} instead`,
    fixIgnored: (names) => `Correct or unset ${and(names)}.`,
    failed: (reason) => `found but did not start: ${reason}`,
    fixFailed: (path) =>
      `Check that \`${path} --headless --version\` runs for this user (missing libraries, a snap without access to /tmp, too little memory), or set PUPPETEER_EXECUTABLE_PATH to another Chrome or Chromium; PLANWERK_PDF_TIMEOUT gives a slow machine more seconds. Until then \`plan build --format html\` builds everything but the PDFs.`,
  },
  fonts: {
    ok: (families, lang, locale) =>
      `${and(families)} ${families.length === 1 ? 'covers' : 'cover'} the documents' language (${locale}, fontconfig: ${lang})`,
    noFontconfig: 'cannot check: fc-list (fontconfig) is not installed, which is how Chromium finds fonts on Linux',
    fixFontconfig:
      'Debian: `apt-get install fontconfig fonts-liberation2 fonts-dejavu-core`. On macOS and Windows the system fonts serve; this warning can be ignored there.',
    brandMissing: (families, lang, instead) =>
      `the branding's font ${and(families.map((f) => `“${f}”`))} is not installed for ${lang} and has no \`file\`: the PDFs use ${instead ?? 'another font'} instead`,
    fixBrand:
      "Install the font on every machine that builds (CI too), or give it a `file:` (and `boldFile:`) in the plan's `branding.fonts`, which embeds it.",
    none: (families, lang) =>
      `none of the fonts the print styles ask for (${and(families)}) covers ${lang}: Chromium picks another, and the PDFs look different`,
    fallback: (wanted, used, lang) => `${wanted} is not installed for ${lang}: the PDFs use ${used} instead`,
    fixInstall: 'Debian: `apt-get install fonts-liberation2 fonts-dejavu-core`, then build with `--no-cache` once so the PDFs use them.',
  },
  content: {
    ok: (dir, plan, locale, n) => `${dir}/: plan ${plan}${locale ? ` (${locale})` : ''}, ${files(n)}, no errors`,
    notFound: (dir) => `no content folder at ${dir}/`,
    notFolder: (dir) => `${dir} is not a folder`,
    fixNotFound: (dir) =>
      `Run the command in the project folder, or name the content folder with \`-c DIR\`; \`plan init\` starts a new project${dir === 'content' ? '' : ` (looked for ${dir})`}.`,
    unreadable: (dir, reason) => `${dir}/ cannot be read: ${reason}`,
    fixUnreadable: (dir) => `Give this user permission to read ${dir}/ and everything in it.`,
    noPlan: (dir, n) => `${dir}/ holds no plan (${files(n)} read): every document belongs to a plan`,
    fixNoPlan: (dir) =>
      `Add the plan with \`plan new plan <id>\`${dir === 'content' ? '' : ` -c ${dir}`}, or point \`-c\` at the folder that has one; \`plan init\` starts a new project.`,
    manyPlans: (dir, ids) => `${dir}/ holds ${ids.length} plans (${and(ids)}); a content folder holds exactly one`,
    fixManyPlans: (dir) =>
      `Keep one plan in ${dir}/ (a later plan period goes in a project of its own); ${planCommand('validate', dir)} shows where they are.`,
    errors: (dir, plan, n, errors) =>
      `${dir}/: plan ${plan}, ${files(n)}, ${errors} ${errors === 1 ? 'error' : 'errors'}: \`plan build\` refuses content with errors`,
    fixErrors: (dir) => `Run ${planCommand('validate', dir)}: it shows every error at its file, line and column, with what to do.`,
  },
  cache: {
    ok: (dir) => `${dir}/ is writable`,
    notYet: (dir) => `${dir}/ does not exist yet; the first \`plan validate\` or \`plan build\` creates it`,
    disabled: (dir) => `not used (--no-cache); it would be ${dir}/`,
    notFolder: (dir) => `${dir} is not a folder, so nothing is cached and every run starts cold`,
    fixNotFolder: (dir) => `Move ${dir} out of the way; planwerk creates the folder on its next run.`,
    unwritable: (dir, reason) => `${dir}/ cannot be written (${reason}): every run starts cold`,
    cannotCreate: (dir, parent, reason) => `${dir}/ cannot be created: ${parent}/ is not writable (${reason}), so every run starts cold`,
    fixUnwritable: (dir) => `Give this user write permission on ${dir}/ (in CI: run planwerk as the user who installed node_modules).`,
  },
  git: {
    ok: (v, repo) => `${v}; the project is in the repository ${repo}`,
    missing: 'git is not installed: `plan validate --changed` and sharing changes through a repository need it',
    fixMissing: 'Install git (Debian: `apt-get install git`; https://git-scm.com).',
    noRepository: (v, root) =>
      `${v}; ${root}/ is not in a git repository, so changes have no history and \`plan validate --changed\` cannot work`,
    fixNoRepository: (root) => `Run \`git init\` in ${root}/ (\`plan init\` does it for a new project).`,
  },
  editor: {
    ok: (n, ext) => `.vscode/settings.json maps ${n} planwerk ${n === 1 ? 'schema' : 'schemas'}; .vscode/extensions.json recommends ${ext}`,
    noSettings: ".vscode/settings.json is missing, so VS Code does not check the YAML files against planwerk's schemas",
    badSettings: (reason) => `.vscode/settings.json cannot be read as JSON (${reason})`,
    noSchemas: '.vscode/settings.json maps no planwerk schema under "yaml.schemas"',
    fixSettings: (schema, glob) =>
      `\`plan init\` writes the editor settings for a new project; here, add to .vscode/settings.json: { "yaml.schemas": { "${schema}": ["${glob}"] } }.`,
    missingSchemas: (paths) => `"yaml.schemas" maps ${and(paths)}, which ${paths.length === 1 ? 'does' : 'do'} not exist`,
    fixMissingSchemas: (dir) => `Point them at planwerk's schemas in ${dir}.`,
    noExtension: (ext) => `.vscode/extensions.json does not recommend ${ext}, the extension that reads "yaml.schemas"`,
    fixExtension: (ext) => `Add to .vscode/extensions.json: { "recommendations": ["${ext}"] }.`,
  },
};
