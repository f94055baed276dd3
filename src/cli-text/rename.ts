/** What renaming an id says, in the command line (`plan rename`) and in the editor (the language server's rename). */
import type { Lang } from '../core/diagnostics/types.js';
import type { Refusal } from '../core/edit/rename.js';

const renameEn = {
  help: {
    description: 'rename an id everywhere: its definition, every reference and body link, and the file and folder named after it',
    old: 'the id as it is',
    new: 'the new id',
    dryRun: 'print what would change, write nothing',
  },
  refusal: (r: Refusal): string => {
    switch (r.reason) {
      case 'unknown':
        return `no document or item has the id “${r.id}”${r.suggestion ? ` (did you mean “${r.suggestion}”?)` : ''}`;
      case 'invalid':
        return `“${r.id}” is not a valid id: lower-case letters and digits, joined by single hyphens or dots`;
      case 'same':
        return `“${r.id}” is already its id`;
      case 'taken':
        return `the id “${r.id}” is taken (${r.file})`;
      case 'file-taken':
        return `the ${r.folder ? 'folder' : 'file'} ${r.file} already exists`;
      case 'broken':
        return `the rename would leave ${r.findings.length} new finding(s)`;
    }
  },
  notAnId: 'Put the cursor on an id (its definition or a use) to rename it.',
  refused: (reason: string) => `rename: ${reason}. Nothing written.`,
  finding: (where: string, code: string) => `  ${where}  ${code}`,
  edits: (n: number, files: number) => `${n} occurrence(s) in ${files} file(s)`,
  moved: (from: string, to: string) => `${from} → ${to}`,
  done: (old: string, next: string) => `Renamed “${old}” to “${next}”.`,
};

export type RenameTexts = typeof renameEn;

const renameNl: RenameTexts = {
  help: {
    description: 'hernoem een id overal: de definitie, elke verwijzing en link in de tekst, en het bestand en de map die ernaar heten',
    old: 'het huidige id',
    new: 'het nieuwe id',
    dryRun: 'toon wat zou veranderen, schrijf niets',
  },
  refusal: (r) => {
    switch (r.reason) {
      case 'unknown':
        return `geen document of item heeft het id “${r.id}”${r.suggestion ? ` (bedoel je “${r.suggestion}”?)` : ''}`;
      case 'invalid':
        return `“${r.id}” is geen geldig id: kleine letters en cijfers, verbonden door enkele koppeltekens of punten`;
      case 'same':
        return `“${r.id}” is al het id`;
      case 'taken':
        return `het id “${r.id}” is al in gebruik (${r.file})`;
      case 'file-taken':
        return `${r.folder ? 'de map' : 'het bestand'} ${r.file} bestaat al`;
      case 'broken':
        return `de hernoeming zou ${r.findings.length} nieuwe bevinding(en) opleveren`;
    }
  },
  notAnId: 'Zet de cursor op een id (de definitie of een gebruik) om het te hernoemen.',
  refused: (reason) => `rename: ${reason}. Niets geschreven.`,
  finding: (where, code) => `  ${where}  ${code}`,
  edits: (n, files) => `${n} plaats(en) in ${files} bestand(en)`,
  moved: (from, to) => `${from} → ${to}`,
  done: (old, next) => `“${old}” hernoemd naar “${next}”.`,
};

export const renameTexts = (lang: Lang): RenameTexts => (lang === 'nl' ? renameNl : renameEn);
