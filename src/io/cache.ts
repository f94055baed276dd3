/**
 * The on-disk cache of per-document work (parse + validate results, rendered Markdown bodies), keyed by a hash
 * of everything the result depends on. One file per entry under `node_modules/.cache/planwerk/<kind>/`, or, for
 * many entries made at once, one pack of them (cache-pack.ts):
 *
 *   PWC1 <key> <sha256 of payload> <payload length>\n<payload: v8-serialized value>
 *
 * An entry is trusted only when the header names the key asked for and the payload has the stated length and
 * checksum; anything else (truncated, corrupt, written by another version or tool) is a miss and is rewritten.
 * Writes go to a temporary file renamed into place, so a reader never sees half an entry, and parallel builds
 * sharing the folder at worst write the same bytes twice. The cache is an optimisation: when it cannot be read or
 * written (a file where the folder should be, no permission, a read-only or full disk), the run says so in one
 * line (CacheOptions.warn) and goes on without it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { VERSION } from '../version.js';
import { PACK_FROM, Packs } from './cache-pack.js';

/** Where the cache lives, relative to the folder `plan` runs in (git-ignored with node_modules/). */
export const CACHE_DIR = path.join('node_modules', '.cache', 'planwerk');

const MAGIC = 'PWC1';
/** Cache files written at once. */
const WRITERS = 8;

export interface CacheOptions {
  /** Absolute cache folder; undefined: no cache (--no-cache). */
  dir: string | undefined;
  /** Mixed into every key (PLANWERK_CACHE_SALT): lets tests simulate another tool version. */
  salt: string;
  /** Told when the cache cannot be written: the caller says so once; the run goes on without it. */
  warn?: (problem: CacheProblem) => void;
}

/** Why the cache is not used: its folder is not a folder, may not be read and written, or a write failed. */
export interface CacheProblem {
  reason: 'not-a-folder' | 'no-access' | 'write-failed';
  /** The system's error code (ENOTDIR, EACCES, EROFS, ENOSPC…). */
  code: string;
}

const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'unknown';

/**
 * Whether the cache folder can be used, made when missing. Checked once before a run, so that a file in its place
 * or a folder without permission is one warning, not a failure on each entry.
 */
export function probeCacheDir(dir: string): CacheProblem | undefined {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) return { reason: 'not-a-folder', code: 'ENOTDIR' };
  } catch (e) {
    const code = errorCode(e);
    return code === 'ENOTDIR' || code === 'EEXIST' ? { reason: 'not-a-folder', code: 'ENOTDIR' } : { reason: 'no-access', code };
  }
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (e) {
    return { reason: 'no-access', code: errorCode(e) };
  }
  return undefined;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries found but not trusted (corrupt, truncated, foreign). */
  rejected: number;
}

/** A hash of the parts, each length-prefixed so that no two different lists hash alike. */
export function cacheKey(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest('hex');
}

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fingerprints = new Map<string, string>();

/**
 * A hash of the tool's own compiled code under these paths (relative to src/) and of the dependencies it pins:
 * a result is keyed by the code that made it, so a changed parser, schema or renderer never reuses old entries,
 * even within one version.
 */
export function codeFingerprint(paths: readonly string[]): string {
  const id = paths.join('\u0000');
  let f = fingerprints.get(id);
  if (f === undefined) {
    const h = createHash('sha256');
    const add = (p: string): void => {
      const full = path.join(SRC, p);
      let entries: string[] | undefined;
      try {
        entries = readdirSync(full).sort();
      } catch {
        h.update(p).update(readFileSync(full));
      }
      for (const e of entries ?? []) if (e.endsWith('.js') || !e.includes('.')) add(path.join(p, e));
    };
    paths.forEach(add);
    // The libraries the code runs on, as package.json pins them: a new parser or sanitizer is new code too.
    try {
      h.update(JSON.stringify(JSON.parse(readFileSync(path.join(SRC, '..', '..', 'package.json'), 'utf8')).dependencies ?? {}));
    } catch {
      // No package.json beside lib/ (an unusual install): the tool version in every key still applies.
    }
    fingerprints.set(id, (f = h.digest('hex')));
  }
  return f;
}

