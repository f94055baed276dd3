/**
 * The comparison both `plan diff` and `plan dev`'s changes page make, from two versions built in memory: the
 * documents matched by path with a redline of each that changed, the model diff linked into those redlines, and
 * the locale the change list prints numbers in. Nothing is read or written here.
 */
import { linkRedlines, type RedlineTarget } from '../core/diff/anchors.js';
import { type DiffReport, type DocumentChange, diffModels, type Version } from '../core/diff/index.js';
import { redline } from '../redline/index.js';
import type { OutputFile } from '../render/index.js';

export interface Side {
  /** The funder's documents (role 'document'), by output path. */
  documents: OutputFile[];
  version: Version;
}

export interface Compared {
  report: DiffReport;
  /** The redline of each changed document, named as the report links to it. */
  redlines: { path: string; contents: string }[];
}

const redlineName = (output: string) => `${output.replace(/\.html?$/i, '')}.redline.html`;

/** Each document output of either version, matched by path, with its redline when it changed. */
function compareDocuments(base: OutputFile[], head: OutputFile[], locale: 'nl-BE' | 'en') {
  const paths = [...new Set([...head.map((d) => d.path), ...base.map((d) => d.path)])].sort();
  const documents: DocumentChange[] = [];
  const files: { path: string; contents: string }[] = [];
  const targets: RedlineTarget[] = [];
  for (const p of paths) {
    const b = base.find((d) => d.path === p);
    const h = head.find((d) => d.path === p);
    const title = h?.title ?? b?.title ?? p;
    const change = !b ? 'added' : !h ? 'removed' : b.contents === h.contents ? 'unchanged' : 'changed';
    if (change === 'unchanged') {
      documents.push({ path: p, title, change });
      continue;
    }
    const red = redline({ ...(b ? { base: b.contents } : {}), ...(h ? { head: h.contents } : {}), title, locale });
    const name = redlineName(p);
    files.push({ path: name, contents: red.html });
    targets.push({ redline: name, ...(h ? { head: h.contents } : {}), ...(b ? { base: b.contents } : {}) });
    documents.push({ path: p, title, change, redline: name });
  }
  return { documents, files, targets };
}

/** The documents' locale: --locale, else the plan's. */
export function documentLocale(head: Version, given: 'nl-BE' | 'nl' | 'en' | undefined): 'nl-BE' | 'en' {
  if (given) return given === 'en' ? 'en' : 'nl-BE';
  const plan = head.documents.find((d) => d.kind === 'plan');
  return plan?.kind === 'plan' && plan.data.locale === 'en' ? 'en' : 'nl-BE';
}

export function compareVersions(
  base: Side,
  head: Side,
  at: { ref: string; commit: string },
  given: 'nl-BE' | 'nl' | 'en' | undefined,
): Compared {
  const locale = documentLocale(head.version, given);
  const compared = compareDocuments(base.documents, head.documents, locale);
  const model = linkRedlines(diffModels(base.version, head.version), compared.targets);
  return { report: { base: at, locale, documents: compared.documents, model }, redlines: compared.files };
}
