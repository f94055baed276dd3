/**
 * Editor settings for a content repository: which JSON Schema checks which YAML data file (for the YAML language
 * server of VS Code and others). One list, used by `plan init` (schemas inside the installed package) and kept in
 * step by tests with planwerk's own `.vscode/settings.json` (schemas in the checkout) and the VS Code extension's
 * `yamlValidation` (schemas inside the .vsix).
 */

/** Schema file (in planwerk's `schemas/`) → the content paths of that kind of YAML file, by convention. */
export const YAML_SCHEMA_FILES: readonly (readonly [schema: string, glob: string])[] = [
  ['staffing.schema.json', 'content/staffing.yaml'],
  ['municipalities.schema.json', 'content/municipalities.yaml'],
  ['extension-request.schema.json', 'content/extension-request.yaml'],
  ['budget.schema.json', 'content/budget/*.yaml'],
  ['statistics.schema.json', 'content/statistics/*.yaml'],
  ['partnerships.schema.json', 'content/reports/*/partnerships/*.yaml'],
  ['targets.schema.json', 'content/**/targets.yaml'],
];

/** Where the schemas are, seen from the repository root: the installed package in a content repository. */
export const INSTALLED_SCHEMAS = './node_modules/planwerk/schemas';

/** `.vscode/settings.json`: the YAML schemas, Markdown suggestions in front matter, and the content folder for the client. */
export function vscodeSettings(schemas: string): Record<string, unknown> {
  return {
    'yaml.schemas': Object.fromEntries(YAML_SCHEMA_FILES.map(([file, glob]) => [`${schemas}/${file}`, glob])),
    'files.associations': { 'content/**/*.md': 'markdown' },
    '[markdown]': { 'editor.quickSuggestions': { other: true, comments: false, strings: true } },
    'planwerk.content': 'content',
  };
}

/** `.vscode/extensions.json`: planwerk's own extension (publisher.name of editors/vscode) and the YAML language server the schemas are for. */
export const VSCODE_EXTENSIONS = { recommendations: ['planwerk.planwerk-vscode', 'redhat.vscode-yaml'] };

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
