/** plan new report <year>: the report of a year and a progress entry per project that runs in it. */
import type { Io } from '../run/types.js';
import { firstExisting, readContext, shown, writeAll } from './files.js';
import { planReport } from './report-plan.js';

export interface NewReportOptions {
  year: string;
  content: string;
  dryRun?: boolean;
}

export async function newReportCommand(io: Io, options: NewReportOptions): Promise<number> {
  if (!/^\d{4}$/.test(options.year)) {
    io.stderr.write(`plan: new report: the year must be four digits, not “${options.year}”\n`);
    return 1;
  }
  const year = Number(options.year);
  const read = await readContext(io, options.content);
  if ('exit' in read) return read.exit;
  const result = planReport(read.ctx, year);
  if (!result.ok) {
    io.stderr.write(`plan: new report: ${result.message}; nothing written.\n`);
    return 1;
  }
  const { files, entries, skipped } = result.plan;
  const clash = firstExisting(read.dir, files);
  if (clash) {
    io.stderr.write(`plan: new report: ${shown(io, read.dir, clash.path)} already exists; nothing written.\n`);
    return 1;
  }
  if (options.dryRun) {
    for (const f of files) io.stdout.write(`# ${shown(io, read.dir, f.path)}\n${f.text}\n`);
  } else {
    const code = await writeAll(io, read.dir, files);
    if (code !== 0) return code;
    for (const f of files) io.stdout.write(`${shown(io, read.dir, f.path)}\n`);
  }
  io.stdout.write(
    `${options.dryRun ? 'Would write' : 'Wrote'} the ${year} report and ${entries.length} progress ${entries.length === 1 ? 'entry' : 'entries'}; ratings, status and measures are not stated yet.\n`,
  );
  if (skipped.length > 0) {
    io.stdout.write(`Skipped ${skipped.length} ${skipped.length === 1 ? 'project' : 'projects'}:\n`);
    for (const s of skipped) io.stdout.write(`  ${s.project}: ${s.reason}\n`);
  }
  return 0;
}
