/**
 * The outputs a kept status record vouches for (src/run/up-to-date-stat.ts knownOutputs): an output whose status is
 * old enough is known by its status alone; a racy one (written just before the statuses were taken, as a build's
 * own outputs are) is known only when its bytes hash to the record's SHA-256, even with its status the same to the
 * nanosecond (a write in the same tick of the file system's clock leaves it so).
 */
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RACY_WINDOW_NS, statEntry } from '../../src/io/stat-record.js';
import { type Kept, knownOutputs } from '../../src/run/up-to-date-stat.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A record whose one output has the file's status now, taken at `takenAt`, with the SHA-256 of `recorded`. */
function keptFor(file: string, recorded: string, takenAt: bigint, racy: boolean): Kept {
  const entry = statEntry('data.json', lstatSync(file, { bigint: true }));
  return {
    runKey: 'k',
    takenAt: String(takenAt),
    dirs: [],
    files: [],
    outputs: [entry],
    sha256s: [sha(recorded)],
    cache: undefined as never,
    racy: new Set(racy ? ['data.json'] : []),
  };
}

describe('knownOutputs', () => {
  it('hashes a racy output: other bytes under the same status are not known; the recorded bytes are', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'planwerk-known-'));
    const file = path.join(dir, 'data.json');
    await writeFile(file, '{"a":2}');
    const now = BigInt(Date.now()) * 1_000_000n;
    // The record says {"a":1}; the file holds {"a":2} with the very status the record keeps.
    expect(knownOutputs(keptFor(file, '{"a":1}', now, true), dir)('data.json', sha('{"a":1}'))).toBe(false);
    expect(knownOutputs(keptFor(file, '{"a":2}', now, true), dir)('data.json', sha('{"a":2}'))).toBe(true);
    // Not racy (old enough when taken): the status alone vouches, as it should only then.
    const later = now + 2n * RACY_WINDOW_NS;
    expect(knownOutputs(keptFor(file, '{"a":1}', later, false), dir)('data.json', sha('{"a":1}'))).toBe(true);
  });

  it('never knows another hash than the record’s, nor an output the record does not list', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'planwerk-known-'));
    const file = path.join(dir, 'data.json');
    await writeFile(file, 'x');
    const known = knownOutputs(keptFor(file, 'x', BigInt(Date.now()) * 1_000_000n, true), dir);
    expect(known('data.json', sha('x'))).toBe(true);
    expect(known('data.json', sha('y'))).toBe(false); // another hash than the record's is never known
    expect(known('other.html', sha('x'))).toBe(false);
  });
});
