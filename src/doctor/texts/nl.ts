/** `plan doctor` in het Nederlands. */

import type { DoctorTexts } from './types.js';
import { list, planCommand } from './types.js';

const files = (n: number) => `${n} ${n === 1 ? 'bestand' : 'bestanden'}`;
const and = (items: readonly string[]) => list(items, 'en');
const or = (items: readonly string[]) => list(items, 'of');

export const nl: DoctorTexts = {
  heading: (version) => `planwerk ${version}: controle van deze computer en dit project`,
  status: { ok: 'ok', warning: 'waarschuwing', problem: 'probleem' },
  label: {
    node: 'Node.js',
    planwerk: 'planwerk',
    chromium: 'Chromium',
    fonts: 'lettertypen',
    content: 'inhoud',
    cache: 'cache',
    git: 'git',
    editor: 'editor',
  },
  summary: (problems, warnings) =>
    problems === 0 && warnings === 0
      ? 'Alles is klaar.'
      : [
          problems > 0 ? `${problems} ${problems === 1 ? 'probleem' : 'problemen'}` : '',
          warnings > 0 ? `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : '',
        ]
          .filter(Boolean)
          .join(' en ') + (problems > 0 ? ': los eerst de problemen op.' : ': planwerk werkt; de waarschuwingen zeggen wat zou helpen.'),
  node: {
    ok: (v, min) => `${v} (planwerk heeft ${min} of later nodig)`,
    old: (v, min) => `${v} is te oud: planwerk heeft ${min} of later nodig`,
    fixOld: (min) =>
      `Installeer Node.js ${min} of later (https://nodejs.org, of met de pakketbeheerder van je systeem) en voer de opdracht opnieuw uit.`,
  },
  planwerk: { ok: (v, where) => `${v}, geïnstalleerd in ${where}` },
  chromium: {
    ok: (v, path, source) => `${v} gestart en gesloten (${path}, ${source === 'system' ? 'gevonden op het systeem' : `uit ${source}`})`,
    notExecutable: (given) =>
      `${and(given)}: geen uitvoerbaar bestand; een browser die daar opgegeven is, wordt gebruikt of geen, dus er kan geen PDF afgedrukt worden`,
    notFound: (tried) => `geen Chromium gevonden (gezocht naar ${or(tried)}), dus er kan geen PDF afgedrukt worden`,
    fixMissing:
      'Installeer Chromium (Debian: `apt-get install chromium`) of zet PUPPETEER_EXECUTABLE_PATH op een Chrome of Chromium; tot dan maakt `plan build --format html` alles behalve de PDF’s.',
    fixExplicit: (names) =>
      `Laat ${or(names)} verwijzen naar een geïnstalleerde Chrome of Chromium, of verwijder ${names.length === 1 ? 'de variabele' : 'de variabelen'} om die van het systeem te gebruiken (Debian: \`apt-get install chromium\`); tot dan maakt \`plan build --format html\` alles behalve de PDF’s.`,
    fixTimeout: 'Zet PLANWERK_PDF_TIMEOUT op een aantal seconden, zoals 60, of verwijder de variabele (standaard 30).',
    ignored: (given, path, source) => `${and(given)}: geen uitvoerbaar bestand; in de plaats wordt ${path} uit ${source} gebruikt`,
    fixIgnored: (names) => `Verbeter of verwijder ${and(names)}.`,
    failed: (reason) => `gevonden maar niet gestart: ${reason}`,
    fixFailed: (path) =>
      `Kijk of \`${path} --headless --version\` werkt voor deze gebruiker (ontbrekende bibliotheken, een snap zonder toegang tot /tmp, te weinig geheugen), of zet PUPPETEER_EXECUTABLE_PATH op een andere Chrome of Chromium; PLANWERK_PDF_TIMEOUT geeft een trage computer meer seconden. Tot dan maakt \`plan build --format html\` alles behalve de PDF’s.`,
  },
  fonts: {
    ok: (families, lang, locale) =>
      `${and(families)} ${families.length === 1 ? 'dekt' : 'dekken'} de taal van de documenten (${locale}, fontconfig: ${lang})`,
    noFontconfig: 'niet te controleren: fc-list (fontconfig) is niet geïnstalleerd, en daarmee vindt Chromium lettertypen op Linux',
    fixFontconfig:
      'Debian: `apt-get install fontconfig fonts-liberation2 fonts-dejavu-core`. Op macOS en Windows volstaan de systeemlettertypen; daar mag je deze waarschuwing negeren.',
    brandMissing: (families, lang, instead) =>
      `het lettertype ${and(families.map((f) => `‘${f}’`))} van de huisstijl is niet geïnstalleerd voor ${lang} en heeft geen \`file\`: de PDF’s gebruiken in de plaats ${instead ?? 'een ander lettertype'}`,
    fixBrand:
      'Installeer het lettertype op elke computer die bouwt (ook in CI), of geef het een `file:` (en `boldFile:`) in `branding.fonts` van het plan; dan wordt het ingesloten.',
    none: (families, lang) =>
      `geen van de lettertypen die de afdrukstijl vraagt (${and(families)}) dekt ${lang}: Chromium kiest een ander, en de PDF’s zien er anders uit`,
    fallback: (wanted, used, lang) => `${wanted} is niet geïnstalleerd voor ${lang}: de PDF’s gebruiken in de plaats ${used}`,
    fixInstall:
      'Debian: `apt-get install fonts-liberation2 fonts-dejavu-core`; bouw daarna één keer met `--no-cache`, zodat de PDF’s ze gebruiken.',
  },
  content: {
    ok: (dir, plan, locale, n) => `${dir}/: plan ${plan}${locale ? ` (${locale})` : ''}, ${files(n)}, geen fouten`,
    notFound: (dir) => `geen inhoudsmap in ${dir}/`,
    notFolder: (dir) => `${dir} is geen map`,
    fixNotFound: (dir) =>
      `Voer de opdracht uit in de projectmap, of geef de inhoudsmap op met \`-c MAP\`; \`plan init\` begint een nieuw project${dir === 'content' ? '' : ` (gezocht: ${dir})`}.`,
    unreadable: (dir, reason) => `${dir}/ kan niet gelezen worden: ${reason}`,
    fixUnreadable: (dir) => `Geef deze gebruiker leesrechten op ${dir}/ en alles daarin.`,
    noPlan: (dir, n) => `${dir}/ bevat geen plan (${files(n)} gelezen): elk document hoort bij een plan`,
    fixNoPlan: (dir) =>
      `Voeg het plan toe met \`plan new plan <id>\`${dir === 'content' ? '' : ` -c ${dir}`}, of wijs met \`-c\` de map aan die er een heeft; \`plan init\` begint een nieuw project.`,
    manyPlans: (dir, ids) => `${dir}/ bevat ${ids.length} plannen (${and(ids)}); een inhoudsmap bevat er precies één`,
    fixManyPlans: (dir) =>
      `Houd één plan in ${dir}/ (een volgende planperiode krijgt een eigen project); ${planCommand('validate', dir)} toont waar ze staan.`,
    errors: (dir, plan, n, errors) =>
      `${dir}/: plan ${plan}, ${files(n)}, ${errors} ${errors === 1 ? 'fout' : 'fouten'}: \`plan build\` weigert inhoud met fouten`,
    fixErrors: (dir) => `Voer ${planCommand('validate', dir)} uit: dat toont elke fout met bestand, regel en kolom, en wat je eraan doet.`,
  },
  cache: {
    ok: (dir) => `${dir}/ is beschrijfbaar`,
    notYet: (dir) => `${dir}/ bestaat nog niet; de eerste \`plan validate\` of \`plan build\` maakt hem aan`,
    disabled: (dir) => `niet gebruikt (--no-cache); hij zou in ${dir}/ staan`,
    notFolder: (dir) => `${dir} is geen map, dus er wordt niets bewaard en elke run begint van nul`,
    fixNotFolder: (dir) => `Zet ${dir} opzij; planwerk maakt de map bij de volgende run aan.`,
    unwritable: (dir, reason) => `${dir}/ is niet beschrijfbaar (${reason}): elke run begint van nul`,
    cannotCreate: (dir, parent, reason) =>
      `${dir}/ kan niet aangemaakt worden: ${parent}/ is niet beschrijfbaar (${reason}), dus elke run begint van nul`,
    fixUnwritable: (dir) =>
      `Geef deze gebruiker schrijfrechten op ${dir}/ (in CI: voer planwerk uit als de gebruiker die node_modules installeerde).`,
  },
  git: {
    ok: (v, repo) => `${v}; het project staat in de repository ${repo}`,
    missing: 'git is niet geïnstalleerd: `plan validate --changed` en wijzigingen delen via een repository hebben het nodig',
    fixMissing: 'Installeer git (Debian: `apt-get install git`; https://git-scm.com).',
    noRepository: (v, root) =>
      `${v}; ${root}/ staat niet in een git-repository, dus wijzigingen hebben geen geschiedenis en \`plan validate --changed\` werkt niet`,
    fixNoRepository: (root) => `Voer \`git init\` uit in ${root}/ (\`plan init\` doet dat voor een nieuw project).`,
  },
  editor: {
    ok: (n, ext) =>
      `.vscode/settings.json koppelt ${n} ${n === 1 ? 'schema' : 'schema’s'} van planwerk; .vscode/extensions.json raadt ${ext} aan`,
    noSettings: '.vscode/settings.json ontbreekt, dus VS Code controleert de YAML-bestanden niet met de schema’s van planwerk',
    badSettings: (reason) => `.vscode/settings.json is geen leesbare JSON (${reason})`,
    noSchemas: '.vscode/settings.json koppelt geen schema van planwerk onder "yaml.schemas"',
    fixSettings: (schema, glob) =>
      `\`plan init\` schrijft de editorinstellingen voor een nieuw project; voeg hier toe aan .vscode/settings.json: { "yaml.schemas": { "${schema}": ["${glob}"] } }.`,
    missingSchemas: (paths) =>
      `"yaml.schemas" verwijst naar ${and(paths)}, ${paths.length === 1 ? 'dat' : 'die'} niet ${paths.length === 1 ? 'bestaat' : 'bestaan'}`,
    fixMissingSchemas: (dir) => `Laat ze verwijzen naar de schema’s van planwerk in ${dir}.`,
    noExtension: (ext) => `.vscode/extensions.json raadt ${ext} niet aan, de extensie die "yaml.schemas" leest`,
    fixExtension: (ext) => `Voeg toe aan .vscode/extensions.json: { "recommendations": ["${ext}"] }.`,
  },
};
