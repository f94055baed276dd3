// npm run vsix [-- --out <file>]: pack editors/vscode into a .vsix with @vscode/vsce, offline (no dependency walk),
// with the project's LICENSE beside it so vsce does not ask.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, 'editors', 'vscode');
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = path.resolve(at >= 0 ? args[at + 1] : path.join(root, 'planwerk-vscode.vsix'));
copyFileSync(path.join(root, 'LICENSE'), path.join(ext, 'LICENSE'));
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: ext, stdio: 'inherit' });
rmSync(path.join(ext, 'LICENSE'), { force: true });
process.exit(r.status ?? 1);
