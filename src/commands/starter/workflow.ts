/**
 * The GitHub Actions workflow `plan init` writes into a content repository. It installs the repository's own
 * dependencies only (planwerk from the registry or the spec in package.json, never a planwerk checkout), keeps
 * planwerk's cache between runs (restored after `npm ci`, which empties node_modules), validates with Node alone,
 * and builds the documents with the runner's Chrome and real fonts.
 *
 * Actions are pinned to full commit SHAs, the release tag in the comment: a tag can be moved, a SHA cannot.
 */
import type { StarterLocale } from './texts.js';

const ACTIONS = {
  checkout: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
  setupNode: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
  restore: 'actions/cache/restore@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3',
  save: 'actions/cache/save@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3',
  upload: 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2',
};

const WORDS = {
  'nl-BE': {
    intro: [
      'planwerk in GitHub Actions: controleert de inhoud bij elke pull request en push naar main, en maakt dan de',
      'documenten (HTML en PDF) en hangt ze aan de run. Geschreven door `plan init`; pas gerust aan.',
    ],
    validateJob: 'Inhoud controleren',
    buildJob: 'Documenten maken',
    checkout: 'Ophalen',
    node: 'Node instellen',
    install: 'Installeren',
    restore: 'Cache van planwerk terugzetten',
    save: 'Cache van planwerk bewaren',
    validate: 'Controleren',
    validateWhy: [
      'Elk probleem op zijn regel in de pull request, de volledige lijst in de samenvatting van de job. --strict:',
      'ook een waarschuwing die niet aanvaard is in planwerk-baseline.json doet de controle falen.',
    ],
    cacheWhy: [
      'npm ci maakt node_modules leeg; de cache van planwerk (node_modules/.cache/planwerk) komt daarna terug. Een',
      'pull request begint van de cache van zijn basisbranch (restore-keys), zodat alleen wat veranderde opnieuw loopt.',
    ],
    fonts: 'Lettertypen voor de PDF',
    fontsWhy: 'De runner heeft Google Chrome; de lettertypen van de documenten komen van Ubuntu.',
    doctor: 'Klaar voor PDF?',
    build: 'Documenten maken',
    buildWhy: 'De tijd van de commit als datum van de documenten: dezelfde commit geeft dezelfde documenten.',
    upload: 'Documenten bewaren',
    summary: 'Samenvatting',
    summaryTitle: 'planwerk: documenten',
    summaryDownload: 'Download **planwerk-documenten** onder *Artifacts* op [de pagina van deze run]',
    artifact: 'planwerk-documenten',
    diff: 'Wijzigingen in de documenten',
    diffWhy: [
      'Bij een pull request: wat de wijziging aan de documenten doet (plan diff), als lijst in de samenvatting en',
      'als redlines in een artifact. De merge base met de basisbranch vraagt de hele geschiedenis (fetch-depth: 0).',
    ],
    uploadDiff: 'Redlines bewaren',
    diffArtifact: 'planwerk-wijzigingen',
  },
  en: {
    intro: [
      'planwerk in GitHub Actions: checks the content on every pull request and push to main, then builds the',
      'documents (HTML and PDF) and attaches them to the run. Written by `plan init`; change it as you need.',
    ],
    validateJob: 'Check the content',
    buildJob: 'Build the documents',
    checkout: 'Check out',
    node: 'Set up Node',
    install: 'Install',
    restore: 'Restore planwerk’s cache',
    save: 'Save planwerk’s cache',
    validate: 'Check',
    validateWhy: [
      'Every problem on its line of the pull request, the complete list in the job summary. --strict: a warning',
      'that is not accepted in planwerk-baseline.json fails the check too.',
    ],
    cacheWhy: [
      'npm ci empties node_modules; planwerk’s cache (node_modules/.cache/planwerk) is restored after it. A pull',
      'request starts from its base branch’s cache (restore-keys), so only what changed runs again.',
    ],
    fonts: 'Fonts for the PDF',
    fontsWhy: 'The runner has Google Chrome; the documents’ fonts come from Ubuntu.',
    doctor: 'Ready for PDF?',
    build: 'Build the documents',
    buildWhy: 'The commit’s time as the documents’ date: the same commit gives the same documents.',
    upload: 'Keep the documents',
    summary: 'Summary',
    summaryTitle: 'planwerk: documents',
    summaryDownload: 'Download **planwerk-documents** under *Artifacts* on [this run’s page]',
    artifact: 'planwerk-documents',
    diff: 'Changes in the documents',
    diffWhy: [
      'On a pull request: what the change does to the documents (plan diff), as a list in the job summary and as',
      'redlines in an artifact. The merge base with the base branch needs the whole history (fetch-depth: 0).',
    ],
    uploadDiff: 'Keep the redlines',
    diffArtifact: 'planwerk-changes',
  },
} as const;

