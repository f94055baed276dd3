#!/usr/bin/env node
// Long fuzzing run: the property tests of test/unit/fuzz.test.ts with many more cases (default 10,000), then the
// figures: cases run, diagnostic codes hit, failures. Usage: node scripts/fuzz.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 10000);
const dir = mkdtempSync(path.join(tmpdir(), 'planwerk-fuzz-'));
const statsFile = path.join(dir, 'stats.json');
const started = Date.now();
const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/unit/fuzz.test.ts'], {
  cwd: root,
  env: { ...process.env, PLANWERK_FUZZ_RUNS: String(runs), PLANWERK_FUZZ_STATS: statsFile },
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
});
let stats;
try {
  stats = JSON.parse(readFileSync(statsFile, 'utf8'));
} catch {
  process.stdout.write(r.stdout + r.stderr);
  console.error('fuzz: the run wrote no figures');
  process.exit(2);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const codes = Object.entries(stats.codes).sort((a, b) => b[1] - a[1]);
console.log(
  `cases:          ${stats.cases} (compile property, ${stats.seconds.toFixed(1)} s; whole run ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(`distinct codes: ${codes.length}`);
for (const [code, n] of codes) console.log(`  ${String(n).padStart(7)}  ${code}`);
console.log(`failures:       ${r.status === 0 ? 0 : 'see below'}`);
if (r.status !== 0) process.stdout.write(r.stdout + r.stderr);
process.exit(r.status === 0 ? 0 : 1);