/** One kind of entry (`documents`, `bodies`): its own folder, its own counts. */
export class Cache<T> {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0 };
  private readonly dir: string | undefined;
  private readonly made = new Set<string>();

  private readonly version: string;

  /**
   * `version`: the format of this kind's values, bumped when their shape or meaning changes; `code`: the
   * compiled code (paths under src/) the values come from, hashed into every key.
   */
  constructor(options: CacheOptions, kind: string, version: string, code: readonly string[]) {
    this.dir = options.dir === undefined ? undefined : path.join(options.dir, kind);
    this.version = this.dir === undefined ? version : `${version}:${codeFingerprint(code)}`;
    this.salt = options.salt;
    this.warn = options.warn;
    // The packs of this kind whose keys hold the same tool version, format, code and salt as this cache's.
    if (this.dir) this.packs = new Packs(path.join(this.dir, 'packs'), cacheKey([MAGIC, VERSION, this.version, this.salt]).slice(0, 16));
  }
  private readonly packs: Packs | undefined;
  private readonly salt: string;
  private readonly warn: ((problem: CacheProblem) => void) | undefined;
  /** A write failed: later entries are not attempted (the disk will not take them either). */
  private writeFailed = false;

  get enabled(): boolean {
    return this.dir !== undefined;
  }

  /** The key for a value computed from these parts by this tool version and value format. */
  key(parts: readonly string[]): string {
    return cacheKey([MAGIC, VERSION, this.version, this.salt, ...parts]);
  }

  get(key: string): T | undefined {
    const payload = this.getPayload(key);
    return payload === undefined ? undefined : (deserialize(payload) as T);
  }

  set(key: string, value: T): void {
    if (this.dir) this.setPayload(key, serialize(value));
  }

  /** The entry's serialized value (v8.serialize), checked; undefined on a miss. */
  getPayload(key: string): Buffer | undefined {
    if (!this.dir) return undefined;
    const packed = this.packs?.get(key);
    if (packed) {
      this.stats.hits++;
      return packed;
    }
    const bytes = readEntry(this.file(key));
    if (bytes === 'none') {
      this.stats.misses++;
      return undefined;
    }
    const payload = bytes === 'not-a-file' ? undefined : verified(bytes, key);
    if (payload === undefined) {
      this.stats.rejected++;
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    return payload;
  }

  /** Whether an entry for the key is stored (in a pack or a file of its own), not read: it may still prove corrupt. */
  has(key: string): boolean {
    return this.dir !== undefined && (this.packs?.has(key) === true || existsSync(this.file(key)));
  }

  /** The entry's payload, checked, without counting it (a caller that counted it when `has` found it). */
  read(key: string): Buffer | undefined {
    if (!this.dir) return undefined;
    const packed = this.packs?.get(key);
    if (packed) return packed;
    const bytes = readEntry(this.file(key));
    return bytes === 'none' || bytes === 'not-a-file' ? undefined : verified(bytes, key);
  }

  /** Store a value that was made because no entry was looked up for it (work done ahead): counted as a miss. */
  setMade(key: string, payload: Uint8Array): void {
    this.stats.misses++;
    this.setPayload(key, payload);
  }

  /**
   * Store a value already serialized (by a worker thread). Written in the background, so the run does not wait
   * on the disk for every entry; `flush` waits for all of them. Entries stored together (in one synchronous
   * stretch, as compile stores every file's result) go into one pack from PACK_FROM on (cache-pack.ts), else
   * into a file each, a few at a time.
   */
  setPayload(key: string, payload: Uint8Array): void {
    if (!this.dir || this.writeFailed) return;
    this.queue.push({ key, payload });
    if (this.scheduled) return;
    this.scheduled = true;
    this.pending.push(Promise.resolve().then(() => this.drain()));
  }

  private scheduled = false;

  private async drain(): Promise<void> {
    this.scheduled = false;
    if (this.queue.length >= PACK_FROM && this.packs) {
      const batch = this.queue.splice(0);
      try {
        await this.packs.write(batch);
      } catch (e) {
        if (!this.writeFailed) this.warn?.({ reason: 'write-failed', code: errorCode(e) });
        this.writeFailed = true;
        this.queue.length = 0;
      }
      return;
    }
    const n = Math.min(WRITERS - this.running, this.queue.length);
    await Promise.all(Array.from({ length: n }, () => this.writer())); // each writer drains the queue
  }

  /** Wait until every entry given to set is on disk (or given up on). */
  async flush(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  private readonly queue: { key: string; payload: Uint8Array }[] = [];
  private readonly pending: Promise<void>[] = [];
  private running = 0;

  private async writer(): Promise<void> {
    this.running++;
    for (let job = this.queue.shift(); job; job = this.queue.shift()) await this.write(job.key, job.payload);
    this.running--;
  }

  private async write(key: string, payload: Uint8Array): Promise<void> {
    const file = this.file(key);
    const header = `${MAGIC} ${key} ${createHash('sha256').update(payload).digest('hex')} ${payload.length}\n`;
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      const dir = path.dirname(file);
      if (!this.made.has(dir)) {
        await mkdir(dir, { recursive: true });
        this.made.add(dir);
      }
      await writeFile(temp, Buffer.concat([Buffer.from(header, 'latin1'), payload]));
      await rename(temp, file);
    } catch (e) {
      // No cache this time (read-only or full disk, a file in a folder's place): the result is already computed,
      // the run goes on. Said once; the temporary file goes when it can (it may not exist, nor its folder).
      if (!this.writeFailed) this.warn?.({ reason: 'write-failed', code: errorCode(e) });
      this.writeFailed = true;
      this.queue.length = 0;
      await rm(temp, { force: true }).catch(() => {});
    }
  }

  private file(key: string): string {
    return path.join(this.dir!, key.slice(0, 2), `${key}.bin`);
  }
}

