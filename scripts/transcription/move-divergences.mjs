#!/usr/bin/env node
// Drop from scripts/transcription-allow.json every entry the content's divergences record now explains (see
// scripts/transcription/divergences.mjs `coveredBy`), so that each difference is explained once. Re-run it after
// merging new allow-list entries; it prints what it dropped.
//
//   node scripts/transcription/move-divergences.mjs [--content DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coveredBy, readDivergences } from './divergences.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const content = resolve(args.includes('--content') ? args[args.indexOf('--content') + 1] : join(ROOT, 'content'));
const file = join(ROOT, 'scripts', 'transcription-allow.json');
const allow = JSON.parse(readFileSync(file, 'utf8'));
const { items } = readDivergences(content);
let dropped = 0;
for (const section of ['missing', 'flattened', 'output']) {
  allow[section] = (allow[section] ?? []).filter((entry) => {
    const d = coveredBy(section, entry, items);
    if (d) {
      dropped++;
      console.log(
        `${section}: ${entry.doc ?? entry.seed} ${entry.pattern ?? entry.lines?.join('-')} → ${d.document} ${d.source}:${d.lines.join('-')}`,
      );
    }
    return !d;
  });
}
writeFileSync(file, `${JSON.stringify(allow, null, 2)}\n`);
console.log(`${dropped} entr${dropped === 1 ? 'y' : 'ies'} dropped from scripts/transcription-allow.json.`);
