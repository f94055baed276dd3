/**
 * SARIF 2.1.0 for code-scanning services and editors (GitHub code scanning, the VS Code SARIF viewer), built
 * with node-sarif-builder. Every catalogue code is a rule with its help; every diagnostic a result with a valid
 * region, its arguments, a fingerprint that survives lines moving, and the diagnostic's own fix when it has one
 * (fixOf: a “did you mean”, a missing key, a placeholder removed). Checked with the SARIF multitool in the tests.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as SarifBuilderLib from 'node-sarif-builder';
import type { SarifResultBuilder, SarifRuleBuilder } from 'node-sarif-builder';
import { fixOf, fixTitle } from '../core/diagnostics/fixes.js';
import { CODES, type Code, catalogue, type Diagnostic, docsUrl, type Lang, type Location, phrasing } from '../core/diagnostics/index.js';
import { PROJECT_URL, VERSION } from '../version.js';
import { docsLink } from './order.js';
import { safeJson } from './safe-text.js';
import type { Reporter } from './types.js';

// The SARIF types as the builder exposes them (they come from @types/sarif, which it depends on).
/** Loaded on first use: the library (and fs-extra under it) costs start-up time that other reporters need not pay. */
let lib: typeof SarifBuilderLib | undefined;
const sarif = (): typeof SarifBuilderLib => (lib ??= createRequire(import.meta.url)('node-sarif-builder') as typeof SarifBuilderLib);

type Result = SarifResultBuilder['result'];
type SarifLocation = NonNullable<Result['locations']>[number];
type Region = NonNullable<NonNullable<SarifLocation['physicalLocation']>['region']>;
type Fix = NonNullable<Result['fixes']>[number];

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
/** Paths in diagnostics are relative to the folder planwerk ran in. */
const SRCROOT = '%SRCROOT%';

/**
 * A region SARIF accepts: 1-based start, and an end only when it lies after the start (endColumn is exclusive).
 * Ours, not the builder's initSimple: that one defaults endColumn to 1, which lies before any later start.
 */
export function region(p: Partial<Location>): Region {
  const r: Region = { startLine: Math.max(1, p.line ?? 1), startColumn: Math.max(1, p.column ?? 1) };
  const startLine = r.startLine!;
  const endLine = p.endLine ?? startLine;
  if (p.endColumn !== undefined && (endLine > startLine || (endLine === startLine && p.endColumn > r.startColumn!))) {
    if (endLine !== startLine) r.endLine = endLine;
    r.endColumn = p.endColumn;
  } else if (p.endColumn === undefined && endLine > startLine) r.endLine = endLine;
  return r;
}

/** The folder the content files sit in, for diagnostics about the content as a whole (no file). */
function contentRoot(sources: ReadonlyMap<string, string>): string {
  const tops = new Set([...sources.keys()].map((f) => (f.includes('/') ? f.split('/')[0]! : '')));
  const [only] = tops;
  return tops.size === 1 && only ? `${only}/` : './';
}

const pascal = (code: Code) =>
  code
    .split(/[/-]/)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

