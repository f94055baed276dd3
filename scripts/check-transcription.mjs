#!/usr/bin/env node
// Check the transcription of the plan (seed 002) and the 2021 report (seed 004) sentence by sentence.
//
//   node scripts/check-transcription.mjs [--seeds DIR] [--content DIR] [--html DIR] [--check] [--list] [--expected FILE]
//
// The seeds folder: --seeds, else the environment variable PLANWERK_SEEDS, else ../shared/seeds beside the repository.
//
// - Missing: every sentence of the seed (six words or more, after joining the extraction's lines) must occur in
//   the content. Both sides are compared as lower-case letters and digits only, so whitespace, line-end
//   hyphenation, quotes, Markdown marks and YAML quoting do not matter; link targets `(@id)` are dropped first.
// - Duplicated: a paragraph of the content (twelve words or more) that occurs more often in the plan's files (or
//   in one report year's files) than in its seed.
// - Allowed: scripts/transcription-allow.json lists what is left out or repeated on purpose, each with a reason:
//   `missing` entries by seed and line range or a pattern on the sentence, `duplicates` by the paragraph's opening words,
//   `flattened` sub-bullets by seed and line range. The content's divergences record (kind divergences, which the
//   staff quality report lists) explains the differences a reader of the documents sees: the checker reads its items
//   as allow entries too (class missing → `missing`, flattened → `flattened`, any other class with a pattern →
//   `output` in its document). An entry in both places is reported: each difference is explained once.
// - Flattened: a sub-bullet of the seed (▬) must stay a nested list item in the content.
//
// - The built documents (scripts/transcription/output.mjs): the HTML that `plan build --format html` writes from the
//   content (or the folder --html names), per document against its seed: headings and their numbering and order, a
//   heading that the text under it repeats, column headers, sentences that are in no seed (notes about the content,
//   the label file's generated sentences, other wording), projects labelled as plan actions that the plan lacks, flattened sub-bullets, footnotes, and
//   each figure in a table against the figures the seed prints near it. `output` entries of the allow-list
//   explain an instance by document, class and a pattern on its text, each with a reason.
//
// Prints figures per seed chapter, per class and in total. Exits 0, also on findings; with --check it exits 1 when
// a finding is not in the allow-list; with --expected FILE it exits 1 when a count is above the one FILE records
// (the ratchet while the content is brought in line; --write-expected FILE records the current counts).
// Without the seeds folder it says so and exits 0.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coveredBy, DOCUMENT_SEEDS, readDivergences, seedsOf } from './transcription/divergences.mjs';
import { CLASSES, compareDocument } from './transcription/output.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
// ../shared/seeds beside the repository; a git worktree one level deeper finds it one level up.
const SEEDS = resolve(
  opt(
    '--seeds',
    process.env.PLANWERK_SEEDS ||
      ([join(ROOT, '..', 'shared', 'seeds'), join(ROOT, '..', '..', 'shared', 'seeds')].find(existsSync) ??
        join(ROOT, '..', 'shared', 'seeds')),
  ),
);
const CONTENT = resolve(opt('--content', join(ROOT, 'content')));
const CHECK = args.includes('--check');
const HTML = opt('--html', undefined);
const EXPECTED = opt('--expected', undefined);
const WRITE_EXPECTED = opt('--write-expected', undefined);
const LIST = args.includes('--list');

