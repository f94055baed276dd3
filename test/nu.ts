/**
 * The W3C Nu HTML checker (vnu-jar on Java) over some files, with a known-bad control file in the same run: it
 * proves the checker ran and reports errors as JSON, so "no messages" cannot mean "nothing was checked".
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { ROOT, run } from './helpers.js';

const VNU_JAR = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

export interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Check `files` (errors only); the control file (written into `dir`) must fail. */
export async function nuCheck(dir: string, files: readonly string[]): Promise<{ of: (file: string) => NuMessage[]; stray: NuMessage[] }> {
  const control = path.join(dir, 'control-invalid.html');
  await writeFile(control, '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>\n');
  const { code, stderr } = await run('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', control, ...files]);
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(stderr) as typeof report;
  } catch {
    throw new Error(`vnu (exit ${code}) gave no JSON report:\n${stderr.slice(0, 2000)}`);
  }
  const of = (file: string) => report.messages.filter((m) => m.url === pathToFileURL(file).href || m.url === `file:${file}`);
  expect(of(control).length, 'the control file must fail').toBeGreaterThan(0);
  const known = new Set([control, ...files].flatMap(of));
  return { of, stray: report.messages.filter((m) => !known.has(m)) };
}
