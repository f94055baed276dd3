/** The Dutch phrasing of every catalogue code: the message says what is wrong and why, the hint what to do. */

import { figure } from './figures-nl.js';
import { fmt, kindLabel, kinds, list, q, suggest, typeLabel, unit } from './format.js';
import type { Messages } from './types.js';

const L = 'nl';

export const nl: Messages = {
  'parse/yaml-syntax': {
    message: (a) => `De YAML kan niet gelezen worden: ${a.reason}.`,
    hint: () =>
      'Controleer inspringing, aanhalingstekens en dubbele punten rond deze plaats; zet tekst met “: ” of een speciaal beginteken tussen aanhalingstekens.',
  },
  'parse/duplicate-key': {
    message: (a) => `De sleutel ${q(a.key)} komt twee keer voor in dezelfde map; er kan maar één waarde gelden.`,
    hint: () => 'Verwijder of voeg een van beide items samen.',
  },
  'parse/front-matter-missing': {
    message: () => 'Dit Markdown-bestand heeft geen YAML-front matter, dus planwerk weet niet wat het beschrijft.',
    hint: () => 'Begin het bestand met een regel “---”, de velden (minstens kind en id) en een afsluitende “---”.',
  },
  'parse/front-matter-unclosed': {
    message: () => 'De front matter die met “---” begint, wordt nooit afgesloten, waardoor het hele bestand als YAML gelezen zou worden.',
    hint: () => 'Voeg een regel “---” toe na het laatste veld.',
  },
  'parse/not-a-map': {
    message: (a) =>
      `De YAML moet een map van velden zijn (sleutel: waarde), maar is ${a.found === 'list' ? 'een lijst' : `de waarde ${a.value ?? ''}`}.`,
    hint: () => 'Schrijf één “sleutel: waarde” per regel.',
  },
  'schema/unknown-kind': {
    message: (a) =>
      a.kind === undefined
        ? 'Dit bestand heeft geen “kind”, dus planwerk weet niet wat het beschrijft.'
        : `${q(a.kind)} is geen soort die planwerk kent.`,
    hint: (a) => suggest(L, a.suggestion, `Gebruik een van: ${list(a.known)}.`),
  },
  'schema/missing-key': {
    message: (a) =>
      a.allowed === undefined
        ? `Het veld ${q(a.key)} is hier verplicht (${typeLabel(a.expected, L)}).`
        : `Het veld ${q(a.key)} is hier verplicht, een van: ${list(a.allowed)}.`,
    hint: (a) => `Voeg “${a.key}: ${a.allowed?.[0] ?? '…'}” toe.`,
  },
  'schema/unknown-key': {
    message: (a) => `Het veld ${q(a.key)} hoort niet bij deze soort document, dus de waarde zou verloren gaan.`,
    hint: (a) => suggest(L, a.suggestion, `Verwijder het, of gebruik een van: ${list(a.known)}.`),
  },
  'schema/invalid-type': {
    message: (a) =>
      `Verwacht: ${typeLabel(a.expected, L)}; gevonden: ${typeLabel(a.found, L)}${a.value === undefined ? '' : ` (${a.value})`}.`,
    hint: (a) =>
      a.expected === 'string' && a.found === 'number'
        ? 'Zet de waarde tussen aanhalingstekens, bv. "2.10", zodat ze letterlijk tekst blijft.'
        : `Schrijf hier ${typeLabel(a.expected, L)}.`,
  },
  'schema/invalid-value': {
    message: (a) => `${q(a.value)} is geen toegelaten waarde (${list(a.allowed)}).`,
    hint: (a) => suggest(L, a.suggestion, 'Schrijf een van de toegelaten waarden, precies zoals vermeld.'),
  },
  'schema/invalid-date': {
    message: (a) =>
      a.reason === 'impossible'
        ? `${q(a.value)} is geen datum die in de kalender bestaat.`
        : `${q(a.value)} is geen ISO-datum${a.allowsPartial ? ' (JJJJ-MM-DD, JJJJ-MM of JJJJ)' : ' (JJJJ-MM-DD)'}.`,
    hint: (a) =>
      a.reason === 'impossible'
        ? 'Verbeter de datum; staat ze zo in de bron, bewaar de letterlijke tekst dan in “raw” en de verbetering in “correction”.'
        : 'Schrijf de datum als 2021-09-01 (of 2021-09 als de bron alleen een maand geeft).',
  },
  'schema/invalid-id': {
    message: (a) => `${q(a.value)} is geen geldige id: ids bestaan uit kleine letters, cijfers en enkele koppeltekens of punten.`,
    hint: () => 'Bijvoorbeeld: sd1, od-sociale-bescherming, cafe-anoniem.',
  },
  'schema/out-of-range': {
    message: (a) =>
      a.what === 'size'
        ? `Dit heeft ${a.direction === 'min' ? 'minder' : 'meer'} elementen of tekens dan toegelaten (${a.direction === 'min' ? 'minstens' : 'hoogstens'} ${a.limit}).`
        : `${a.value} ligt ${a.direction === 'min' ? 'onder het minimum' : 'boven het maximum'} van ${a.limit}.`,
    hint: () => 'Verbeter de waarde.',
  },
  'schema/invalid': {
    message: (a) => `${a.detail}.`,
    hint: () => 'Zie het inhoudsmodel in docs/content-model.md.',
  },
  'link/duplicate-id': {
    message: (a) => `De id ${q(a.id)} wordt door meer dan één document gebruikt, dus verwijzingen ernaar zijn dubbelzinnig.`,
    hint: () => 'Geef elk document een eigen id.',
    related: (a) => `${q(a.id)} is ook hier gedefinieerd`,
  },
  'link/unknown-reference': {
    message: (a) => `Geen ${kinds(a.expected, L)} heeft de id ${q(a.id)}.`,
    hint: (a) => suggest(L, a.suggestion, 'Controleer de schrijfwijze, of voeg het document toe waarnaar verwezen wordt.'),
  },
  'link/unknown-body-link': {
    message: (a) => `De link “@${a.id}” in de tekst verwijst naar geen enkele doelstelling, actie of ander document.`,
    hint: (a) => suggest(L, a.suggestion, 'Schrijf [tekst](@id) met de id van een bestaand document.'),
  },
  'link/wrong-kind': {
    message: (a) => `${q(a.id)} is een ${kindLabel(a.found, L)}, maar hier wordt een ${kinds(a.expected, L)} verwacht.`,
    hint: () => 'Verwijs naar een document van de verwachte soort.',
    related: (a) => `${q(a.id)} is hier gedefinieerd`,
  },
  'link/divergence-unknown-document': {
    message: (a) => `Geen gebouwd document heet ${q(a.id)}, dus het kwaliteitsrapport kan niet zeggen waar deze afwijking staat.`,
    hint: (a) => `Noem een van ${a.expected.map(q).join(', ')}.`,
  },
  'link/divergence-unknown-source': {
    message: (a) => `De lijst van afwijkingen noemt geen bron ${q(a.id)}, dus de regelnummers tellen in geen gekende tekst.`,
    hint: (a) =>
      a.sources.length > 0
        ? `Noem een van ${a.sources.map(q).join(', ')}, of voeg de bron toe onder \`sources\`.`
        : 'Voeg de bron toe onder `sources` van een lijst van afwijkingen (kind divergences).',
  },
  'link/divergence-lines-reversed': {
    message: (a) => `Het regelbereik ${a.from}–${a.to} eindigt voor het begint.`,
    hint: (a) => `Schrijf de eerste regel eerst: [${a.to}, ${a.from}].`,
  },
  'link/parent-cycle': {
    message: (a) => `De ouders vormen een kring (${a.cycle.join(' → ')}), dus deze boom heeft geen top.`,
    hint: () => 'Doorbreek de kring: een van deze moet een andere ouder of geen ouder hebben.',
    related: () => 'deel van de kring',
  },
  'link/goal-parent': {
    message: (a) =>
      a.problem === 'missing'
        ? `De operationele doelstelling ${q(a.id)} heeft geen ouder; elke operationele doelstelling hoort bij een strategische doelstelling.`
        : a.problem === 'not-strategic'
          ? `De ouder van de operationele doelstelling ${q(a.id)} is geen strategische doelstelling.`
          : `De strategische doelstelling ${q(a.id)} heeft een ouder; strategische doelstellingen staan bovenaan de boom.`,
    hint: (a) =>
      a.problem === 'unexpected'
        ? 'Verwijder “parent”, of maak hier een operationele doelstelling van.'
        : 'Zet “parent” op de id van een strategische doelstelling.',
    related: () => 'het niveau van de ouder',
  },
  'link/action-parent': {
    message: (a) =>
      a.problem === 'missing'
        ? `Het deelproject ${q(a.id)} heeft geen ouder; een deelproject hoort bij een strategische of transversale actie.`
        : a.problem === 'sub-project'
          ? `De ouder van ${q(a.id)} is zelf een deelproject; deelprojecten hangen onder een actie.`
          : `${q(a.id)} heeft een ouder, maar enkel deelprojecten hebben er een.`,
    hint: (a) =>
      a.problem === 'unexpected'
        ? 'Verwijder “parent”, of maak hier een deelproject van (kind: sub-project).'
        : 'Zet “parent” op de id van de actie waartoe dit project bijdraagt.',
    related: () => 'de ouder is een deelproject',
  },
  'link/action-without-goal': {
    message: (a) => `De actie ${q(a.id)} draagt bij tot geen enkele doelstelling, dus ze heeft geen plaats in de logica van het plan.`,
    hint: () => 'Zet de doelstellingen waartoe ze bijdraagt onder “goals”, elk met een sterkte (contributes of may-contribute).',
  },
  'link/goal-unserved': {
    message: (a) => `Geen enkele actie draagt bij tot de operationele doelstelling ${q(a.id)}, dus niets in het plan werkt eraan.`,
    hint: () => 'Voeg deze doelstelling toe aan de “goals” van een actie die eraan bijdraagt, of schrap de doelstelling.',
  },
  'link/dropped-goal-referenced': {
    message: (a) => `De doelstelling ${q(a.id)} werd geschrapt in ${a.dropped}, maar deze verwijzing telt vanaf dan nog mee.`,
    hint: (a) => `Verwijs naar de doelstelling die ze vervangt, of beëindig de bijdrage met “until: ${a.dropped - 1}”.`,
    related: () => 'de doelstelling wordt hier geschrapt',
  },
  'link/replacement-without-drop': {
    message: (a) => `${q(a.id)} noemt een vervanger maar heeft geen jaar in “dropped”, dus beide zouden tegelijk meetellen.`,
    hint: () => 'Voeg “dropped: JAAR” toe, het jaar waarin de vervanger het overnam.',
  },
  'link/plan-missing': {
    message: () => 'De inhoud heeft geen document van soort “plan”, dus er is geen periode, organisatie of lijst van thema’s.',
    hint: () => 'Voeg content/plan.md toe (zie docs/content-model.md).',
  },
  'link/plan-multiple': {
    message: (a) => `Er is meer dan één plan (${q(a.id)} is een ander); één inhoudsmap bevat één plan.`,
    hint: () => 'Houd één plan per inhoudsmap.',
    related: () => 'het andere plan',
  },
  'link/unknown-part': {
    message: (a) =>
      `${q(a.name)} is geen onderdeel of stuk van een ${a.document === 'plan' ? 'plan' : 'voortgangsrapport'}, dus dit hoofdstuk kan het niet plaatsen.`,
    hint: (a) => suggest(L, a.suggestion, `Noem een van: ${a.expected.join(', ')}.`),
  },
  'link/part-placed-twice': {
    message: (a) =>
      `Het onderdeel ${q(a.name)} wordt al door een ander hoofdstuk geplaatst (of eerder in dit hoofdstuk); een onderdeel wordt één keer afgedrukt.`,
    hint: () => 'Verwijder het hier, of uit het hoofdstuk dat het eerst plaatst.',
    related: () => 'hier eerst geplaatst',
  },
  'timing/end-before-start': {
    message: (a) => `Het einde ${a.end} ligt vóór het begin ${a.start}.`,
    hint: () => 'Verbeter een van beide datums; bewaar de woorden van de bron in “raw” als ze zo vermeld staan.',
  },
  'timing/outside-parent': {
    message: (a) => `${q(a.id)} loopt ${a.period}, buiten de periode van de ouder ${q(a.parent)} (${a.parentPeriod}).`,
    hint: () => 'Controleer beide timings met de bron; zegt de bron het zo, dan blijft de vaststelling staan.',
    related: () => 'de timing van de ouder',
  },
  'timing/outside-plan': {
    message: (a) => `${q(a.id)} loopt ${a.period}, wat de planperiode ${a.planPeriod} niet overlapt.`,
    hint: () => 'Controleer de timing; een actie die eindigt voor het plan begint, hoort er niet in.',
  },
  'progress/year-outside-plan': {
    message: (a) => `${a.year} valt buiten de planperiode ${a.planPeriod}, dus dit kan niet over het plan rapporteren.`,
    hint: () => 'Verbeter het jaar.',
  },
  'progress/duplicate': {
    message: (a) => `${q(a.project)} heeft meer dan één voortgangsrapportering voor ${a.year}; het rapport zou ze twee keer tonen.`,
    hint: () => 'Voeg beide samen.',
    related: () => 'de andere rapportering',
  },
  'progress/no-report': {
    message: (a) => `Er is geen voortgangsrapport (kind: report) voor ${a.year}, dus deze rapportering hoort bij geen enkel document.`,
    hint: (a) => `Voeg een rapport voor ${a.year} toe, of verbeter het jaar.`,
  },
  'compute/declared-differs': {
    message: (a) => `${figure(a)}: de bron vermeldt ${fmt(a.stated, L)}${unit(a)}, de invoer geeft ${fmt(a.computed, L)}${unit(a)}.`,
    hint: () =>
      'Bewaar het vermelde cijfer zoals de bron het drukt; controleer de invoer. Het document drukt het vermelde cijfer; het kwaliteitsrapport toont beide.',
  },
  'compute/stated-part-exceeds': {
    message: (a) =>
      `${figure(a)}: de tekst van de bron vermeldt minstens ${fmt(a.stated, L)}${unit(a)} (een deel dat ze noemt), de invoer geeft ${fmt(a.computed, L)}${unit(a)}.`,
    hint: () =>
      'Bewaar de cijfers zoals de bron ze geeft (het deel uit de tekst in `atLeast`, de invoer zoals de projecten ze vermelden) en noteer in `correction` hoe ze verschillen; aanvaard de bevinding als ze van de bron is.',
  },
  'compute/unknown-target': {
    message: (a) => `Er is geen indicator ${q(a.indicator)} om een basiswaarde of streefwaarde voor te zetten.`,
    hint: () => 'Gebruik een indicator-id zoals rgi-2.3.',
  },
  'compute/target-unmatched': {
    message: (a) =>
      `Tabel ${a.indicator} van ${a.year} heeft geen cijfer voor rij ${q(a.row)} en kolom ${q(a.column)}, dus deze basis- of streefwaarde wordt niet getoond.`,
    hint: () =>
      'Gebruik een rij-id van de tabel (een thema-id, een jaar, een bronlabel) en een kolom-id (een activiteitensoort-id, fte, fteDirect); laat de kolom weg voor een rijtotaal en beide voor het tabeltotaal.',
  },
  'report/unexplained-difference': {
    message: (a) =>
      a.kind === 'added'
        ? `${q(a.project)} is nieuw in ${a.year} en geen wijziging van ${a.year} vermeldt dat.`
        : `Het rapport ${a.year} vermeldt voor ${q(a.project)} een andere ${{ title: 'titel', timing: 'timing', goals: 'set bijdragen' }[a.kind]} dan het plan (plan: ${a.plan}; rapport: ${a.report}), en geen wijziging verklaart dat.`,
    hint: (a) =>
      `Is de wijziging bedoeld, leg ze dan vast in een wijziging van ${a.year} (kind: change, action: ${a.project}); het rapport toont ze hoe dan ook.`,
  },
  'report/nothing-stated': {
    message: (a) =>
      `Het rapport ${a.year} (${q(a.report)}) vermeldt niets over ${a.entries === 1 ? 'zijn enige project' : `zijn ${a.entries} projecten`}: elke voortgangsfiche heeft beoordelingen en status op niet vermeld, geen cijfers en geen eigen tekst, dus de subsidiegever leest overal “niet vermeld”.`,
    hint: () =>
      'Vul de voortgangsfiches in: de beoordelingen en de status, de cijfers, en in de tekst wat elk project deed. Tot dan is het rapport niet klaar om te versturen.',
  },
  'link/starter-text': {
    message: (a) =>
      `${a.field ? q(a.field) : 'De tekst'} bevat nog het voorbeeld ${q(a.text)} van de starter: \`plan init\` schreef het om te tonen wat hier hoort, en de documenten voor de subsidiegever zouden het afdrukken.`,
    hint: () => 'Vervang het door je eigen tekst, of schrap het. Zulke bevindingen kunnen niet aanvaard worden in de baseline.',
  },
  'link/placeholder': {
    message: (a) =>
      a.field ? `${q(a.field)} bevat nog de plaatshouder ${q(a.text)}.` : `De tekst bevat nog de plaatshouder ${q(a.text)}.`,
    hint: () =>
      'Vervang hem door de echte waarde of tekst; `plan new` schrijft TODO waar het niet kan weten wat er hoort. Zulke bevindingen kunnen niet aanvaard worden in de baseline.',
  },
  'output/path-conflict': {
    message: (a) =>
      `Twee uitvoerbestanden van de build zouden in één bestand komen, ${q(a.path)}${a.other !== a.path ? ` en ${q(a.other)} (dezelfde naam waar hoofdletters niet tellen)` : ''}; het ene zou het andere overschrijven.`,
    hint: () => 'Geef de documenten verschillende id’s: de bestandsnaam van elk document is zijn id.',
    related: () => 'Het andere uitvoerbestand met deze naam komt van hier.',
  },
  'output/name-too-long': {
    message: (a) =>
      `Het uitvoerbestand ${q(a.path.length > 60 ? `${a.path.slice(0, 40)}…${a.path.slice(-12)}` : a.path)} zou een naam van ${a.bytes} bytes krijgen; de meeste bestandssystemen aanvaarden er hoogstens 255, en planwerk houdt namen op ${a.max} zodat elke kopie van de uitvoer ze aankan.`,
    hint: (a) => `Kort deze id in: de bestandsnaam van een document is zijn id, en die mag hoogstens ${a.max - 5} tekens lang zijn.`,
  },
  'baseline/stale': {
    message: (a) => `${a.baseline} aanvaardt een ${q(a.code)}-bevinding in dit bestand die niet meer voorkomt: ${a.message}`,
    hint: (a) => `Is ze opgelost, verwijder dan de vermelding: voer \`plan validate --prune-baseline\` uit en commit ${a.baseline}.`,
  },
  'load/outside-content': {
    message: (a) =>
      `Dit is een symbolische koppeling naar ${q(a.target)}, buiten de inhoudsmap; planwerk leest niets daarbuiten, dus ze wordt niet gelezen.`,
    hint: () => 'Verplaats of kopieer waar ze naar wijst naar de inhoudsmap, of verwijder de koppeling.',
  },
  'load/unreadable': {
    message: (a) =>
      ({
        folder: 'Deze map kan niet gelezen worden, dus de inhoud erin ontbreekt in de build',
        'broken-link': 'Deze symbolische koppeling wijst naar niets, dus er is geen bestand om te lezen',
        'not-a-file': 'Dit is geen gewoon bestand (een pipe, apparaat of socket), dus het kan niet als inhoud gelezen worden',
        permission: 'Dit bestand kan niet gelezen worden: geen toestemming',
        other: 'Dit bestand kan niet gelezen worden',
      })[a.reason] + (a.detail ? ` (${a.detail}).` : '.'),
    hint: (a) =>
      a.reason === 'permission' || a.reason === 'folder'
        ? 'Maak het leesbaar voor de gebruiker die plan uitvoert, of haal het uit de inhoudsmap.'
        : 'Vervang het door een gewoon bestand, of haal het uit de inhoudsmap.',
  },
  'load/binary': {
    message: (a) =>
      `Dit bestand bevat een NUL-byte (op byte ${a.offset}), dus het is geen tekst: een binair bestand met een inhoudsnaam, of tekst bewaard als UTF-16.`,
    hint: () =>
      'Bewaar de tekst als UTF-8, of hernoem of verplaats het bestand als het geen inhoud is (.md-, .yaml- en .yml-bestanden worden als inhoud gelezen).',
  },
  'load/invalid-utf8': {
    message: (a) =>
      `De byte 0x${a.byte} hier hoort niet bij UTF-8-tekst, dus de tekens kunnen niet zeker gelezen worden; planwerk gokt niet.`,
    hint: () =>
      'Bewaar het bestand als UTF-8 in je editor (het werd wellicht als Latin-1 of Windows-1252 bewaard) en controleer dan het teken op deze plaats.',
  },
  'load/too-large': {
    message: (a) =>
      `Dit bestand is ${fmt(a.size / 1048576, L)} MB; inhoudsbestanden worden gelezen tot ${fmt(a.limit / 1048576, L)} MB, dus het wordt niet gelezen.`,
    hint: () =>
      'Verdeel de tekst over meerdere bestanden (één per hoofdstuk of project), of haal een bestand dat geen inhoud is uit de inhoudsmap.',
  },
  'parse/too-deep': {
    message: (a) =>
      `De ${a.where === 'yaml' ? 'YAML' : 'Markdown'} is hier meer dan ${a.limit} niveaus diep genest; geen plan heeft dat nodig, en het lezen ervan zou de build kunnen doen vastlopen of crashen.`,
    hint: () => 'Maak de structuur vlakker (minder geneste lijsten, citaten of elementen); controleer op een uit de hand gelopen kopie.',
  },
  'parse/alias-expansion': {
    message: (a) =>
      `De YAML-aliassen (*naam) hier breiden uit tot meer dan ${a.limit} kopieën, wat het geheugen zou opgebruiken (een “billion laughs”-bestand); het wordt niet gelezen.`,
    hint: () => 'Schrijf de waarden voluit in plaats van ankers en aliassen te herhalen.',
  },
  'asset/missing': {
    message: (a) => `${q(a.path)} staat niet in de inhoudsmap: er is geen bestand ${a.looked}.`,
    hint: () =>
      'Een pad is relatief aan de map van het bestand waarin het staat (zoals in de voorvertoning van GitHub); een pad dat met / begint, is relatief aan de inhoudsmap (/images/logo.png is content/images/logo.png). Controleer de spelling en hoofdletters.',
  },
  'asset/remote': {
    message: (a) => `${q(a.url)} staat op het internet; de documenten zijn zelfstandig en halen niets op.`,
    hint: () => 'Download het bestand naar de inhoudsmap (bv. content/images/) en verwijs ernaar met dat pad.',
  },
  'asset/outside-content': {
    message: (a) => `${q(a.path)} wijst naar buiten de inhoudsmap.`,
    hint: () =>
      'Kopieer het bestand naar de inhoudsmap en verwijs ernaar van daaruit: relatief aan het bestand waarin het pad staat, of met een / vooraan vanaf de inhoudsmap.',
  },
  'asset/unsupported-type': {
    message: (a) => `${q(a.path)} is geen van de hier ondersteunde types (${a.allowed.join(', ')}).`,
    hint: () => 'Zet het bestand om naar een ondersteund type; het type volgt uit de extensie van de bestandsnaam.',
  },
  'asset/too-large': {
    message: (a) => `${q(a.path)} is ${a.kilobytes} kB; het wordt ingebed in elk document dat het gebruikt (grens ${a.limit} kB).`,
    hint: () => 'Verklein de afbeelding tot de afgedrukte grootte, of bewaar ze gecomprimeerd (JPEG of WebP voor foto’s).',
  },
  'asset/over-limit': {
    message: (a) =>
      `${q(a.path)} is ${fmt(a.size / 1048576, L)} MB; bestanden die de documenten inbedden worden gelezen tot ${fmt(a.limit / 1048576, L)} MB, dus het wordt niet gelezen.`,
    hint: () =>
      'Maak het bestand kleiner: verklein een afbeelding tot de afgedrukte grootte of bewaar ze gecomprimeerd (JPEG of WebP voor foto’s); houd in een lettertype alleen de tekens die nodig zijn.',
  },
  'asset/missing-alt': {
    message: (a) =>
      `De afbeelding ${q(a.path)} heeft geen alt-tekst, dus een schermlezer (en /Alt in de PDF) kan niet zeggen wat ze toont.`,
    hint: () => 'Schrijf tussen de haken wat de afbeelding toont: ![Kaart van de regio](images/kaart.png).',
  },
  'asset/svg-unsafe': {
    message: (a) =>
      `${q(a.path)} bevat scripts, event handlers of verwijzingen naar andere bestanden; die zijn uit de documenten weggelaten.`,
    hint: () =>
      'Exporteer de SVG als gewone tekening (geen scripts, geen gekoppelde afbeeldingen of lettertypes), zodat je ziet wat er gedrukt wordt.',
  },
  'asset/stylesheet-reference': {
    message: (a) => `Het stijlblad van de inhoud verwijst naar ${q(a.reference)}; de documenten zijn zelfstandig en laden niets.`,
    hint: () => 'Verwijder de @import of url(); stel lettertypes en logo in onder branding: in het plan, dat ze inbedt.',
  },
  'asset/stylesheet-hides-text': {
    message: (a) =>
      `Het stijlblad van de inhoud zet ${q(a.declaration)} op ${q(a.selector)}: tekst van het document zou verborgen zijn voor wie het leest, al blijft ze in het bestand.`,
    hint: () => 'Verander hoe tekst eruitziet, niet of ze getoond wordt; laat wat niet in het document hoort weg uit de inhoud.',
  },
};