// Chapters: the first line of each top-level chapter in the seed as shipped (002 prints them in capitals and has
// no numbers; 004 numbers them 1-4).
const SEED_FILES = {
  '002': {
    file: '002_8c465930d7f0eac1.txt',
    side: 'plan',
    chapters: [
      [1, 'Titelblad en inhoudsopgave'],
      [312, 'Voorwoord'],
      [347, 'Inleiding'],
      [431, 'Missie en krachtlijnen'],
      [652, 'Omgevingsanalyse'],
      [1945, 'Strategische opties en doelstellingen'],
      [2660, 'Overzichtsschema doelstellingen'],
      [2671, 'Strategische acties'],
      [4370, 'Transversale strategische acties'],
      [4703, 'Meerjarenbegroting'],
      [4716, 'Bijdrage aan de prioriteiten van de minister'],
      [4990, 'Personeelsinzet'],
      [5629, 'Bijlage: planningsprocedure'],
    ],
  },
  '004': {
    file: '004_4b6fb57ba0b93669.txt',
    side: 'reports/2021',
    chapters: [
      [1, 'Titelblad en voorwoord'],
      [63, '1. Algemene evaluatie'],
      [1611, '2. Kwantitatieve resultaatsgerichte indicatoren'],
      [2944, '3. Kwalitatieve voortgang'],
      [12980, '4. Bijlagen'],
    ],
  },
};

if (!existsSync(SEEDS)) {
  console.log(`No seeds folder at ${SEEDS}: nothing to check.`);
  process.exit(0);
}

const key = (s) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/\p{M}/gu, '');
const words = (s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// ---- content -------------------------------------------------------------------------------------------------
function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((rel) => /\.(md|ya?ml)$/i.test(rel) && statSync(join(dir, rel)).isFile())
    .sort();
}
/** Every property name of the content model (schemas/*.json): the YAML keys to read past. */
const SCHEMA_KEYS = new Set();
for (const f of readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.json'))) {
  JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')), (k, v) => {
    if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) SCHEMA_KEYS.add(name);
    return v;
  });
}
const { files: divergenceFiles, items: divergenceItems } = readDivergences(CONTENT);
const contentFiles = files(CONTENT)
  .filter((rel) => !divergenceFiles.has(rel))
  .map((rel) => {
    const text = readFileSync(join(CONTENT, rel), 'utf8').replace(/\r\n?/g, '\n');
    // Front matter keys are not text: a dossier's `title:` and `summary:` read on as the source prints them.
    const unkeyed = text.replace(/^---\n[\s\S]*?\n---\n/, (fm) =>
      fm.replace(/^(\s*-?\s*)([A-Za-z][\w-]*):[ \t]*(?:[|>][-+]?)?/gm, (m, lead, name) => (SCHEMA_KEYS.has(name) ? lead : m)),
    );
    return { rel: rel.split('\\').join('/'), text: unkeyed.replace(/\]\(@?[^)\s]*\)/g, ']') };
  });
const sideOf = (rel) => (rel.startsWith('reports/') ? rel.split('/').slice(0, 2).join('/') : 'plan');
const corpus = key(contentFiles.map((f) => f.text).join('\n'));

// ---- seeds ---------------------------------------------------------------------------------------------------
const allow = JSON.parse(readFileSync(join(ROOT, 'scripts', 'transcription-allow.json'), 'utf8'));
/** Differences explained both in the divergences record and in the allow-list (each belongs in one place). */
const twice = ['missing', 'flattened', 'output'].flatMap((section) =>
  (allow[section] ?? [])
    .filter((a) => coveredBy(section, a, divergenceItems))
    .map((a) => `${section} ${a.doc ?? a.seed} ${a.pattern ?? a.lines.join('-')}`),
);
for (const d of divergenceItems) {
  if (d.class === 'missing') (allow.missing ??= []).push({ seed: d.source, ...(d.pattern ? { pattern: d.pattern } : { lines: d.lines }) });
  else if (d.class === 'flattened') (allow.flattened ??= []).push({ seed: d.source, lines: d.lines });
}

