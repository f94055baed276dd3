/** The README `plan init` writes for the staff who edit the content, in the content's language. */
import type { PlannedFile } from '../report-plan.js';
import type { StarterLocale } from './texts.js';

interface ReadmeOptions {
  organisation: string;
  start: number;
  end: number;
  locale: StarterLocale;
}

const nl = (o: ReadmeOptions): string => `# ${o.organisation}: meerjarenplan ${o.start}-${o.end}

De inhoud van het meerjarenplan en de voortgangsrapporten van ${o.organisation}: één Markdown-bestand per
doelstelling, actie, regio en voortgang, in \`content/\`. [planwerk](https://github.com/planwerk/planwerk)
(\`plan\`) controleert ze en maakt er de documenten van, in HTML en PDF. De map begon met \`plan init\` als een
fictief voorbeeld: vervang de teksten. Wat nog een voorbeeldtekst is, meldt \`npx plan validate\`.

## Eenmalig

Installeer [Node.js](https://nodejs.org) 20.19 of later. Daarna, in deze map:

\`\`\`sh
npm install          # installeert planwerk (zie package.json)
npx plan doctor      # controleert of alles klaar staat, ook Chromium voor de PDF's
\`\`\`

Open de map in VS Code: het stelt de YAML-extensie voor die de gegevensbestanden controleert terwijl je typt.

## Bewerken en bekijken

\`\`\`sh
npx plan dev         # de documenten in de browser op http://127.0.0.1:4000/, opnieuw bij elke bewaring
npx plan validate    # elk probleem met bestand, regel en kolom, en wat je eraan doet
npx plan build       # het meerjarenplan en de rapporten als HTML en PDF in dist/
\`\`\`

Iets nieuws:

\`\`\`sh
npx plan new strategic-action mijn-project --title "Mijn project" --goal sd1-woonkwaliteit
npx plan new report ${o.start + 1}    # het rapport van volgend jaar, met een voortgang per lopend project
\`\`\`

## Een wijziging voorstellen

1. Maak een branch: \`git switch -c rapport-${o.start}\`.
2. Bewerk, en controleer met \`npx plan validate\`.
3. Commit, push en open een pull request. De workflow in \`.github/workflows/planwerk.yml\` zet elk probleem op
   zijn regel, schrijft de volledige lijst in de samenvatting en hangt de PDF's aan de run (*Artifacts*).

Commit ook \`package-lock.json\`: de workflow installeert precies die versies.

## planwerk bijwerken

\`\`\`sh
npm install --save-dev planwerk@latest
\`\`\`
`;

const en = (o: ReadmeOptions): string => `# ${o.organisation}: plan ${o.start}-${o.end}

The content of the multi-year plan and the progress reports of ${o.organisation}: one Markdown file per goal,
action, region and progress entry, in \`content/\`. [planwerk](https://github.com/planwerk/planwerk) (\`plan\`)
checks them and makes the documents from them, as HTML and PDF. The folder was started with \`plan init\` from a
fictional example: replace its texts. \`npx plan validate\` says which texts are still the example's.

## Once

Install [Node.js](https://nodejs.org) 20.19 or later. Then, in this folder:

\`\`\`sh
npm install          # installs planwerk (see package.json)
npx plan doctor      # checks that everything is ready, Chromium for the PDFs too
\`\`\`

Open the folder in VS Code: it recommends the YAML extension, which checks the data files as you type.

## Edit and preview

\`\`\`sh
npx plan dev         # the documents in the browser at http://127.0.0.1:4000/, again on every save
npx plan validate    # every problem with its file, line and column, and what to do about it
npx plan build       # the plan and the reports as HTML and PDF in dist/
\`\`\`

Something new:

\`\`\`sh
npx plan new strategic-action my-project --title "My project" --goal sd1-housing-quality
npx plan new report ${o.start + 1}    # next year's report, with a progress entry per running project
\`\`\`

## Propose a change

1. Make a branch: \`git switch -c report-${o.start}\`.
2. Edit, and check with \`npx plan validate\`.
3. Commit, push and open a pull request. The workflow in \`.github/workflows/planwerk.yml\` puts every problem on
   its line, writes the complete list in the job summary and attaches the PDFs to the run (*Artifacts*).

Commit \`package-lock.json\` too: the workflow installs exactly those versions.

## Update planwerk

\`\`\`sh
npm install --save-dev planwerk@latest
\`\`\`
`;

export function staffReadme(o: ReadmeOptions): PlannedFile {
  return { path: 'README.md', text: o.locale === 'en' ? en(o) : nl(o) };
}
