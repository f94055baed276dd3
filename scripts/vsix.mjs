// npm run vsix [-- --out <file>]: pack editors/vscode into an installable .vsix with @vscode/vsce, offline. The
// extension and its language client (vscode-languageclient, a devDependency here) are bundled into one file by
// esbuild in a staging folder, so the .vsix needs no npm install and vsce walks no dependencies. The JSON Schemas
// go in too: the manifest's yamlValidation maps the YAML data files to them (paths resolve against the extension's
// own folder), so a workspace without planwerk's `.vscode/settings.json` still gets them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, 'editors', 'vscode');
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = path.resolve(at >= 0 ? args[at + 1] : path.join(root, 'planwerk-vscode.vsix'));

const stage = mkdtempSync(path.join(tmpdir(), 'planwerk-vsix-'));
try {
  await build({
    entryPoints: [path.join(ext, 'extension.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    outfile: path.join(stage, 'extension.js'),
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'warning',
  });
  // The manifest without its dependencies: they are in the bundle.
  const manifest = JSON.parse(readFileSync(path.join(ext, 'package.json'), 'utf8'));
  delete manifest.dependencies;
  writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  copyFileSync(path.join(ext, 'README.md'), path.join(stage, 'README.md'));
  copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));
  cpSync(path.join(root, 'schemas'), path.join(stage, 'schemas'), { recursive: true });
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
