// Benchmark: generate a synthetic organisation with N actions (plus goals, sub-projects and progress entries)
// and time `plan validate` on it. Usage: node scripts/bench-validate.mjs [actions=5000]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? 5000);
const dir = mkdtempSync(path.join(tmpdir(), 'planwerk-bench-'));
const c = path.join(dir, 'content');
for (const sub of ['goals', 'actions', 'progress']) mkdirSync(path.join(c, sub), { recursive: true });

const sds = 10;
const odsPerSd = 20;
writeFileSync(
  path.join(c, 'plan.md'),
  `---\nkind: plan\nid: plan\ntitle: Bench\norganisation: {name: Bench}\nperiod: {start: 2021, end: 2025}\nlocale: nl-BE\nthemes:\n  - {id: t, title: T, goal: sd0}\n---\n`,
);
writeFileSync(path.join(c, 'report.md'), `---\nkind: report\nid: r2021\nyear: 2021\ntitle: R\norganisation: Bench\n---\n`);
let files = 2;
for (let s = 0; s < sds; s++) {
  writeFileSync(path.join(c, 'goals', `sd${s}.md`), `---\nkind: goal\nid: sd${s}\nlevel: strategic\ntitle: SD ${s}\nstatement: S\n---\n`);
  files++;
  for (let o = 0; o < odsPerSd; o++) {
    writeFileSync(
      path.join(c, 'goals', `sd${s}-od${o}.md`),
      `---\nkind: goal\nid: sd${s}-od${o}\nlevel: operational\nparent: sd${s}\ntheme: t\ntitle: OD\nstatement: S\n---\nToelichting ${'lorem ipsum '.repeat(30)}\n`,
    );
    files++;
  }
}
for (let a = 0; a < n; a++) {
  const od = `sd${a % sds}-od${a % odsPerSd}`;
  // Every third action is a sub-project of the next one.
  const kind = a % 3 === 0 && a + 1 < n ? 'sub-project' : 'strategic-action';
  writeFileSync(
    path.join(c, 'actions', `a${a}.md`),
    `---\nkind: ${kind}\nid: a${a}\ntitle: Actie ${a}\n${kind === 'sub-project' ? `parent: a${a + 1}\n` : ''}timing: {start: 2021-01-01, end: 2025-12-31}\npartners: [A, B, C]\ngoals:\n  - {id: ${od}, strength: contributes}\n---\n\n## Context\n\n${'Tekst van de actie. '.repeat(40)}\n`,
  );
  writeFileSync(
    path.join(c, 'progress', `p${a}.md`),
    `---\nkind: progress\nid: p${a}\nproject: a${a}\nyear: 2021\ntheme: t\nratings: {cooperation: not-stated, politicalResults: not-stated, participation: not-stated}\nstatus: on-schedule\ndossiers: []\n---\n\n## Terugblik\n\n${'Verslag. '.repeat(60)}\n`,
  );
  files += 2;
}

const bin = path.join(root, 'bin', 'plan.js');
const runs = [];
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  let out = '';
  try {
    out = execFileSync(process.execPath, [bin, 'validate', '--reporter', 'json'], { cwd: dir, maxBuffer: 1 << 30 }).toString();
  } catch (e) {
    out = e.stdout.toString();
  }
  runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (i === 0) console.log('summary', JSON.stringify(JSON.parse(out).summary));
}
const best = Math.min(...runs);
console.log(
  `${files} files: validate best of 3 ${best.toFixed(0)} ms (${((files / best) * 1000).toFixed(0)} files/s); runs ${runs.map((r) => r.toFixed(0)).join(', ')} ms`,
);
if (process.env.KEEP) console.log(dir);
else rmSync(dir, { recursive: true, force: true });
