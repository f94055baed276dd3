#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (compiled by `npm run build`, and before `npm pack` by prepack).
import { existsSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';

// V8's compile cache (Node 22.1 and later): the compiled code of planwerk and its libraries is kept between runs,
// which spares a cold `plan validate` most of its time loading code. Only in planwerk's own cache folder, and only
// when a run has made it (this never creates a folder); not with --no-cache, which reads and writes nothing there.
// Node 20 has no such cache: nothing changes there. Enabled before the CLI is imported, so it covers all of it.
const cacheDir = path.join(process.cwd(), 'node_modules', '.cache', 'planwerk');
if (typeof module.enableCompileCache === 'function' && !process.argv.includes('--no-cache') && existsSync(cacheDir)) {
  module.enableCompileCache(path.join(cacheDir, 'compile'));
}

const { main } = await import('../lib/src/cli.js');

process.exitCode = await main(process.argv, {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
});
