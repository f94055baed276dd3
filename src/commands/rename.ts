/**
 * plan rename <old> <new>: the language server's rename for people without an editor. The same plan (src/core/edit/),
 * applied only when the content re-validated in memory has the same findings as before; otherwise nothing is written.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renameTexts } from '../cli-text/rename.js';
import { localize } from '../core/diagnostics/index.js';
import type { Lang } from '../core/diagnostics/types.js';
import { checkRename, editedText, planRename } from '../core/edit/rename.js';
import { parseMarkdown } from '../core/markdown-tree.js';
import { compile } from '../core/pipeline.js';
import { LoadError, loadContent } from '../io/load.js';
import type { Io } from '../run/types.js';

export interface RenameOptions {
  old: string;
  new: string;
  content: string;
  dryRun?: boolean;
  lang: Lang;
}

export async function renameCommand(io: Io, o: RenameOptions): Promise<number> {
  const t = renameTexts(o.lang);
  const say = (line: string) => io.stderr.write(`plan: ${line}\n`);
  const dir = path.resolve(io.cwd, o.content);
  let sources;
  try {
    sources = await loadContent(dir, io.cwd);
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    say(e.message);
    return 2;
  }
  const texts = new Map(sources.map((s) => [s.path, s.text]));
  const compiled = compile(sources, parseMarkdown);
  const abs = (shown: string) => path.resolve(io.cwd, shown);
  const result = planRename(
    compiled.context,
    (f) => texts.get(f),
    o.old,
    o.new,
    (f) => texts.has(f) || existsSync(abs(f)),
  );
  if (!result.ok) {
    say(t.refused(t.refusal(result.refusal)));
    return 1;
  }
  const plan = result.plan;
  const added = checkRename(plan, sources, compiled.diagnostics);
  if (added.length > 0) {
    say(t.refused(t.refusal({ reason: 'broken', findings: added })));
    for (const raw of added) {
      const d = localize(raw, o.lang);
      io.stderr.write(`${t.finding(d.file !== undefined ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}` : '-', d.code)}  ${d.message}\n`);
    }
    return 1;
  }
  const files = [...new Set(plan.occurrences.map((x) => x.file))].sort();
  const out: string[] = [t.edits(plan.occurrences.length, files.length)];
  for (const x of plan.occurrences) out.push(`  ${x.file}:${x.line}:${x.column}`);
  for (const f of plan.files) out.push(`  ${f.folder ? t.moved(`${f.from}/`, `${f.to}/`) : t.moved(f.from, f.to)}`);
  io.stdout.write(`${out.join('\n')}\n`);
  if (o.dryRun) return 0;
  for (const file of files) {
    const raw = await readFile(abs(file), 'utf8');
    const edited = editedText(plan, file, texts.get(file)!);
    // The loader hands on LF; a file written with CRLF keeps them.
    await writeFile(abs(file), raw.includes('\r\n') ? edited.replace(/\n/g, '\r\n') : edited);
  }
  // Files first, then the folders named after the id (planRename lists them in that order).
  for (const f of plan.files) await rename(abs(f.from), abs(f.to));
  io.stdout.write(`${t.done(plan.old, plan.new)}\n`);
  return 0;
}
