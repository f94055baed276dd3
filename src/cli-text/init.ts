/** What `plan init` says (a section of the command line's lines; English is the type, Dutch must match it). */
export const initEn = {
  askOrganisation: (d: string) => `Organisation [${d}]: `,
  askPeriod: (d: string) => `Plan period [${d}]: `,
  notEmpty: (dir: string, list: string) =>
    `plan: init: ${dir} already holds ${list}; choose a new or empty folder (a git repository with only a README, a licence and dot-files is fine). Nothing written.\n`,
  badPeriod: (p: string) => `plan: init: the period must be two years such as 2026-2030, not “${p}”. Nothing written.\n`,
  exists: (file: string) => `plan: init: ${file} already exists. Nothing written.\n`,
  kept: (file: string) => `${file} (kept as it was)`,
  gitInit: (dir: string) => `Made ${dir} a git repository (branch main).`,
  gitInside: (top: string) => `Already inside the git repository ${top}: no git init.`,
  gitMissing: 'git was not found: no repository made (install git, then run git init).',
  gitSkipped: 'No git init (--no-git).',
  done: (start: number, end: number, organisation: string) => `A starter plan ${start}-${end} for ${organisation}.`,
  next: 'Next:',
  nextInstall: 'installs planwerk into node_modules',
  nextDoctor: 'checks Node, Chromium, fonts and the content',
  nextValidate: 'reports what is still the example’s text',
  nextBuild: 'writes the documents into dist/',
};

export type InitTexts = typeof initEn;

export const initNl: InitTexts = {
  askOrganisation: (d) => `Organisatie [${d}]: `,
  askPeriod: (d) => `Periode van het plan [${d}]: `,
  notEmpty: (dir, list) =>
    `plan: init: ${dir} bevat al ${list}; kies een nieuwe of lege map (een git-repository met alleen een README, een licentie en bestanden met een punt ervoor mag). Niets geschreven.\n`,
  badPeriod: (p) => `plan: init: de periode moet twee jaartallen zijn, zoals 2026-2030, niet “${p}”. Niets geschreven.\n`,
  exists: (file) => `plan: init: ${file} bestaat al. Niets geschreven.\n`,
  kept: (file) => `${file} (bleef zoals het was)`,
  gitInit: (dir) => `${dir} is nu een git-repository (branch main).`,
  gitInside: (top) => `Al binnen de git-repository ${top}: geen git init.`,
  gitMissing: 'git niet gevonden: geen repository gemaakt (installeer git en doe dan git init).',
  gitSkipped: 'Geen git init (--no-git).',
  done: (start, end, organisation) => `Een startplan ${start}-${end} voor ${organisation}.`,
  next: 'Verder:',
  nextInstall: 'installeert planwerk in node_modules',
  nextDoctor: 'controleert Node, Chromium, lettertypen en de inhoud',
  nextValidate: 'meldt wat nog de tekst van het voorbeeld is',
  nextBuild: 'schrijft de documenten in dist/',
};
