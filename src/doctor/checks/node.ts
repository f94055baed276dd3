/** Node.js against the package's `engines`, and the planwerk that runs (its version and where it is installed). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../../version.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { Finding } from '../types.js';

/** The package.json `engines.node` minimum (`>=20.19` → [20, 19]); this fallback only when it cannot be read. */
export function minimumNode(root = PACKAGE_ROOT): string {
  try {
    const engines = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines;
    const m = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(engines?.node?.trim() ?? '');
    if (m) return m[1]!;
  } catch {
    // An install without its package.json: the minimum this version was released with.
  }
  return '20.19';
}

/** -1, 0 or 1 as dotted version a is below, equal to or above b (missing parts count as 0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function checkNode(version: string): Finding {
  const min = minimumNode();
  const facts = { version, minimum: min };
  if (compareVersions(version, min) >= 0) return { id: 'node', status: 'ok', message: (t) => t.node.ok(version, min), facts };
  return { id: 'node', status: 'problem', message: (t) => t.node.old(version, min), fix: (t) => t.node.fixOld(min), facts };
}

export function checkPlanwerk(): Finding {
  return {
    id: 'planwerk',
    status: 'ok',
    message: (t) => t.planwerk.ok(VERSION, PACKAGE_ROOT),
    facts: { version: VERSION, path: PACKAGE_ROOT },
  };
}
