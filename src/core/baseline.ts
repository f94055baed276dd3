/**
 * Accepted findings (the baseline), after ESLint's bulk suppressions: warnings the organisation has looked at
 * and accepts are recorded by code, file and a fingerprint, and no longer reported; an entry whose finding is
 * gone is reported as stale so the file does not silently outlive its findings. Errors are never accepted.
 *
 * The fingerprint leaves out the line number on purpose: it hashes the code, the file, the text of the
 * offending line and the diagnostic's arguments, so adding or removing lines above a finding keeps it matched,
 * while changing the offending line or the facts in the message makes it a new finding.
 */

import { CODES, catalogue, closest, type Diagnostic, diag, type RawDiagnostic } from './diagnostics/index.js';
import { pushTo } from './group.js';
import { PLACEHOLDER_CODES } from './placeholders.js';

export const BASELINE_VERSION = 1;
export const BASELINE_FILE = 'planwerk-baseline.json';

export interface BaselineEntry {
  code: string;
  /** POSIX path relative to the folder holding the baseline file, so it does not depend on the working folder. */
  file: string;
  fingerprint: string;
  /** The message in English, for people reviewing the file; matching ignores it. */
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  accepted: BaselineEntry[];
}

/** One diagnostic with what the baseline needs to know about it. */
export interface Finding {
  diagnostic: Diagnostic;
  raw: RawDiagnostic;
  /** The file relative to the baseline's folder ('' when the diagnostic has no file). */
  file: string;
  /** The source line the diagnostic points at ('' when it has none). */
  lineText: string;
  /** The message in English. */
  englishMessage: string;
}

/** 64-bit FNV-1a over the UTF-16 code units: small, pure and stable across platforms and Node versions. */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** JSON with object keys sorted, so argument order never changes a fingerprint. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fingerprint(f: Pick<Finding, 'raw' | 'file' | 'lineText'>): string {
  return fnv1a64([f.raw.code, f.file, f.lineText.trim(), stableJson(f.raw.args)].join('\n'));
}

const key = (e: Pick<BaselineEntry, 'code' | 'file' | 'fingerprint'>) => `${e.code}\u0000${e.file}\u0000${e.fingerprint}`;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareEntries = (a: BaselineEntry, b: BaselineEntry) =>
  cmp(a.file, b.file) || cmp(a.code, b.code) || cmp(a.fingerprint, b.fingerprint) || cmp(a.message, b.message);

/**
 * Only warnings can be accepted: an error stops the documents being built, and notes are not reported anyway.
 * Placeholders never: they are text still to write, and accepting one would send it to the funder.
 */
export const acceptable = (f: Finding): boolean => f.diagnostic.severity === 'warning' && !PLACEHOLDER_CODES.has(f.raw.code);

/** Warnings the baseline refuses because they are placeholders (counted for `--update-baseline`'s report). */
export const refusedPlaceholders = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.diagnostic.severity === 'warning' && PLACEHOLDER_CODES.has(f.raw.code));

/**
 * The baseline that accepts every current warning; with `codes`, only the findings of those codes, keeping the
 * entries of every other code in `previous` as they are (like ESLint's --suppress-rule).
 */
export function createBaseline(
  findings: readonly Finding[],
  only?: { codes: ReadonlySet<string>; previous: Baseline | undefined },
): Baseline {
  const kept = only ? (only.previous?.accepted ?? []).filter((e) => !only.codes.has(e.code)) : [];
  const accepted = findings
    .filter((f) => acceptable(f) && (!only || only.codes.has(f.raw.code)))
    .map((f) => ({ code: f.raw.code, file: f.file, fingerprint: fingerprint(f), message: f.englishMessage }));
  return { version: BASELINE_VERSION, accepted: [...kept, ...accepted].sort(compareEntries) };
}

