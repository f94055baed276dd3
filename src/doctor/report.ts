/**
 * The findings for people (one line each: status, what, and on the next line what to do) or as one JSON object
 * whose shape is stable: `{ planwerk, lang, status, exitCode, counts, checks: [{ id, status, label, message,
 * fix, facts }] }`, with `fix` null when the check is ok. Texts come from the language's table.
 */
import { VERSION } from '../version.js';
import { en } from './texts/en.js';
import { nl } from './texts/nl.js';
import type { DoctorTexts } from './texts/types.js';
import type { DoctorOptions, Finding, Status } from './types.js';

const TEXTS: Record<DoctorOptions['lang'], DoctorTexts> = { en, nl };
const COLOUR: Record<Status, number> = { ok: 32, warning: 33, problem: 31 };

/** The worst status of all. */
const overall = (findings: readonly Finding[]): Status =>
  findings.some((f) => f.status === 'problem') ? 'problem' : findings.some((f) => f.status === 'warning') ? 'warning' : 'ok';

export function report(findings: readonly Finding[], options: Pick<DoctorOptions, 'lang' | 'reporter' | 'color'>): string {
  const t = TEXTS[options.lang];
  const count = (s: Status) => findings.filter((f) => f.status === s).length;
  if (options.reporter === 'json') {
    const status = overall(findings);
    const object = {
      planwerk: VERSION,
      lang: options.lang,
      status,
      exitCode: status === 'problem' ? 1 : 0,
      counts: { ok: count('ok'), warning: count('warning'), problem: count('problem') },
      checks: findings.map((f) => ({
        id: f.id,
        status: f.status,
        label: t.label[f.id],
        message: f.message(t),
        fix: f.fix ? f.fix(t) : null,
        facts: f.facts,
      })),
    };
    return `${JSON.stringify(object, null, 2)}\n`;
  }
  const paint = (s: Status, text: string) => (options.color ? `\u001b[${COLOUR[s]}m${text}\u001b[0m` : text);
  const statusWidth = Math.max(...Object.values(t.status).map((s) => s.length));
  const labelWidth = Math.max(...findings.map((f) => t.label[f.id].length));
  const indent = ' '.repeat(statusWidth + labelWidth + 4);
  const lines = [t.heading(VERSION), ''];
  for (const f of findings) {
    lines.push(`${paint(f.status, t.status[f.status].padEnd(statusWidth))}  ${t.label[f.id].padEnd(labelWidth)}  ${f.message(t)}`);
    if (f.fix && f.status !== 'ok') lines.push(`${indent}→ ${f.fix(t)}`);
  }
  lines.push('', t.summary(count('problem'), count('warning')));
  return `${lines.join('\n')}\n`;
}
