/**
 * Many entries made at once go into one pack (src/io/cache-pack.ts), not a file each: through the real CLI on
 * generated content of 120 documents (scripts/bench-gen.mjs). The pack serves the next run, a damaged pack is
 * never trusted, and the output is the same either way. Counted with PLANWERK_CACHE_STATS=1.
 */
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a script without types; generate(count, out) writes content/ and returns the number of files.
import { generate } from '../../scripts/bench-gen.mjs';
import { runCli, tempDir } from '../helpers.js';

let dir: string;
let files: number;
const documents = () => path.join(dir, 'node_modules', '.cache', 'planwerk', 'documents');

async function validate(args: string[] = []) {
  const r = await runCli(['validate', '--reporter', 'json', ...args], { cwd: dir, env: { PLANWERK_CACHE_STATS: '1' } });
  const m = /documents (\d+) hits (\d+) misses (\d+) rejected/.exec(r.stderr);
  return { stdout: r.stdout, code: r.code, hits: Number(m?.[1]), misses: Number(m?.[2]) };
}

beforeAll(async () => {
  dir = await tempDir('planwerk-pack-');
  files = generate(120, dir) as number;
});

describe('cache packs', () => {
  it('a cold run writes one pack, which the next run reads; a damaged pack is a miss, with the same output', async () => {
    const cold = await validate();
    expect([cold.hits, cold.misses]).toEqual([0, files]);
    const packs = await readdir(path.join(documents(), 'packs'));
    expect(packs.filter((p) => p.endsWith('.pack'))).toHaveLength(1);
    // No entry files beside the pack: the pack holds every result.
    expect((await readdir(documents())).filter((n) => n !== 'packs')).toEqual([]);

    await appendFile(path.join(dir, 'content', 'goals', 'sd0-od0.md'), '\nNog een zin.\n');
    const one = await validate();
    expect([one.hits, one.misses]).toEqual([files - 1, 1]);

    // Every payload byte flipped after the index: no entry passes its checksum, each is made again.
    const pack = path.join(documents(), 'packs', packs[0]!);
    const bytes = await readFile(pack);
    const start = bytes.indexOf(10, bytes.indexOf(10) + 1) + 1;
    for (let i = start; i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xff;
    await writeFile(pack, bytes);
    await appendFile(path.join(dir, 'content', 'goals', 'sd0-od1.md'), '\nNog een zin.\n');
    const damaged = await validate();
    expect(damaged.hits).toBe(1); // only the entry file of the first change
    expect(damaged.stdout).toBe((await validate(['--no-cache'])).stdout);
    expect(damaged.code).toBe(0);
  });
});
