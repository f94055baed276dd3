/** npm run vsix packs editors/vscode into an installable .vsix (offline), with the manifest a person's VS Code reads. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { YAML_SCHEMA_FILES } from '../../src/commands/starter/editor.js';
import { ROOT, tempDir } from '../helpers.js';

test('npm run vsix writes a .vsix whose manifest starts the workspace planwerk, offers preview and check, and maps the YAML schemas it carries', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'planwerk.vsix');
  const r = spawnSync('npm', ['run', 'vsix', '--', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true' },
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
  const listing = execFileSync('unzip', ['-l', out], { encoding: 'utf8' });
  for (const f of ['extension.vsixmanifest', 'extension/package.json', 'extension/extension.js', 'extension/LICENSE.txt'])
    expect(listing).toContain(f);
  const manifest = JSON.parse(execFileSync('unzip', ['-p', out, 'extension/package.json'], { encoding: 'utf8' }));
  expect(manifest.publisher).toBe('planwerk');
  expect(manifest.repository).toBeDefined();
  expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(['planwerk.preview', 'planwerk.check']);
  // The YAML data files are mapped to the schemas inside the .vsix, the same map `plan init` writes to settings.
  const mapped = (manifest.contributes.yamlValidation as { fileMatch: string; url: string }[]).map((v) => [v.url, v.fileMatch]);
  expect(mapped).toEqual(YAML_SCHEMA_FILES.map(([file, glob]) => [`./schemas/${file}`, glob]));
  for (const [url] of mapped) {
    const packed = JSON.parse(execFileSync('unzip', ['-p', out, `extension/${url!.slice(2)}`], { encoding: 'utf8' }));
    expect(packed).toEqual(JSON.parse(await readFile(path.join(ROOT, url!), 'utf8')));
  }
  const js = execFileSync('unzip', ['-p', out, 'extension/extension.js'], { encoding: 'utf8' });
  // The workspace's own planwerk: the server, and preview and check in a terminal.
  expect(js).toMatch(/command: ["']npx["'],\s*args: \[["']plan["'], ["']lsp["']\]/);
  expect(js).toMatch(/`npx plan dev -c \$\{content\}`/);
  expect(js).toMatch(/`npx plan validate -c \$\{content\}`/);
  // The language client is in the bundle: the .vsix runs without an npm install, and needs nothing but VS Code.
  expect(js).toMatch(/LanguageClient\d* = class extends/);
  expect(js).not.toMatch(/require\(["']vscode-languageclient/);
  expect(listing).not.toContain('node_modules');
  // plan init recommends this very extension.
  const editor = await readFile(path.join(ROOT, 'src/commands/starter/editor.ts'), 'utf8');
  expect(editor).toContain(`'${manifest.publisher}.${manifest.name}'`);
  await rm(dir, { recursive: true, force: true });
}, 60_000);
