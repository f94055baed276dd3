/**
 * git: installed, and whether the project folder (the content folder's parent) is in a repository. Neither is
 * needed to validate or build; `plan validate --changed`, the pull-request workflow and sharing work need both.
 */
import { exec } from '../exec.js';
import type { Finding } from '../types.js';

export async function checkGit(root: string, rootShown: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Finding> {
  const version = await exec('git', ['--version'], cwd, env);
  if (version.missing || version.code !== 0)
    return {
      id: 'git',
      status: 'warning',
      message: (t) => t.git.missing,
      fix: (t) => t.git.fixMissing,
      facts: { installed: false, version: null, repository: null },
    };
  const v = /(\d+(?:\.\d+)+)/.exec(version.stdout)?.[1] ?? version.stdout.trim();
  const top = await exec('git', ['-C', root, 'rev-parse', '--show-toplevel'], cwd, env);
  if (top.missing || top.code !== 0)
    return {
      id: 'git',
      status: 'warning',
      message: (t) => t.git.noRepository(v, rootShown),
      fix: (t) => t.git.fixNoRepository(rootShown),
      facts: { installed: true, version: v, repository: null },
    };
  const repository = top.stdout.trim();
  return { id: 'git', status: 'ok', message: (t) => t.git.ok(v, repository), facts: { installed: true, version: v, repository } };
}