/** Why `--code <code>` cannot name findings to accept, or undefined when it can. */
export function acceptCodeProblem(code: string): string | undefined {
  if (!(CODES as readonly string[]).includes(code)) {
    const s = closest(code, CODES);
    return `--code: there is no code “${code}”${s ? `; did you mean “${s}”?` : ''} (\`plan codes\` lists them)`;
  }
  if (PLACEHOLDER_CODES.has(code)) return `--code ${code}: placeholder findings are never accepted; replace the text instead`;
  const severity = catalogue[code as keyof typeof catalogue].severity;
  if (severity !== 'warning')
    return `--code ${code}: only warnings can be accepted, and ${code} is ${severity === 'error' ? 'an error' : 'a note'}`;
  return undefined;
}

export interface Applied {
  /** Diagnostics still to report (errors, notes, warnings the baseline does not accept). */
  reported: Diagnostic[];
  /** Warnings the baseline accepts. */
  accepted: Diagnostic[];
  /** Entries that matched no finding. */
  stale: BaselineEntry[];
}

/** Match findings against the baseline; each entry accepts one finding (a multiset, as identical findings may repeat). */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): Applied {
  // Pushed, never copied: a file of many identical entries must match in linear time.
  const open = new Map<string, BaselineEntry[]>();
  for (const e of baseline.accepted) pushTo(open, key(e), e);
  const reported: Diagnostic[] = [];
  const accepted: Diagnostic[] = [];
  for (const f of findings) {
    const entries = acceptable(f) ? open.get(key({ code: f.raw.code, file: f.file, fingerprint: fingerprint(f) })) : undefined;
    if (entries && entries.length > 0) {
      entries.pop();
      accepted.push(f.diagnostic);
    } else reported.push(f.diagnostic);
  }
  const stale = [...open.values()].flat().sort(compareEntries);
  return { reported, accepted, stale };
}

/** The baseline without its stale entries (plan validate --prune-baseline). */
export function pruneBaseline(baseline: Baseline, stale: readonly BaselineEntry[]): Baseline {
  const drop = new Map<string, number>();
  for (const e of stale) drop.set(key(e), (drop.get(key(e)) ?? 0) + 1);
  const accepted = baseline.accepted.filter((e) => {
    const n = drop.get(key(e)) ?? 0;
    if (n > 0) drop.set(key(e), n - 1);
    return n === 0;
  });
  return { version: BASELINE_VERSION, accepted: [...accepted].sort(compareEntries) };
}

/** A stale entry as a diagnostic on the file it names; `displayFile` maps the entry's path to the diagnostics' form. */
export function staleDiagnostic(entry: BaselineEntry, baselineName: string, displayFile: (file: string) => string): RawDiagnostic {
  return diag('baseline/stale', { code: entry.code, baseline: baselineName, message: entry.message }, { file: displayFile(entry.file) });
}

/** Stable text: sorted entries, two-space indentation, a final newline, so the committed file diffs cleanly. */
export function serializeBaseline(baseline: Baseline): string {
  const about = 'Findings accepted with `plan validate --update-baseline`; see docs/working-in-git.md. Errors cannot be accepted.';
  return `${JSON.stringify({ version: baseline.version, about, accepted: [...baseline.accepted].sort(compareEntries) }, null, 2)}\n`;
}

/** Parse a baseline file; a string is the reason it is not one. */
export function parseBaseline(text: string): Baseline | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the text, and the file may be anything (a link to a secret).
    return 'not valid JSON';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object';
  const { version, accepted } = data as { version?: unknown; accepted?: unknown };
  if (version !== BASELINE_VERSION) return `unsupported version ${JSON.stringify(version)} (expected ${BASELINE_VERSION})`;
  if (!Array.isArray(accepted)) return '“accepted” is not a list';
  const entries: BaselineEntry[] = [];
  for (const [i, e] of accepted.entries()) {
    const o = e as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || !['code', 'file', 'fingerprint'].every((k) => typeof o[k] === 'string')) {
      return `entry ${i + 1} needs “code”, “file” and “fingerprint” as text`;
    }
    entries.push({
      code: o.code as string,
      file: o.file as string,
      fingerprint: o.fingerprint as string,
      message: typeof o.message === 'string' ? o.message : '',
    });
  }
  return { version: BASELINE_VERSION, accepted: entries };
}
