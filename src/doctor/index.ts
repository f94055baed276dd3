/**
 * `plan doctor`: every check, composed in one place. The cache is checked first (compiling may write to it);
 * then the checks that wait on other programs (Chromium, git, fc-list) and the content run at once, the fonts
 * after the content (they need the plan's language). The lines come out in the fixed order of CHECK_IDS,
 * whatever finishes first. Exit 1 when any check is a problem, else 0.
 */
import path from 'node:path';
import { checkCache } from './checks/cache.js';
import { checkChromium } from './checks/chromium.js';
import { checkContent } from './checks/content.js';
import { checkEditor } from './checks/editor.js';
import { checkFonts } from './checks/fonts.js';
import { checkGit } from './checks/git.js';
import { checkNode, checkPlanwerk } from './checks/node.js';
import { shown } from './paths.js';
import { report } from './report.js';
import { CHECK_IDS, type DoctorIo, type DoctorOptions, type Finding } from './types.js';

export type { DoctorOptions } from './types.js';

export async function runDoctor(options: DoctorOptions, io: DoctorIo): Promise<number> {
  const { content, env, cwd } = options;
  // The project folder: where the content folder is, and with it .vscode/ and the repository.
  const root = path.dirname(content.contentDir);
  // The working folder itself by its full path: “./ is not in a repository” says little.
  const rootShown = root === cwd ? root : shown(cwd, root);
  // First, alone: compiling the content may create the cache folder, and this line must not depend on timing.
  const cache = await checkCache(cwd, content.cache?.dir !== undefined);
  // The content is read through the cache only where there is one: doctor creates no node_modules/ of its own.
  const reading = cache.facts.exists === true ? content : { ...content, cache: undefined };
  const contentAndFonts = checkContent(reading, options.contentShown).then(async ({ finding, plan }) => [
    finding,
    await checkFonts(plan?.locale ?? 'nl-BE', plan?.branding, cwd, env),
  ]);
  const found = (
    await Promise.all([
      checkNode(process.versions.node),
      checkPlanwerk(),
      checkChromium(env),
      contentAndFonts,
      cache,
      checkGit(root, rootShown, cwd, env),
      checkEditor(root, content.contentDir),
    ])
  ).flat() as Finding[];
  const findings = CHECK_IDS.map((id) => found.find((f) => f.id === id)!);
  io.stdout.write(report(findings, options));
  return findings.some((f) => f.status === 'problem') ? 1 : 0;
}
