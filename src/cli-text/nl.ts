/** De Nederlandse regels van de opdrachtregel zelf: hulp, optiefouten, `plan new`, `plan dev` (vorm: en.ts). */
import { kindLabel } from '../core/diagnostics/messages/format.js';
import type { CliTexts } from './en.js';
import { help } from './help-nl.js';
import { initNl } from './init.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** Kinds in a sentence: the Dutch names the diagnostics use. */
const kind = (k: string) => kindLabel(k, 'nl');

export const nl: CliTexts = {
  help,
  init: initNl,

  commander: {
    usage: 'Gebruik:',
    arguments: 'Argumenten:',
    options: 'Opties:',
    commands: 'Opdrachten:',
    globalOptions: 'Algemene opties:',
    optionsWord: '[opties]',
    commandWord: '[opdracht]',
    choices: 'keuzes',
    default: 'standaard',
    preset: 'vooraf ingesteld',
    env: 'omgevingsvariabele',
    helpOption: 'toon de hulp bij een opdracht',
    helpCommand: 'toon de hulp bij een opdracht',
    version: 'toon het versienummer',
    unknownOption: (flag) => `fout: onbekende optie '${flag}'`,
    unknownCommand: (name) => `fout: onbekende opdracht '${name}'`,
    didYouMean: (x) => `(Bedoelde je ${x}?)`,
    didYouMeanOneOf: (xs) => `(Bedoelde je een van ${xs}?)`,
    missingArgument: (name) => `fout: het verplichte argument '${name}' ontbreekt`,
    optionMissingArgument: (flags) => `fout: de optie '${flags}' mist haar waarde`,
    missingMandatoryOption: (flags) => `fout: de verplichte optie '${flags}' ontbreekt`,
    invalidChoice: (flags, value, choices) =>
      `fout: '${value}' is geen geldige waarde voor de optie '${flags}'. Mogelijke keuzes: ${choices}.`,
    invalidArgumentChoice: (value, name, choices) =>
      `fout: '${value}' is geen geldige waarde voor het argument '${name}'. Mogelijke keuzes: ${choices}.`,
    option: (flags) => `de optie '${flags}'`,
    envVar: (name) => `de omgevingsvariabele '${name}'`,
    conflict: (a, b) => `fout: ${a} kan niet samen met ${b}`,
    excessArguments: (command, expected, got) =>
      `fout: te veel argumenten${command ? ` voor '${command}'` : ''}. Verwacht: ${expected}, gekregen: ${got}.`,
  },

  tool: {
    jobs: (v) => `--jobs moet een geheel getal van minstens 1 zijn, niet ${v}`,
    asOf: (v) => `--as-of moet een jaartal zijn, zoals 2022, niet ${v}`,
  },

  cache: {
    'not-a-folder': (dir, code) => `${dir} is geen map (${code}); verder zonder cache.`,
    'no-access': (dir, code) => `${dir} kan niet gelezen en beschreven worden (${code}); verder zonder cache.`,
    'write-failed': (dir, code) => `schrijven naar de cache in ${dir} mislukte (${code}); verder zonder cache.`,
  },

  new: {
    giveYear: 'new report: geef het jaar, bv. `plan new report 2027`',
    giveId: (k) => `new ${k}: geef de id van het nieuwe document, bv. \`plan new ${k} mijn-id\``,
    refused: (command, why) => `${command}: ${why}; niets geschreven.`,
    exists: (command, file) => `${command}: ${file} bestaat al; niets geschreven.`,
    outside: (file, real, folder) =>
      `${file} zou in ${real} terechtkomen, buiten ${folder}: een map onderweg is een symbolische koppeling naar buiten; niets geschreven.`,
    notRead: (where, code, message) => `${where}: ${message} [${code}] Niet gelezen; new gaat verder zonder.`,
    couldNotWrite: (why) => `kon niet schrijven: ${why}`,
    yearDigits: (y) => `new report: het jaar moet uit vier cijfers bestaan, niet “${y}”`,
    wroteReport: (dryRun, year, entries) =>
      `${dryRun ? 'Zou schrijven' : 'Geschreven'}: het rapport ${year} en ${entries} ${s(entries, 'voortgangsrapportering', 'voortgangsrapporteringen')}; scores, status en metingen zijn nog niet ingevuld.`,
    skipped: (n) => `${n} ${s(n, 'project', 'projecten')} overgeslagen:`,
    what: (kinds) => kinds.map(kind).join(' of '),
    needsRef: (flag, what, examples) => `--${flag} <id> ontbreekt: de id van een ${what}${examples ? ` (bijvoorbeeld ${examples})` : ''}`,
    wrongKind: (flag, value, k, file, what) => `--${flag} ${value} is een ${kind(k)} (${file}), geen ${what}`,
    unknownRef: (flag, what, value, suggestion) =>
      `--${flag}: geen enkele ${what} heeft de id “${value}”${suggestion ? `. Bedoelde je “${suggestion}”?` : ''}`,
    notYear: (flag, v) => `--${flag} moet een jaartal zijn, zoals 2026, niet “${v}”`,
    needsChoice: (flag, allowed) => `--${flag} <${allowed.join('|')}> ontbreekt`,
    notOneOf: (flag, allowed, v) => `--${flag} moet een van ${allowed.join(', ')} zijn, niet “${v}”`,
    noReportYear: '--year <jaar> ontbreekt: er is nog geen rapport om het jaar van over te nemen',
    orderNotNumber: (v) => `--order moet een getal zijn, niet “${v}”`,
    planExists: (file) => `er is al een plan: ${file}`,
    needsPeriod: '--period <begin-einde> ontbreekt, bv. --period 2026-2030',
    needsTheme: '--theme <id> ontbreekt: de id van het eerste thema van het plan',
    needsDocument: '--document <id> ontbreekt: het plan, rapport of brondocument waar het bij hoort',
    strategicNoParent: 'een strategische doelstelling heeft geen --parent',
    parentNotStrategic: (id) => `--parent ${id} is geen strategische doelstelling`,
    parentIsSubProject: (id) => `--parent ${id} is zelf een deelproject`,
    onlySubProjectParent: 'alleen een deelproject heeft een --parent',
    noReport: (year) => `er is geen rapport voor ${year}: schrijf het eerst met \`plan new report ${year}\``,
    progressExists: (project, year, file) => `${project} heeft al een voortgangsrapportering voor ${year}: ${file}`,
    budgetNeedsPlan: 'eerst is er een plan nodig: een begroting heeft een kolom per planjaar',
    useNewReport: 'schrijf een rapport met `plan new report <jaar>`',
    unknownKind: (k, suggestion, kinds) =>
      `er is geen soort “${k}”${suggestion ? ` (bedoelde je “${suggestion}”?)` : ''}; de soorten zijn: ${kinds.join(', ')}`,
    notAnId: (id) => `“${id}” is geen id: gebruik kleine letters en cijfers, verbonden door enkele koppeltekens of punten`,
    idTaken: (id, file) => `de id “${id}” is al in gebruik in ${file}`,
    cannotWrite: (k) => `kan geen ${kind(k)} schrijven`,
    noPlan: 'de inhoud heeft geen plan: voer eerst `plan init` uit',
    outsidePeriod: (year, start, end) => `${year} ligt buiten de planperiode ${start}-${end}`,
    reportExists: (year, file) => `er is al een rapport voor ${year}: ${file}`,
    reportIdTaken: (id, year, file) => `de id “${id}” voor het rapport ${year} is al in gebruik in ${file}`,
    entryIdTaken: (id, project, file) => `de id “${id}” voor de voortgang van ${project} is al in gebruik in ${file}`,
    skipInternal: 'actie interne organisatie: het voortgangsrapport behandelt strategische en transversale acties en deelprojecten',
    skipAdded: (year) => `toegevoegd in ${year}`,
    skipEnded: (year) => `beëindigd in ${year}`,
    skipStopped: (year, change) => `stopgezet in ${year} (wijziging ${change})`,
    skipMerged: (into, year, change) => `samengevoegd${into ? ` met ${into}` : ''} in ${year} (wijziging ${change})`,
    skipContinued: (id) => `voortgezet door ${id}`,
    skipTimingEnds: (end) => `de timing eindigt ${end}`,
    skipTimingStarts: (start) => `de timing begint ${start}`,
  },

  dev: {
    badPort: (v) => `--port moet een poortnummer zijn (0 kiest een vrije), niet ${v}`,
    errors: (n, build) => `${n} ${s(n, 'fout', 'fouten')}; toont nog altijd build ${build}`,
    built: (b) =>
      `build ${b.build} in ${b.ms} ms (${b.processed} van ${b.files} bestanden opnieuw gecontroleerd; controle ${b.check} ms, opmaak ${b.render} ms)${b.fixed ? '; fouten opgelost' : ''}`,
    portMoved: (port, taken) => `poort ${port} was in gebruik; nu op ${taken}`,
    portInUse: (port) => `poort ${port} is in gebruik; probeert ${port + 1}`,
    serving: (url, dir) => `toont ${url} (volgt ${dir}/; Ctrl-C stopt)`,
    watching: (why) => `volgen: ${why}`,
    printing: (name) => `drukt ${name} af…`,
    badHost: (host, why) => `op --host ${host} kan niet geluisterd worden (${why}); geef een adres van deze machine, bv. 127.0.0.1`,
    forbiddenHost: 'Dit voorbeeld antwoordt alleen op zijn eigen hostnamen (localhost, 127.0.0.1, [::1] of de gegeven --host).',
    badRequest: 'Ongeldige aanvraag: het adres is niet geldig (procentcodering).',
    printed: (name, ms) => `${name} afgedrukt in ${ms} ms`,
    stopped: 'gestopt',
    internalError: 'interne fout',
    title: 'planwerk-voorbeeld',
    notFound: (name) => `Niet gevonden: ${name}`,
    nothingBuilt: 'Nog geen document gebouwd: los de fouten hieronder op.',
    reloads: (build) => `De pagina’s herladen wanneer de inhoud verandert. Build ${build}.`,
    changesLink: 'Wijzigingen sinds de basis: de lijst en een redline van elk gewijzigd document',
    changesTitle: 'Wijzigingen sinds de basis',
    noBase: (why: string) => `Geen basis om mee te vergelijken: ${why}. plan dev --base REF geeft er een.`,
    baseErrors: (base: string, n: number) =>
      `De inhoud in ${base} heeft ${n} fout(en) en kan niet vergeleken worden; plan validate op een checkout ervan toont ze.`,
    overlayOne: '1 fout in de inhoud; je ziet de laatste goede build.',
    overlayMany: '{n} fouten in de inhoud; je ziet de laatste goede build.',
  },
};