/**
 * An entry's bytes: 'none' when it cannot be opened (a miss), 'not-a-file' for a folder, a FIFO or a device
 * in its place (rejected; opened without blocking, so a FIFO does not stall the run).
 */
function readEntry(file: string): Buffer | 'none' | 'not-a-file' {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return 'none';
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : 'not-a-file';
  } catch {
    return 'not-a-file';
  } finally {
    closeSync(fd);
  }
}

/** The payload of an entry, or undefined when the entry is not exactly what `set` wrote for this key. */
function verified(bytes: Buffer, key: string): Buffer | undefined {
  const end = bytes.indexOf(10); // the header's newline
  if (end < 0 || end > 300) return undefined;
  const [magic, k, sum, length, ...rest] = bytes.subarray(0, end).toString('latin1').split(' ');
  const payload = bytes.subarray(end + 1);
  if (magic !== MAGIC || k !== key || rest.length > 0 || Number(length) !== payload.length) return undefined;
  return createHash('sha256').update(payload).digest('hex') === sum ? payload : undefined;
}

export async function flushAll(caches: Record<string, Cache<unknown>>): Promise<void> {
  await Promise.all(Object.values(caches).map((c) => c.flush()));
}

/** `plan: cache: …` for PLANWERK_CACHE_STATS=1 (tests and benchmarks count hits and misses with it). */
export function statsLine(caches: Record<string, Cache<unknown>>): string {
  const parts = Object.entries(caches).map(
    ([name, c]) => `${name} ${c.stats.hits} hits ${c.stats.misses} misses ${c.stats.rejected} rejected`,
  );
  return `plan: cache: ${parts.join('; ')}\n`;
}

/** No cache at all (--no-cache, or no cache options given). */
export const NO_CACHE: CacheOptions = { dir: undefined, salt: '' };
