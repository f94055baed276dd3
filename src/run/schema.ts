/** plan schema: write the JSON Schemas of every kind, or check that the files on disk are current. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemas } from '../core/schema/json-schema.js';
import { asWriteError } from '../io/write.js';
import type { RunIo } from './types.js';

/** `dir`: absolute folder; `shown`: as the user wrote it. Returns the exit code. */
export async function schemaCommand(options: { dir: string; shown: string; check: boolean }, io: RunIo): Promise<number> {
  const stale: string[] = [];
  for (const file of jsonSchemas()) {
    const target = path.join(options.dir, file.path);
    if (options.check) {
      const current = await readFile(target, 'utf8').catch(() => undefined);
      if (current !== file.contents) stale.push(path.join(options.shown, file.path));
    } else {
      try {
        await mkdir(options.dir, { recursive: true });
        await writeFile(target, file.contents);
      } catch (e) {
        throw asWriteError(e, target);
      }
    }
  }
  if (stale.length === 0) return 0;
  io.stderr.write(`Stale JSON Schemas (run \`plan schema\`):\n${stale.map((s) => `  ${s}\n`).join('')}`);
  return 1;
}
