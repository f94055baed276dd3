/**
 * The repository around the starter content: what makes `plan init DIR` a repository an organisation keeps its
 * plan in — its own package.json (planwerk as a dev dependency, so `npx plan` runs the installed planwerk), what
 * git ignores, editor settings, the CI workflow and a README for staff. As data: paths and texts.
 */
import type { PlannedFile } from '../report-plan.js';
import { INSTALLED_SCHEMAS, json, VSCODE_EXTENSIONS, vscodeSettings } from './editor.js';
import { staffReadme } from './readme.js';
import type { StarterLocale } from './texts.js';
import { workflowText } from './workflow.js';

export interface RepositoryOptions {
  organisation: string;
  start: number;
  end: number;
  locale: StarterLocale;
  /** The dependency spec for planwerk: `^<version>` by default, or e.g. `file:../planwerk-0.2.0.tgz`. */
  planwerk: string;
}

/** An npm package name from the organisation's name: lower-case ASCII words joined by hyphens. */
export function packageName(organisation: string, start: number, end: number): string {
  const words = organisation
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 180);
  return `${words || 'plan'}-${start}-${end}`;
}

export function packageJson(o: RepositoryOptions): string {
  return json({
    name: packageName(o.organisation, o.start, o.end),
    private: true,
    description: o.locale === 'en' ? `${o.organisation}: plan ${o.start}-${o.end}` : `${o.organisation}: meerjarenplan ${o.start}-${o.end}`,
    scripts: {
      validate: 'plan validate',
      build: 'plan build',
      dev: 'plan dev',
      check: 'plan validate --strict',
      doctor: 'plan doctor',
    },
    devDependencies: { planwerk: o.planwerk },
    engines: { node: '>=20.19' },
  });
}

/**
 * What git leaves out: installed packages (with planwerk's cache), the built documents, planwerk's change
 * reports, and what an interrupted build leaves beside them.
 */
export const GITIGNORE = `node_modules/
dist/
diff/
*.staging-[0-9]*
*.old-[0-9]*
`;

/** UTF-8 and LF everywhere (planwerk reads UTF-8); Markdown keeps trailing spaces, which can be a line break. */
export const EDITORCONFIG = `root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
indent_style = space
indent_size = 2
trim_trailing_whitespace = true

[*.md]
trim_trailing_whitespace = false
`;

export function repositoryFiles(o: RepositoryOptions): PlannedFile[] {
  return [
    { path: 'package.json', text: packageJson(o) },
    { path: '.gitignore', text: GITIGNORE },
    { path: '.editorconfig', text: EDITORCONFIG },
    { path: '.vscode/settings.json', text: json(vscodeSettings(INSTALLED_SCHEMAS)) },
    { path: '.vscode/extensions.json', text: json(VSCODE_EXTENSIONS) },
    { path: '.github/workflows/planwerk.yml', text: workflowText(o.locale) },
    staffReadme(o),
  ];
}

/**
 * Files an existing repository may already have: kept as they are (never overwritten), and named in init's output.
 * Anything else that exists (content, package.json, the workflow) stops init before it writes.
 */
export const KEPT_WHEN_PRESENT: ReadonlySet<string> = new Set([
  'README.md',
  '.gitignore',
  '.editorconfig',
  '.vscode/settings.json',
  '.vscode/extensions.json',
]);
