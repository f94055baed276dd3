/**
 * One version of the content for plan diff, built as `plan build --format html` builds it (src/run/produce.ts,
 * with the cache) and kept in memory: its documents' HTML, its validated documents and computed figures. Nothing
 * is written. The base version is read from git into a temporary folder first (src/io/git-tree.ts).
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics/index.js';
import { documentsOf, type Version } from '../core/diff/index.js';
import type { SourceFile } from '../core/parse.js';
import { mergeBaseWith } from '../io/git.js';
import { writeTreeAt } from '../io/git-tree.js';
import type { OutputFile } from '../render/index.js';
import { loadSources, runCache } from './compile.js';
import { type OutputOptions, produce } from './produce.js';
import { templateCss } from './templates.js';
import { ToolError } from './types.js';

export interface Built {
  /** The funder's documents, by output path. */
  documents?: OutputFile[];
  version?: Version;
  diagnostics: Diagnostic[];
  sources: SourceFile[];
  errors: number;
}

export async function buildVersion(options: OutputOptions): Promise<Built> {
  const sources = await loadSources(options);
  const produced = await produce(options, { sources, runs: runCache(options, sources), css: await templateCss() });
  if (produced.kind === 'interrupted') throw new Error('bug: plan diff has no signal to be interrupted by');
  const compiled = produced.compiled;
  const diagnostics =
    produced.kind === 'unplaceable' ? [...compiled.diagnostics, ...produced.diagnostics].sort(compareDiagnostics) : compiled.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (produced.kind !== 'planned') return { diagnostics, sources, errors };
  const { context, indicators } = compiled.result;
  return {
    documents: produced.documents.filter((d) => d.role === 'document'),
    version: { documents: documentsOf(context), indicators },
    diagnostics,
    sources,
    errors,
  };
}

export interface BaseCheckout {
  /** The ref compared with, as found, and the merge base's commit. */
  ref: string;
  commit: string;
  /** The content folder at the merge base, in a fresh temporary folder (same name as the content folder). */
  contentDir: string;
  /** Remove the temporary folder. */
  dispose(): Promise<void>;
}

/** The refs tried for the base, first that exists: `--base`, else the pull request's base, else origin/main, else main. */
export const baseCandidates = (base: string | undefined, githubBaseRef: string | undefined): string[] =>
  base !== undefined ? [base] : githubBaseRef ? [`origin/${githubBaseRef}`] : ['origin/main', 'main'];

/**
 * The content folder at the merge base of HEAD with the first ref that exists (`--base`, else the pull request's
 * base, else origin/main, else main: as `--changed` finds it). Not a repository or no such ref: a ToolError (exit 2).
 */
export async function checkoutBase(contentDir: string, candidates: readonly string[], env: NodeJS.ProcessEnv): Promise<BaseCheckout> {
  const found = await mergeBaseWith(contentDir, candidates, env);
  if ('reason' in found) {
    const given = candidates.length === 1 && found.reason.startsWith('no ') && found.reason.endsWith(' to compare with');
    throw new ToolError(
      given ? `diff: --base ${candidates[0]} is not a branch, tag or commit of this repository` : `diff: ${found.reason}`,
    );
  }
  const real = await realpath(contentDir).catch(() => contentDir);
  const folder = path.relative(found.top, real).split(path.sep).join('/');
  if (folder.startsWith('..') || path.isAbsolute(folder))
    throw new ToolError(`diff: the content folder ${contentDir} is not in the repository at ${found.top}`);
  const tmp = await mkdtemp(path.join(tmpdir(), 'planwerk-diff-'));
  const dispose = () => rm(tmp, { recursive: true, force: true });
  try {
    const baseDir = path.join(tmp, path.basename(contentDir));
    await writeTreeAt(found.top, found.mergeBase, folder, baseDir, env);
    return { ref: found.base, commit: found.mergeBase, contentDir: baseDir, dispose };
  } catch (e) {
    await dispose();
    throw e;
  }
}
