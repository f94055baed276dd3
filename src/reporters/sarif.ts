/**
 * SARIF 2.1.0 for code-scanning services and editors (GitHub code scanning, the VS Code SARIF viewer), written
 * with node-sarif-builder. Every catalogue code is a rule; every diagnostic a result with its exact region and
 * its related locations.
 */
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { catalogue, type Code } from '../core/diagnostics/index.js';
import { VERSION } from '../version.js';
import type { Reporter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export const sarifReporter: Reporter = ({ diagnostics }) => {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'planwerk', toolDriverVersion: VERSION });
  for (const code of (Object.keys(catalogue) as Code[]).sort()) {
    const entry = catalogue[code];
    const rule = new SarifRuleBuilder().initSimple({ ruleId: code, shortDescriptionText: entry.title });
    rule.rule.defaultConfiguration = { level: LEVEL[entry.severity] };
    run.addRule(rule);
  }
  for (const d of diagnostics) {
    const result = new SarifResultBuilder().initSimple({
      level: LEVEL[d.severity],
      messageText: `${d.message} ${d.hint}`,
      ruleId: d.code,
      ...(d.file !== undefined ? { fileUri: d.file } : {}),
      ...(d.line !== undefined ? { startLine: d.line } : {}),
      ...(d.column !== undefined ? { startColumn: d.column } : {}),
      ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
      ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
    });
    if (d.related.length > 0) {
      result.result.relatedLocations = d.related.map((r, i) => ({
        id: i,
        message: { text: r.message },
        physicalLocation: { artifactLocation: { uri: r.file }, region: { startLine: r.line, startColumn: r.column } },
      }));
    }
    run.addResult(result);
  }
  const log = new SarifBuilder();
  log.addRun(run);
  return { text: log.buildSarifJsonString({ indent: true }) + '\n' };
};
