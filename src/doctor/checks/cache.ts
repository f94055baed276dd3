/**
 * The cache folder (src/io/cache.ts) can be written. When it exists, a probe file is created in it and removed
 * again; nothing else there is touched. When it does not exist yet, nothing is created: the nearest folder that
 * does exist must let planwerk create it. An unwritable cache only makes runs slower (they go on without it),
 * so it is a warning.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR } from '../../io/cache.js';
import { shown } from '../paths.js';
import type { Finding } from '../types.js';

const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

export async function checkCache(cwd: string, enabled: boolean): Promise<Finding> {
  const dir = path.join(cwd, CACHE_DIR);
  const where = shown(cwd, dir);
  const facts = { folder: dir, exists: false, writable: false, enabled };
  if (!enabled) return { id: 'cache', status: 'ok', message: (t) => t.cache.disabled(where), facts };
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory())
    return { id: 'cache', status: 'warning', message: (t) => t.cache.notFolder(where), fix: (t) => t.cache.fixNotFolder(where), facts };
  if (info) {
    facts.exists = true;
    // A name no cache entry has (entries are <hash>.bin in two-letter folders), removed in every outcome.
    const probe = path.join(dir, `.doctor-${process.pid}-${randomBytes(4).toString('hex')}.probe`);
    try {
      // `wx`: never over an existing file, so what is removed below is only what this wrote.
      await writeFile(probe, 'planwerk doctor\n', { flag: 'wx' });
      facts.writable = true;
    } catch (e) {
      const reason = errCode(e);
      // Created but not written (a full disk): still ours to remove. EEXIST: not ours, left alone.
      if (reason !== 'EEXIST') await rm(probe, { force: true }).catch(() => undefined);
      return {
        id: 'cache',
        status: 'warning',
        message: (t) => t.cache.unwritable(where, reason),
        fix: (t) => t.cache.fixUnwritable(where),
        facts,
      };
    }
    await rm(probe, { force: true }).catch(() => undefined);
    return { id: 'cache', status: 'ok', message: (t) => t.cache.ok(where), facts };
  }
  // Not there yet: the first run creates it, if the nearest existing folder lets it.
  let parent = path.dirname(dir);
  while (!(await stat(parent).catch(() => undefined)) && path.dirname(parent) !== parent) parent = path.dirname(parent);
  try {
    await access(parent, constants.W_OK);
    facts.writable = true;
    return { id: 'cache', status: 'ok', message: (t) => t.cache.notYet(where), facts };
  } catch (e) {
    const reason = errCode(e);
    const at = shown(cwd, parent);
    return {
      id: 'cache',
      status: 'warning',
      message: (t) => t.cache.cannotCreate(where, at, reason),
      fix: (t) => t.cache.fixUnwritable(at),
      facts,
    };
  }
}