const comment = (lines: readonly string[] | string, indent: string): string =>
  (typeof lines === 'string' ? [lines] : lines).map((l) => `${indent}# ${l}\n`).join('');

/** The steps both jobs start with: check out, Node, the repository's own dependencies, planwerk's cache. */
function setup(w: (typeof WORDS)[StarterLocale], job: string): string {
  const key = `planwerk-${job}-\${{ runner.os }}-\${{ hashFiles('package-lock.json') }}`;
  return `      - name: ${w.checkout}
        uses: ${ACTIONS.checkout}
        with:
          persist-credentials: false${job === 'build' ? '\n          fetch-depth: 0' : ''}
      - name: ${w.node}
        uses: ${ACTIONS.setupNode}
        with:
          node-version: 20
          cache: npm
      - name: ${w.install}
        run: npm ci --no-audit --no-fund
${comment(w.cacheWhy, '      ')}      - name: ${w.restore}
        id: cache
        uses: ${ACTIONS.restore}
        with:
          path: node_modules/.cache/planwerk
          key: ${key}-\${{ hashFiles('content/**', 'planwerk-baseline.json') }}
          restore-keys: ${key}-
`;
}

function save(w: (typeof WORDS)[StarterLocale]): string {
  return `      - name: ${w.save}
        if: always() && steps.cache.outputs.cache-hit != 'true'
        uses: ${ACTIONS.save}
        with:
          path: node_modules/.cache/planwerk
          key: \${{ steps.cache.outputs.cache-primary-key }}
`;
}

export function workflowText(locale: StarterLocale): string {
  const w = WORDS[locale];
  return `${comment(w.intro, '')}name: planwerk

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

concurrency:
  group: planwerk-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  validate:
    name: ${w.validateJob}
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    steps:
${setup(w, 'validate')}${comment(w.validateWhy, '      ')}      - name: ${w.validate}
        run: npx plan validate --reporter github --strict
${save(w)}
  build:
    name: ${w.buildJob}
    needs: validate
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    steps:
${setup(w, 'build')}${comment(w.fontsWhy, '      ')}      - name: ${w.fonts}
        run: |
          sudo apt-get update -qq
          sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-liberation2 fonts-dejavu-core
      - name: ${w.doctor}
        run: npx plan doctor
${comment(w.buildWhy, '      ')}      - name: ${w.build}
        run: SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)" npx plan build --quiet
${save(w)}      - name: ${w.upload}
        uses: ${ACTIONS.upload}
        with:
          name: ${w.artifact}
          path: dist/
          if-no-files-found: error
          retention-days: 30
      - name: ${w.summary}
        run: |
          {
            echo "## ${w.summaryTitle}"
            echo
            echo "${w.summaryDownload}($GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID)."
            echo
            find dist -type f \\( -name '*.pdf' -o -name '*.html' \\) | sort | sed 's/^dist\\//- /'
          } >> "$GITHUB_STEP_SUMMARY"
${comment(w.diffWhy, '      ')}      - name: ${w.diff}
        if: github.event_name == 'pull_request'
        run: npx plan diff --reporter markdown --artifact ${w.diffArtifact} >> "$GITHUB_STEP_SUMMARY"
      - name: ${w.uploadDiff}
        if: github.event_name == 'pull_request'
        uses: ${ACTIONS.upload}
        with:
          name: ${w.diffArtifact}
          path: diff/
          if-no-files-found: ignore
          retention-days: 30
`;
}
