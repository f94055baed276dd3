/** plan doctor's pure parts: the Node.js minimum from package.json, version order, VS Code's JSON with comments, the report. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseJsonc } from '../../src/doctor/checks/editor.js';
import { checkNode, compareVersions, minimumNode } from '../../src/doctor/checks/node.js';
import { report } from '../../src/doctor/report.js';
import { en } from '../../src/doctor/texts/en.js';
import type { Finding } from '../../src/doctor/types.js';
import { VERSION } from '../../src/version.js';
import { ROOT } from '../helpers.js';

describe('doctor', () => {
  test('the Node.js minimum is package.json’s engines.node; an older Node is a problem with the fix', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(`>=${minimumNode(ROOT)}`).toBe(pkg.engines.node);
    expect(minimumNode(path.join(ROOT, 'no-such-folder'))).toBe('20.19');
    const old = checkNode('20.18.3');
    expect(old.status).toBe('problem');
    expect(old.message(en)).toBe(`20.18.3 is too old: planwerk needs ${minimumNode()} or later`);
    expect(old.fix?.(en)).toContain('Install Node.js');
    expect(checkNode('22.0.0').status).toBe('ok');
    expect(checkNode(minimumNode()).status).toBe('ok');
  });

  test('versions compare part by part, numerically', () => {
    expect(compareVersions('20.19.0', '20.19')).toBe(0);
    expect(compareVersions('20.9', '20.19')).toBe(-1);
    expect(compareVersions('21.0.0', '20.19')).toBe(1);
  });

  test('VS Code settings: comments and trailing commas dropped, not inside strings', () => {
    const text = '{\n  // a comment\n  "a": "http://x/*y*/", /* block */\n  "b": [1, 2,],\n}\n';
    expect(parseJsonc(text)).toEqual({ a: 'http://x/*y*/', b: [1, 2] });
    expect(parseJsonc('{ "s": "quote \\" // not a comment" }')).toEqual({ s: 'quote " // not a comment' });
    expect(() => parseJsonc('{ "a": ')).toThrow();
  });

  test('the report: statuses and labels in columns, the fix under the message, and the summary', () => {
    const findings: Finding[] = [
      { id: 'node', status: 'ok', message: () => 'fine', facts: {} },
      { id: 'chromium', status: 'problem', message: () => 'missing', fix: () => 'install it', facts: {} },
      { id: 'git', status: 'warning', message: () => 'no repository', fix: () => 'git init', facts: {} },
    ];
    expect(report(findings, { lang: 'en', reporter: 'pretty', color: false }).split('\n')).toEqual([
      `planwerk ${VERSION}: checking this machine and this project`,
      '',
      'ok       Node.js   fine',
      'problem  Chromium  missing',
      '                   → install it',
      'warning  git       no repository',
      '                   → git init',
      '',
      '1 problem and 1 warning: fix the problems first.',
      '',
    ]);
    const json = JSON.parse(report(findings, { lang: 'nl', reporter: 'json', color: false }));
    expect(json).toMatchObject({ lang: 'nl', status: 'problem', exitCode: 1, counts: { ok: 1, warning: 1, problem: 1 } });
    expect(json.checks[0]).toEqual({ id: 'node', status: 'ok', label: 'Node.js', message: 'fine', fix: null, facts: {} });
  });
});