function rule(code: Code, lang: Lang): SarifRuleBuilder {
  const e = catalogue[code] as { severity: keyof typeof LEVEL; title: Record<Lang, string>; example: Record<string, unknown> };
  const p = phrasing(code, lang);
  const message = p.message(e.example);
  const hint = p.hint(e.example);
  const more = lang === 'nl' ? 'Meer' : 'More';
  return new (sarif().SarifRuleBuilder)({
    name: pascal(code),
    help: {
      text: `${message} ${hint} ${more}: ${docsLink(code)}`,
      markdown: `${message}\n\n${hint}\n\n[${more}: \`${code}\`](${docsLink(code)})`,
    },
    defaultConfiguration: { level: LEVEL[e.severity] },
    properties: { docsUrl: docsUrl(code), arguments: Object.keys(e.example) },
  }).initSimple({ ruleId: code, shortDescriptionText: e.title[lang], fullDescriptionText: message, helpUri: docsLink(code) });
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

export const sarifReporter: Reporter = ({ diagnostics, sources, lang }) => {
  const ruleIndex = new Map(CODES.map((c, i) => [c, i]));
  const root = contentRoot(sources);
  const lines = new Map<string, string[]>();
  const lineText = (file: string | undefined, line: number | undefined): string => {
    if (file === undefined || line === undefined) return '';
    if (!lines.has(file)) lines.set(file, (sources.get(file) ?? '').split('\n'));
    return (lines.get(file)![line - 1] ?? '').trim();
  };
  // Fingerprint: code, file, the text of the offending line (not its number) and the facts that name the finding
  // (a missing key's name; not a computed figure, which changes with every input), numbered when it repeats.
  const seen = new Map<string, number>();
  const fingerprint = (d: Diagnostic) => {
    const { stated: _s, computed: _c, ...facts } = d.args;
    const base = `${d.code}\0${d.file ?? ''}\0${lineText(d.file, d.line)}\0${JSON.stringify(facts)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${sha(base)}:${n}`;
  };
  const location = (p: Partial<Location>): SarifLocation => ({
    physicalLocation: { artifactLocation: { uri: p.file ?? root, uriBaseId: SRCROOT }, region: region(p) },
  });

  const run = new (sarif().SarifRunBuilder)({
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: lang === 'nl' ? 'De map waarin planwerk liep.' : 'The folder planwerk ran in.' } },
    },
    columnKind: 'utf16CodeUnits',
  }).initSimple({ toolDriverName: 'planwerk', toolDriverVersion: VERSION, url: PROJECT_URL });
  // The builder has no setter for the driver's semantic version.
  run.run.tool.driver.semanticVersion = VERSION;
  for (const code of CODES) run.addRule(rule(code, lang));

  for (const d of diagnostics) {
    const fix = fixFor(d, sources, lang);
    const result = new (sarif().SarifResultBuilder)({
      // Set here rather than by the builder's completion step (see below), which would otherwise compute it.
      ruleIndex: ruleIndex.get(d.code),
      partialFingerprints: { 'planwerk/v1': fingerprint(d) },
      properties: { title: d.title, hint: d.hint, args: d.args, ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}) },
      relatedLocations:
        d.related.length > 0 ? d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, ...location(r) })) : undefined,
      fixes: fix ? [fix] : undefined,
    }).initSimple({ level: LEVEL[d.severity], messageText: `${d.message} ${d.hint}`, ruleId: d.code });
    // Not initSimple's fileUri/startLine: it has no uriBaseId and its default region can end before it starts.
    result.setLocationArtifactUri({ uri: d.file ?? root, uriBaseId: SRCROOT });
    result.setLocationRegion(region(d));
    run.addResult(result);
  }

  const log = new (sarif().SarifBuilder)({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json' });
  log.addRun(run);
  // The log as built, without buildSarifJsonString's completion step: that lists every location (the content
  // folder too) as an artifact with a guessed language and without its uriBaseId, and points results at those
  // artifacts by index, which SARIF forbids when the artifact's uriBaseId differs from the location's.
  return { text: `${safeJson(JSON.stringify(log.log, null, 2))}\n` };
};

/** The diagnostic's own fix (fixOf, the same the editor's quick fix applies) as a SARIF fix. */
function fixFor(d: Diagnostic, sources: ReadonlyMap<string, string>, lang: Lang): Fix | undefined {
  if (d.file === undefined) return undefined;
  const fix = fixOf(d, (sources.get(d.file) ?? '').split('\n'));
  if (!fix) return undefined;
  return {
    description: { text: fixTitle(fix, lang) },
    artifactChanges: [
      {
        artifactLocation: { uri: d.file, uriBaseId: SRCROOT },
        replacements: [
          {
            deletedRegion: {
              startLine: fix.line,
              startColumn: fix.column,
              ...(fix.endLine !== undefined && fix.endLine !== fix.line ? { endLine: fix.endLine } : {}),
              endColumn: fix.endColumn,
            },
            insertedContent: { text: fix.text },
          },
        ],
      },
    ],
  };
}
