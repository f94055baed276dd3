/**
 * `plan dev` keeps no composition of its own: it serves what the composition root (src/run/preview.ts) made with
 * the build's own steps. So nothing in src/dev/ reads files, parses, checks, renders or loads content itself.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

/** What only the composition root may assemble (value imports; types are fine). */
const FORBIDDEN = [
  /^node:fs(\/promises)?$/,
  /\/core\/(pipeline|parse|validate|outputs)\.js$/,
  /\/core\/link\//,
  /\/render\/(index|body-cache|markdown)\.js$/,
  /\/run\/(compile|files|make|produce)\.js$/,
];

test('src/dev imports nothing that reads, checks or renders content', async () => {
  const offences: string[] = [];
  for (const name of await readdir(path.join(ROOT, 'src', 'dev'))) {
    const text = await readFile(path.join(ROOT, 'src', 'dev', name), 'utf8');
    for (const m of text.matchAll(/^import\s+(type\s+)?[^'";]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
      const from = m[2] ?? m[3]!;
      if (m[1] === undefined && FORBIDDEN.some((re) => re.test(from))) offences.push(`src/dev/${name} imports ${from}`);
    }
  }
  expect(offences).toEqual([]);
});
