/** plan new report <year>: the report of a year and a progress entry per project that runs in it. */
import { texts } from '../cli-text/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import type { Io } from '../run/types.js';
import { firstExisting, readContext, refuseOutside, shown, writeAll } from './files.js';
import { planReport } from './report-plan.js';

export interface NewReportOptions {
  year: string;
  content: string;
  dryRun?: boolean;
  lang: Lang;
}

export async function newReportCommand(io: Io, options: NewReportOptions): Promise<number> {
  const t = texts(options.lang).new;
  if (!/^\d{4}$/.test(options.year)) {
    io.stderr.write(`plan: ${t.yearDigits(options.year)}\n`);
    return 1;
  }
  const year = Number(options.year);
  const read = await readContext(io, options.content, options.lang);
  if ('exit' in read) return read.exit;
  const result = planReport(read.ctx, year, options.lang);
  if (!result.ok) {
    io.stderr.write(`plan: ${t.refused('new report', result.message)}\n`);
    return 1;
  }
  const { files, entries, skipped } = result.plan;
  const outside = await refuseOutside(io, read.dir, files, options.lang);
  if (outside !== undefined) return outside;
  const clash = firstExisting(read.dir, files);
  if (clash) {
    io.stderr.write(`plan: ${t.exists('new report', shown(io, read.dir, clash.path))}\n`);
    return 1;
  }
  if (options.dryRun) {
    for (const f of files) io.stdout.write(`# ${shown(io, read.dir, f.path)}\n${f.text}\n`);
  } else {
    const code = await writeAll(io, read.dir, files, options.lang);
    if (code !== 0) return code;
    for (const f of files) io.stdout.write(`${shown(io, read.dir, f.path)}\n`);
  }
  io.stdout.write(`${t.wroteReport(options.dryRun === true, year, entries.length)}\n`);
  if (skipped.length > 0) {
    io.stdout.write(`${t.skipped(skipped.length)}\n`);
    for (const s of skipped) io.stdout.write(`  ${s.project}: ${s.reason}\n`);
  }
  return 0;
}
