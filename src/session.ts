/** What every command shares: the process's streams and environment, the loaded content, the exit code rule. */
import type { Diagnostic, Lang } from './core/diagnostics/index.js';
import type { SourceFile } from './core/parse.js';
import type { CompileResult } from './core/pipeline.js';

export interface Io {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

export interface Loaded {
  sources: SourceFile[];
  result: CompileResult;
  diagnostics: Diagnostic[];
  language: Lang;
  /** Threads that read and checked the files. */
  threads: number;
}

/** 0 clean; 1 content errors (or warnings with --strict). */
export function exitFor(diagnostics: readonly Diagnostic[], strict: boolean): number {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning')) ? 1 : 0;
}
