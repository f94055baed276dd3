/**
 * Many cache entries in one file. A cold run of 10,000 documents made 10,000 entry files, and creating that many
 * small files (a temporary file and a rename each) took longer than checking the documents. So a run that makes
 * many entries of one kind at once writes them as one pack, `<kind>/packs/<version>-<hash>.pack`:
 *
 *   PWK1 <length of the index>\n<index: JSON [key, offset, length, sha256][]>\n<payloads, one after another>
 *
 * `version` is a hash of what every key of the kind holds besides its parts (tool version, format, code), so a
 * run reads the indexes of its own version's packs only. An entry in a pack is checked like an entry file: its
 * key, its length and the SHA-256 of its payload, or it is a miss. A pack is written to a temporary file and
 * renamed, like an entry; a pack that cannot be read is no pack.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const MAGIC = 'PWK1';
/** Entries a run makes at once from which they go into one pack, not a file each. */
export const PACK_FROM = 32;

interface Located {
  file: string;
  /** Where the payload starts in the file. */
  offset: number;
  length: number;
  sha256: string;
}

/** The packs of one kind and version: which key is where, read when first asked for. */
export class Packs {
  private index: Map<string, Located> | undefined;
  /** Whole packs read so far (a pack is read once, when one of its entries is first asked for). */
  private readonly read = new Map<string, Buffer | undefined>();

  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  /** The payload stored for `key`, checked; undefined when no pack of this version holds it intact. */
  get(key: string): Buffer | undefined {
    const at = this.locate().get(key);
    if (!at) return undefined;
    if (!this.read.has(at.file)) this.read.set(at.file, readOrUndefined(at.file));
    const bytes = this.read.get(at.file);
    if (!bytes || at.offset + at.length > bytes.length) return undefined;
    const payload = bytes.subarray(at.offset, at.offset + at.length);
    return createHash('sha256').update(payload).digest('hex') === at.sha256 ? payload : undefined;
  }

  /** Whether the key is in a pack (intact or not). */
  has(key: string): boolean {
    return this.locate().has(key);
  }

  private locate(): Map<string, Located> {
    if (this.index) return this.index;
    this.index = new Map();
    let names: string[] = [];
    try {
      names = readdirSync(this.dir).filter((n) => n.startsWith(`${this.version}-`) && n.endsWith('.pack'));
    } catch {
      return this.index; // no packs yet
    }
    for (const name of names.sort()) {
      const file = path.join(this.dir, name);
      for (const [key, at] of readIndex(file)) this.index.set(key, at);
    }
    return this.index;
  }

  /** Write these entries as one pack (a temporary file, then renamed). Throws what the file system throws. */
  async write(entries: readonly { key: string; payload: Uint8Array }[]): Promise<void> {
    let offset = 0;
    const index = entries.map(({ key, payload }) => {
      const row = [key, offset, payload.length, createHash('sha256').update(payload).digest('hex')];
      offset += payload.length;
      return row;
    });
    const json = JSON.stringify(index);
    const head = Buffer.from(`${MAGIC} ${Buffer.byteLength(json)}\n${json}\n`, 'utf8');
    const name = `${this.version}-${createHash('sha256').update(json).digest('hex').slice(0, 32)}.pack`;
    const file = path.join(this.dir, name);
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    await mkdir(this.dir, { recursive: true });
    try {
      await writeFile(temp, Buffer.concat([head, ...entries.map((e) => e.payload)]));
      await rename(temp, file);
    } catch (e) {
      await rm(temp, { force: true }).catch(() => {});
      throw e;
    }
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A pack's index (offsets made absolute); empty when the pack is not one this code wrote. */
function readIndex(file: string): [string, Located][] {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const first = Buffer.alloc(64);
    const got = readSync(fd, first, 0, first.length, 0);
    const end = first.subarray(0, got).indexOf(10);
    const [magic, size] = first.subarray(0, Math.max(0, end)).toString('latin1').split(' ');
    const length = Number(size);
    if (end < 0 || magic !== MAGIC || !Number.isSafeInteger(length) || length <= 0) return [];
    const json = Buffer.alloc(length);
    if (readSync(fd, json, 0, length, end + 1) !== length) return [];
    const start = end + 1 + length + 1; // the payloads start after the index's newline
    const rows = JSON.parse(json.toString('utf8')) as unknown;
    if (!Array.isArray(rows)) return [];
    return rows.flatMap((r: unknown) => {
      if (!Array.isArray(r) || r.length !== 4) return [];
      const [key, offset, len, sha256] = r as [unknown, unknown, unknown, unknown];
      if (typeof key !== 'string' || typeof offset !== 'number' || typeof len !== 'number' || typeof sha256 !== 'string') return [];
      return [[key, { file, offset: start + offset, length: len, sha256 }] as [string, Located]];
    });
  } catch {
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