/** Sentences of a seed with their first line and chapter. */
function sentences(text, chapters) {
  const lines = text.split('\n');
  const out = [];
  let buf = '';
  let start = 0;
  let lastLength = 100;
  const chapterAt = (line) => chapters.filter(([from]) => from <= line).at(-1)?.[1] ?? '';
  const flush = (endLine) => {
    // A section number glued to the end (“… de wijk 3.4.9”) is the next heading; a web address is a line of its own.
    const s = buf
      .replace(/\s\d+(?:\.\d+)+\.?$/, '')
      .replace(/\s*https?:\/\/\S+.*$/, '')
      .trim();
    if (s && words(s) >= 6) out.push({ text: s, line: start + 1, end: endLine + 1, chapter: chapterAt(start + 1) });
    buf = '';
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (chapters.some(([from]) => from === i + 1)) flush(i - 1);
    if (line === '' || PAGE_FURNITURE.some((re) => re.test(line))) return;
    // The labels of the report's project template stand on their own line, also after a bullet that ends without a full stop.
    if (TEMPLATE_LABELS.includes(line)) {
      flush(i - 1);
      return;
    }
    // A short line ends its paragraph (the extraction fills lines to the margin): what follows with a capital is new.
    if (buf && lastLength < 60 && /^[\p{Lu}\d•]/u.test(line)) flush(i - 1);
    lastLength = line.length;
    // A heading, a label or a scale word: a short line that does not end a sentence, when no sentence is open.
    const next =
      lines
        .slice(i + 1)
        .find((l) => l.trim() !== '')
        ?.trim() ?? '';
    if (!buf && words(line) <= 6 && !/[.!?:;,]$/.test(line) && (/^[\p{Lu}\d•]/u.test(next) || next === '')) return;
    // A bullet starts a new sentence.
    if (/^[•▬]/.test(line)) flush(i - 1);
    if (!buf) start = i;
    // Line-end hyphenation inside a word: “vzw-” + “administratie” is one word in the source.
    buf = buf.endsWith('-') && /^\p{Ll}/u.test(line) ? buf + line : buf ? `${buf} ${line}` : line;
    // A sentence ends at . ! ? (optionally followed by a closing quote or bracket) at the end of a line or before a capital.
    const parts = buf.split(/(?<=[.!?][”"’)]?)\s+(?=[\p{Lu}“"‘(•])/u);
    if (parts.length > 1) {
      for (const p of parts.slice(0, -1)) {
        buf = p;
        flush(i);
        start = i;
      }
      buf = parts.at(-1);
    }
    if (/([.!?][”"’)]?|…)$/.test(line)) flush(i);
  });
  flush(lines.length - 1);
  return out;
}

/** Page headers and footers the extraction put between the lines (002 and 004 as shipped). */
const PAGE_FURNITURE = [/^Meerjarenplan 2021-2025 +\| +2020-04-23/, /^SAAMO Limburg voortgangsrapport 2021 │/, /^\d{1,3}$/, /^\p{L}$/u];

/** The headings of the report's per-project template (004, chapter 3) and of the plan's action boxes (002). */
const TEMPLATE_LABELS = [
  'Link naar de strategische en operationele doelstellingen',
  'Terugblik',
  'Samenwerking',
  'Politieke resultaten',
  'Participatief werken',
  'Beleidsadviezen',
  'Samenvattende conclusie',
  'Planning',
];

const allowedMiss = (seed, s) =>
  (allow.missing ?? []).find(
    (a) =>
      a.seed === seed &&
      ((a.lines !== undefined && s.line >= a.lines[0] && s.line <= a.lines[1]) ||
        (a.pattern !== undefined && new RegExp(a.pattern, 'u').test(s.text))),
  );

let unexplained = 0;
const totals = { checked: 0, found: 0, missing: 0, allowed: 0, duplicated: 0, duplicatedAllowed: 0 };
const rows = [];
for (const [seed, { file, side, chapters }] of Object.entries(SEED_FILES)) {
  const path = join(SEEDS, file);
  if (!existsSync(path)) continue;
  const seedText = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const seedKey = key(seedText.replace(/-\n\s*(?=\p{Ll})/gu, '-'));
  const perChapter = new Map();
  for (const s of sentences(seedText, chapters)) {
    const c = perChapter.get(s.chapter) ?? { checked: 0, missing: 0, allowed: 0 };
    perChapter.set(s.chapter, c);
    c.checked++;
    totals.checked++;
    if (corpus.includes(key(s.text))) {
      totals.found++;
      continue;
    }
    if (allowedMiss(seed, s)) {
      c.allowed++;
      totals.allowed++;
      continue;
    }
    c.missing++;
    totals.missing++;
    unexplained++;
    if (LIST) console.log(`missing ${seed}:${s.line}  ${s.text.slice(0, 160)}`);
  }
  for (const [chapter, c] of perChapter) rows.push(`| ${seed} | ${chapter.slice(0, 60)} | ${c.checked} | ${c.missing} | ${c.allowed} |`);

  // Duplicates: paragraphs of this seed's side of the content, counted against the seed.
  const seen = new Map();
  for (const f of contentFiles.filter((f) => sideOf(f.rel) === side)) {
    const body = f.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const para of body.split(/\n\s*\n/)) {
      const text = para.replace(/^[#>*\-\s]+/gm, ' ').trim();
      if (words(text) < 12) continue;
      const k = key(text);
      seen.set(k, [...(seen.get(k) ?? []), { rel: f.rel, text }]);
    }
  }
  for (const [k, where] of seen) {
    if (where.length < 2) continue;
    const inSeed = seedKey.split(k).length - 1;
    if (where.length <= Math.max(1, inSeed)) continue;
    const ok = (allow.duplicates ?? []).find((a) => key(where[0].text).startsWith(key(a.startsWith)));
    if (ok) totals.duplicatedAllowed++;
    else {
      totals.duplicated++;
      unexplained++;
      if (LIST) console.log(`duplicated ${where.map((w) => w.rel).join(', ')} (seed ${inSeed}×)  ${where[0].text.slice(0, 120)}`);
    }
  }
}

// Sub-bullets: an item the seed prints as a sub-bullet (▬, under a • item) must stay nested in the content: on its
// own list line, indented deeper than the list line before it. Joined into its parent's text, or at the parent's
// level, it is flattened.
const nestedLines = contentFiles.flatMap((f) => f.text.split('\n').map((line) => ({ rel: f.rel, line, key: key(line) })));
let subChecked = 0;
let flattened = 0;
let flattenedAllowed = 0;
for (const [seed, { file }] of Object.entries(SEED_FILES)) {
  const path = join(SEEDS, file);
  if (!existsSync(path)) continue;
  const lines = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const m = /^\s*▬\s*(.+)$/.exec(raw);
    if (!m || words(m[1]) < 3) return;
    const probe = key(m[1]).slice(0, 40);
    const longer = key(m[1]).slice(0, 80);
    const found = nestedLines.findIndex((l) => l.key.includes(longer));
    const at = found >= 0 ? found : nestedLines.findIndex((l) => l.key.includes(probe));
    if (at < 0) return; // a missing sentence, reported above
    subChecked++;
    const { rel, line } = nestedLines[at];
    const indent = (l) => /^(\s*)(?:- )/.exec(l)?.[1].length ?? -1;
    const own = indent(line);
    const startsItem = own >= 0 && key(line.replace(/^\s*- /, '')).startsWith(probe.slice(0, 20));
    // Walk back over the list lines of the same list: a shallower item above it is its parent.
    let nested = false;
    for (let j = at - 1; startsItem && j >= 0 && nestedLines[j].rel === rel; j--) {
      const d = indent(nestedLines[j].line);
      if (d < 0) break;
      if (d < own) {
        nested = true;
        break;
      }
    }
    if (nested) return;
    if ((allow.flattened ?? []).some((a) => a.seed === seed && i + 1 >= a.lines[0] && i + 1 <= a.lines[1])) {
      flattenedAllowed++;
      return;
    }
    flattened++;
    unexplained++;
    if (LIST) console.log(`flattened ${seed}:${i + 1} → ${rel}  ${m[1].slice(0, 100)}`);
  });
}

// ---- the built documents ---------------------------------------------------------------------------------------
const SEED_NAMES = { '001': '001_ab3476ee4b91c07b.txt', '003': '003_202ad49bcd0c2b9b.txt' };
const seedPath = (seed) => join(SEEDS, SEED_FILES[seed]?.file ?? SEED_NAMES[seed]);

/**
 * The seed without what the extraction put inside the organisation's sentences: page headers and numbers, the
 * footnotes printed at the bottom of a page (a sentence that runs on over the page break reads on), URL lines and
 * the footnote numbers after a word (“werkloosheidsdruk 11 stellen”). The output's sentences are also looked up in
 * it: a sentence the content transcribes whole, with its footnote as a marker, is the seed's.
 */
function withoutFootnotes(text) {
  return text
    .split('\n')
    .filter((l) => {
      const t = l.trim();
      return !PAGE_FURNITURE.some((re) => re.test(t)) && !/^\d{1,3} \p{Lu}/u.test(t) && !/^https?:\/\//.test(t);
    })
    .join('\n')
    .replace(/(?<=\p{L}[”"’)]?) \d{1,2}(?=[\s:;.,]|$)/gmu, '');
}

const { nl: LABELS } = await import(join(ROOT, 'lib', 'src', 'render', 'labels', 'nl-BE.js'));
/** Labels that speak about the content or the tool rather than transcribe it. */
const NOTE_LABELS = [
  'generatedBy',
  'unavailableTable',
  'unavailableRatings',
  'unavailableStatus',
  'unavailableStatusOnly',
  'noRegion',
  'footnoteBack',
  'notStated',
  'notReported',
  'lowerBound',
  'overviewIntro',
  'placesIntro',
  'asWritten',
  'noDetectedChanges',
];
const flat = (v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(flat) : []);
const byLength = (a, b) => b.length - a.length;
const labelKeys = {
  notes: NOTE_LABELS.flatMap((k) => flat(LABELS[k]))
    .map(key)
    .sort(byLength),
  generated: Object.entries(LABELS)
    .filter(([k]) => !NOTE_LABELS.includes(k))
    .flatMap(([, v]) => flat(v))
    .map(key)
    .sort(byLength),
};

let htmlDir = HTML && resolve(HTML);
let builtDir;
if (!htmlDir) {
  builtDir = mkdtempSync(join(tmpdir(), 'check-transcription-'));
  const b = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'plan.js'), 'build', '--format', 'html', '--no-cache', '--quiet', '--content', CONTENT, '--out', builtDir],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' },
    },
  );
  if (b.status !== 0 && b.status !== 1) {
    console.log(`plan build failed (${b.status}):\n${b.stderr}`);
    process.exit(2);
  }
  htmlDir = builtDir;
}
/** A divergence of the record (neither missing nor flattened) explains any finding in its document that its pattern matches. */
const outputDivergences = divergenceItems.filter((d) => d.pattern && d.class !== 'missing' && d.class !== 'flattened');
const allowedOutput = (doc, f) =>
  outputDivergences.find((d) => seedsOf(d) === doc && new RegExp(d.pattern, 'u').test(f.text)) ??
  (allow.output ?? []).find((a) => a.doc === doc && a.class === f.cls && new RegExp(a.pattern, 'u').test(f.text));
const outputCounts = {};
const htmlNames = readdirSync(htmlDir)
  .filter((f) => f.endsWith('.html'))
  .sort();
const plan = htmlNames.find((n) => DOCUMENT_SEEDS(n)?.[0] === '002');
const planAnchors = new Set(plan ? [...readFileSync(join(htmlDir, plan), 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]) : []);
for (const name of htmlNames) {
  const seeds = DOCUMENT_SEEDS(name);
  if (!seeds?.every((s) => existsSync(seedPath(s)))) continue;
  const text = seeds.map((s) => readFileSync(seedPath(s), 'utf8').replace(/\r\n?/g, '\n')).join('\n');
  const doc = seeds.join('+');
  const seed = {
    text,
    key: key(text.replace(/-\n\s*(?=\p{Ll})/gu, '-')),
    cleanKey: key(withoutFootnotes(text).replace(/-\n\s*(?=\p{Ll})/gu, '-')),
    lines: text.split('\n'),
  };
  const counts = Object.fromEntries(
    CLASSES.flatMap((c) => [
      [c, 0],
      [`${c} (allowed)`, 0],
    ]),
  );
  for (const f of compareDocument({
    html: readFileSync(join(htmlDir, name), 'utf8'),
    seed,
    key,
    labels: labelKeys,
    planAnchors,
    windows: (allow.figureWindows ?? []).filter((w) => w.doc === doc),
  })) {
    if (allowedOutput(doc, f)) counts[`${f.cls} (allowed)`]++;
    else {
      counts[f.cls]++;
      unexplained++;
      if (LIST) console.log(`${f.cls} ${name}${f.where ? ` (${f.where})` : ''}  ${f.text}`);
    }
  }
  outputCounts[doc] = counts;
}
if (builtDir) rmSync(builtDir, { recursive: true, force: true });

console.log('| seed | chapter | sentences checked | missing | left out on purpose |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(
  `\nsentences checked: ${totals.checked}, found: ${totals.found}, missing: ${totals.missing} (left out on purpose: ${totals.allowed}); ` +
    `paragraphs duplicated: ${totals.duplicated} (on purpose: ${totals.duplicatedAllowed}); ` +
    `sub-bullets checked: ${subChecked}, flattened: ${flattened} (on purpose: ${flattenedAllowed}); content folder: ${relative(process.cwd(), CONTENT) || '.'}`,
);
console.log('\n| document | class | unexplained | allowed |');
console.log('|---|---|---|---|');
for (const [doc, counts] of Object.entries(outputCounts))
  for (const c of CLASSES) console.log(`| ${doc} | ${c} | ${counts[c]} | ${counts[`${c} (allowed)`]} |`);

const current = {
  missing: totals.missing,
  duplicated: totals.duplicated,
  flattened,
  ...Object.fromEntries(Object.entries(outputCounts).map(([doc, c]) => [doc, Object.fromEntries(CLASSES.map((k) => [k, c[k]]))])),
};
if (twice.length > 0) {
  console.log(
    `\nExplained both in the content's divergences record and in scripts/transcription-allow.json (keep one):\n${twice.join('\n')}`,
  );
  if (CHECK || EXPECTED) process.exitCode = 1;
}
if (WRITE_EXPECTED) writeFileSync(resolve(WRITE_EXPECTED), `${JSON.stringify(current, null, 2)}\n`);
if (EXPECTED) {
  const expected = JSON.parse(readFileSync(resolve(EXPECTED), 'utf8'));
  const grown = [];
  const compare = (path, now, then) => {
    if (typeof now === 'number') {
      if (now > (then ?? 0)) grown.push(`${path}: ${now} (expected at most ${then ?? 0})`);
    } else for (const [k, v] of Object.entries(now)) compare(path ? `${path} ${k}` : k, v, then?.[k]);
  };
  compare('', current, expected);
  if (grown.length > 0) {
    console.log(`\nCounts above ${relative(process.cwd(), resolve(EXPECTED))}:\n${grown.join('\n')}`);
    process.exit(1);
  }
  console.log(`\nNo count above ${relative(process.cwd(), resolve(EXPECTED))}.`);
}
if (CHECK && unexplained > 0) {
  console.log(`${unexplained} unexplained finding(s): run with --list to see them.`);
  process.exit(1);
}
