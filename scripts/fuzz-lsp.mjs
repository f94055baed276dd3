#!/usr/bin/env node
// Long fuzzing run of the language server: the property of test/e2e/lsp-fuzz.test.ts (random sequences of messages
// and malformed frames through one `plan lsp --stdio`) with many more cases. Build first (npx tsc -p tsconfig.json):
// the test runs bin/plan.js. Usage: node scripts/fuzz-lsp.mjs [runs=10000]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 10000);
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error('fuzz-lsp: give the number of runs, e.g. node scripts/fuzz-lsp.mjs 10000');
  process.exit(2);
}
const started = Date.now();
const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/e2e/lsp-fuzz.test.ts'], {
  cwd: root,
  env: { ...process.env, PLANWERK_LSP_FUZZ_RUNS: String(runs) },
  stdio: 'inherit',
});
console.log(
  `fuzz-lsp: ${runs} sequences in ${Math.round((Date.now() - started) / 1000)} s: ${r.status === 0 ? 'no failure' : 'FAILED (above)'}`,
);
process.exit(r.status ?? 1);
