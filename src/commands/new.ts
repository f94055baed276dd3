/** plan new <kind> <id>: write one new content file in its conventional folder (plan new report <year>: a year's report). */
import type { Io } from '../run/types.js';
import { firstExisting, readContext, shown, writeAll } from './files.js';
import { newReportCommand } from './new-report.js';
import { type NewFlags, scaffold } from './scaffold.js';

export interface NewOptions extends NewFlags {
  kind: string;
  id?: string;
  content: string;
  dryRun?: boolean;
}

export async function newCommand(io: Io, options: NewOptions): Promise<number> {
  const { kind, id, content, dryRun, ...flags } = options;
  if (kind === 'report') {
    if (id === undefined) {
      io.stderr.write('plan: new report: give the year, e.g. `plan new report 2027`\n');
      return 1;
    }
    return newReportCommand(io, { year: id, content, ...(dryRun ? { dryRun } : {}) });
  }
  if (id === undefined) {
    io.stderr.write(`plan: new ${kind}: give the id of the new ${kind}, e.g. \`plan new ${kind} my-id\`\n`);
    return 1;
  }
  const read = await readContext(io, content);
  if ('exit' in read) return read.exit;
  const result = scaffold(read.ctx, kind, id, flags);
  if (!result.ok) {
    io.stderr.write(`plan: new ${kind}: ${result.message}; nothing written.\n`);
    return 1;
  }
  const where = shown(io, read.dir, result.file.path);
  if (firstExisting(read.dir, [result.file])) {
    io.stderr.write(`plan: new ${kind}: ${where} already exists; nothing written.\n`);
    return 1;
  }
  if (dryRun) {
    io.stdout.write(`# ${where}\n${result.file.text}`);
    return 0;
  }
  const code = await writeAll(io, read.dir, [result.file]);
  if (code === 0) io.stdout.write(`${where}\n`);
  return code;
}
