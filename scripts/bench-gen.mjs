#!/usr/bin/env node
// Generate valid content for benchmarks: one plan and report, goals, strategic actions with sub-projects, and a
// progress entry per action, each with a Markdown body of about 2.3 KB (headings, a list, a table, links to
// other entities). N is the number of documents in total.
//
//   node scripts/bench-gen.mjs --count 10000 --out ../bench-10k
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Markdown body: ~2.3 KB, deterministic per index. */
export function body(i, linkTo) {
  const words = 'het project werkt samen met partners in de buurt aan ontmoeting en ondersteuning van bewoners'.split(' ');
  const sentence = (k) => {
    const n = 10 + ((i + k) % 7);
    const w = Array.from({ length: n }, (_, j) => words[(i * 7 + k * 3 + j) % words.length]);
    return `${w[0][0].toUpperCase() + w.join(' ').slice(1)}.`;
  };
  const para = (k) => Array.from({ length: 5 }, (_, j) => sentence(k * 5 + j)).join(' ');
  return [
    `## Context ${i}`,
    '',
    para(1),
    '',
    `Zie ook [de gekoppelde doelstelling](@${linkTo}) en [de website](https://example.org/p/${i}).`,
    '',
    '### Aanpak',
    '',
    `- ${sentence(2)}`,
    `- ${sentence(3)}`,
    `- ${sentence(4)} **Belangrijk**: ${i % 11} partners.`,
    '',
    para(2),
    '',
    '| Jaar | Deelnemers | Activiteiten |',
    '| ---- | ---------: | -----------: |',
    `| 2021 | ${(i * 13) % 97} | ${(i * 7) % 23} |`,
    `| 2022 | ${(i * 17) % 89} | ${(i * 5) % 19} |`,
    '',
    '### Resultaten',
    '',
    para(3),
    '',
    para(4),
    '',
  ].join('\n');
}

export function generate(count, out) {
  rmSync(out, { recursive: true, force: true });
  const c = path.join(out, 'content');
  for (const sub of ['goals', 'actions', 'progress']) mkdirSync(path.join(c, sub), { recursive: true });
  const sds = 10;
  const odsPerSd = 20;
  const w = (p, s) => writeFileSync(path.join(c, p), s);
  w(
    'plan.md',
    `---\nkind: plan\nid: plan\ntitle: Bench\norganisation: {name: Bench}\nperiod: {start: 2021, end: 2025}\nlocale: nl-BE\nthemes:\n  - {id: t, title: T, goal: sd0}\n---\n`,
  );
  w('report.md', `---\nkind: report\nid: r2021\nyear: 2021\ntitle: R\norganisation: Bench\n---\n`);
  let files = 2;
  for (let s = 0; s < sds; s++) {
    w(`goals/sd${s}.md`, `---\nkind: goal\nid: sd${s}\nlevel: strategic\ntitle: SD ${s}\nstatement: S\n---\n`);
    files++;
    for (let o = 0; o < odsPerSd; o++) {
      w(
        `goals/sd${s}-od${o}.md`,
        `---\nkind: goal\nid: sd${s}-od${o}\nlevel: operational\nparent: sd${s}\ntheme: t\ntitle: OD\nstatement: S\n---\n${body(s * 100 + o, `sd${s}`)}`,
      );
      files++;
    }
  }
  // Actions and their progress entries fill the rest (two files per action).
  const actions = Math.max(1, Math.floor((count - files) / 2));
  for (let a = 0; a < actions; a++) {
    const k = a % (sds * odsPerSd); // every operational goal gets served
    const od = `sd${Math.floor(k / odsPerSd)}-od${k % odsPerSd}`;
    const kind = a % 3 === 0 && a + 1 < actions ? 'sub-project' : 'strategic-action';
    w(
      `actions/a${a}.md`,
      `---\nkind: ${kind}\nid: a${a}\ntitle: Actie ${a}\n${kind === 'sub-project' ? `parent: a${a + 1}\n` : ''}timing: {start: 2021-01-01, end: 2025-12-31}\npartners: [A, B, C]\ngoals:\n  - {id: ${od}, strength: contributes}\n---\n\n${body(a, od)}`,
    );
    w(
      `progress/p${a}.md`,
      `---\nkind: progress\nid: p${a}\nproject: a${a}\nyear: 2021\ntheme: t\nratings: {cooperation: not-stated, politicalResults: not-stated, participation: not-stated}\nstatus: on-schedule\ndossiers: []\n---\n\n${body(a + 100000, `a${a}`)}`,
    );
    files += 2;
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const out = path.resolve(arg('out', 'bench-content'));
  const files = generate(Number(arg('count', 1000)), out);
  console.log(`${files} files in ${path.join(out, 'content')}`);
}
