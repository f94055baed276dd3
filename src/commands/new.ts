/** plan new <kind> <id>: write one new content file in its conventional folder (plan new report <year>: a year's report). */
import { texts } from '../cli-text/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { Io } from '../run/types.js';
import { firstExisting, readContext, refuseOutside, shown, writeAll } from './files.js';
import { newReportCommand } from './new-report.js';
import { type NewFlags, scaffold } from './scaffold.js';

export interface NewOptions extends NewFlags {
  kind: string;
  id?: string;
  content: string;
  dryRun?: boolean;
  lang: Lang;
}

export async function newCommand(io: Io, options: NewOptions): Promise<number> {
  const { kind, id, content, dryRun, lang, ...flags } = options;
  const t = texts(lang).new;
  const say = (line: string) => io.stderr.write(`plan: ${line}\n`);
  if (kind === 'report') {
    if (id === undefined) {
      say(t.giveYear);
      return 1;
    }
    return newReportCommand(io, { year: id, content, lang, ...(dryRun ? { dryRun } : {}) });
  }
  if (id === undefined) {
    say(t.giveId(kind));
    return 1;
  }
  const read = await readContext(io, content, lang);
  if ('exit' in read) return read.exit;
  const result = scaffold(read.ctx, kind, id, flags, lang);
  if (!result.ok) {
    say(t.refused(`new ${kind}`, result.message));
    return 1;
  }
  const where = shown(io, read.dir, result.file.path);
  const outside = await refuseOutside(io, read.dir, [result.file], lang);
  if (outside !== undefined) return outside;
  if (firstExisting(read.dir, [result.file])) {
    say(t.exists(`new ${kind}`, where));
    return 1;
  }
  if (dryRun) {
    io.stdout.write(`# ${where}\n${result.file.text}`);
    return 0;
  }
  const code = await writeAll(io, read.dir, [result.file], lang);
  if (code === 0) io.stdout.write(`${where}\n`);
  return code;
}
