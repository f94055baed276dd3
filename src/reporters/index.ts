import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import type { ReporterName } from './names.js';
import { compactReporter, prettyReporter } from './pretty.js';
import { sarifReporter } from './sarif.js';
import type { Reporter } from './types.js';

export const REPORTERS: Record<ReporterName, Reporter> & Record<string, Reporter | undefined> = {
  pretty: prettyReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: sarifReporter,
};
export type { Reporter, ReportInput, ReportOutput } from './types.js';
export { compactReporter };
