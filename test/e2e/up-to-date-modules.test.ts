/**
 * A build that finds its output up to date loads neither the checks (their schemas: zod) nor the renderer (the
 * templates, unified) nor the browser driver: only what tells that nothing changed (docs/scaling.md, start-up).
 * The modules are seen through a module hook registered with NODE_OPTIONS=--import in the spawned CLI.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('planwerk-uptodate-modules-');
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs plan build with every module it loads written, one URL a line, to `log`. */
async function buildLogged(log: string) {
  const hooks = path.join(dir, 'hooks.mjs');
  await writeFile(
    hooks,
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`,
  );
  const register = path.join(dir, 'register.mjs');
  await writeFile(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  await writeFile(log, '');
  return runCli(['build', '--format', 'html', '--out', 'dist', '--verbose'], {
    cwd: dir,
    env: { NODE_OPTIONS: `--import ${pathToFileURL(register).href}` },
  });
}

describe('a build found up to date', () => {
  it('loads no schema, no renderer and no browser driver', async () => {
    const first = await buildLogged(path.join(dir, 'first.log'));
    expect(first.code, first.stderr).toBe(0);
    const loadedFirst = await readFile(path.join(dir, 'first.log'), 'utf8');
    // The hook sees what a build loads: a build that renders loads all three.
    for (const heavy of ['/node_modules/zod/', '/lib/templates/', '/node_modules/unified/']) expect(loadedFirst, heavy).toContain(heavy);

    const again = await buildLogged(path.join(dir, 'again.log'));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('is up to date');
    const loaded = (await readFile(path.join(dir, 'again.log'), 'utf8')).split('\n');
    for (const heavy of ['/node_modules/zod/', '/lib/templates/', '/node_modules/unified/', '/node_modules/puppeteer-core/'])
      expect(
        loaded.filter((u) => u.includes(heavy)),
        heavy,
      ).toEqual([]);
  });
});
