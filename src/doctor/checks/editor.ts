/**
 * Editor settings for VS Code in the project folder: `.vscode/settings.json` maps planwerk's JSON Schemas to the
 * content's YAML files (the YAML extension then completes and checks them as you type) and
 * `.vscode/extensions.json` recommends that extension. Missing or stale settings are warnings: the content
 * still validates, the editor only helps less.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT, shown } from '../paths.js';
import type { Finding, Said, Status } from '../types.js';

export const YAML_EXTENSION = 'redhat.vscode-yaml';

/** VS Code's settings are JSON with comments and trailing commas: both dropped (outside strings) before parsing. */
export function parseJsonc(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const end = /"(?:[^"\\]|\\.)*"/y;
      end.lastIndex = i;
      const m = end.exec(text);
      const s = m ? m[0] : text.slice(i);
      out += s;
      i += s.length - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

async function readJsonc(file: string): Promise<{ value: Record<string, unknown> } | { missing: true } | { error: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { missing: true };
  }
  try {
    const value = parseJsonc(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? { value: value as Record<string, unknown> }
      : { error: 'not an object' };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The schema files this planwerk ships (schemas/*.schema.json). */
function ourSchemas(): Set<string> {
  try {
    return new Set(readdirSync(path.join(PACKAGE_ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json')));
  } catch {
    return new Set(['content.schema.json']);
  }
}

export async function checkEditor(root: string, contentDir: string): Promise<Finding> {
  const schemasDir = path.join(PACKAGE_ROOT, 'schemas');
  const at = (p: string) => shown(root, p);
  // A schema inside the project is named from it (`./node_modules/planwerk/schemas/…`), one outside by its full path.
  const setting = (p: string) => (path.isAbsolute(at(p)) ? p : `./${at(p)}`);
  const schema = setting(path.join(schemasDir, 'content.schema.json'));
  const glob = `/${at(contentDir)}/**/*.yaml`;
  const issues: { message: Said; fix: Said }[] = [];
  const settings = await readJsonc(path.join(root, '.vscode', 'settings.json'));
  let mapped: string[] = [];
  if ('missing' in settings) issues.push({ message: (t) => t.editor.noSettings, fix: (t) => t.editor.fixSettings(schema, glob) });
  else if ('error' in settings) {
    const reason = settings.error;
    issues.push({ message: (t) => t.editor.badSettings(reason), fix: (t) => t.editor.fixSettings(schema, glob) });
  } else {
    const map = settings.value['yaml.schemas'];
    const known = ourSchemas();
    mapped =
      map !== null && typeof map === 'object' ? Object.keys(map).filter((k) => known.has(path.posix.basename(k.replace(/\\/g, '/')))) : [];
    if (mapped.length === 0) issues.push({ message: (t) => t.editor.noSchemas, fix: (t) => t.editor.fixSettings(schema, glob) });
    // A relative schema path is read from the project folder; a URL is left to the editor.
    const gone = mapped.filter((k) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(k) && !existsSync(path.resolve(root, k)));
    if (gone.length > 0)
      issues.push({ message: (t) => t.editor.missingSchemas(gone), fix: (t) => t.editor.fixMissingSchemas(`${setting(schemasDir)}/`) });
  }
  const extensions = await readJsonc(path.join(root, '.vscode', 'extensions.json'));
  const recommended =
    'value' in extensions && Array.isArray(extensions.value.recommendations) && extensions.value.recommendations.includes(YAML_EXTENSION);
  if (!recommended)
    issues.push({ message: (t) => t.editor.noExtension(YAML_EXTENSION), fix: (t) => t.editor.fixExtension(YAML_EXTENSION) });

  const status: Status = issues.length > 0 ? 'warning' : 'ok';
  const facts = { settings: !('missing' in settings), schemas: mapped.length, extension: recommended };
  if (issues.length === 0) return { id: 'editor', status, message: (t) => t.editor.ok(mapped.length, YAML_EXTENSION), facts };
  return {
    id: 'editor',
    status,
    message: (t) => issues.map((i) => i.message(t)).join('; '),
    fix: (t) => [...new Set(issues.map((i) => i.fix(t)))].join(' '),
    facts,
  };
}
