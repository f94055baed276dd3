#!/usr/bin/env node
// Recount the shipped content and compare it with the seed text it was transcribed from.
//
//   node scripts/recount-seeds.mjs [--seeds DIR] [--content DIR] [--check]
//
// (a) Counts the content per kind and per meaningful sub-kind, from the front matter of content/**/*.md and from
//     content/**/*.yaml.
// (b) When the seeds folder is at hand (default: ../shared/seeds relative to the repository root), recounts the
//     same things from the Dutch text extractions (002 plan, 004 report, 001/000 welfare rounds, 003 priority
//     note) with regexes that were checked by hand against the seed text; the line numbers in the comments refer
//     to the seed files as shipped. Without the seeds, only (a) is printed: that is never an error.
//
// The output is a Markdown table: item | content | seed recount | match. The script is a report and exits 0, also
// on a mismatch. With --check it exits 1 when a mismatch is not explained. Explained mismatches are listed below
// (EXPLAINED, EXPLAINED_TITLES) with the values they explain, so a changed count is no longer covered by them.
// No dependencies beyond `yaml` (and Node's own modules).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------------------
// Explained mismatches. A row whose content and seed values (and, where given, the recount's `key`: the titles or
// ids behind the difference) are exactly these is reported as "no, explained"; anything else is unexplained.
// ---------------------------------------------------------------------------------------------------------------

const EXPLAINED = {
  'actions.subprojects.toc': {
    content: 33,
    seed: 32,
    key: 'Ieders Stem Telt Campagne Limburg',
    reason:
      'ieders-stem-telt-campagne-limburg ("Ieders Stem Telt Campagne Limburg") is described in the body of 002 under ' +
      'IEDERS STEMT TELT CAMPAGNE ("Projecten en acties die bijdragen tot deze strategische actie") but has no line ' +
      'in the table of contents; the body recount in the next row finds all 33',
  },
  'progress.total': {
    content: 48,
    seed: 47,
    key: 'Betaalbaar Kwaliteitsvol Kleinschalig Wonen in Limburg (sector)',
    reason:
      'kwaliteitsvol-betaalbaar-kleinschalig-wonen has no numbered section in 004 chapter 3, only an entry in the ' +
      'annex "Vaste gegevens projecten" ("Betaalbaar Kwaliteitsvol Kleinschalig Wonen in Limburg (sector)"); the ' +
      'content keeps it as a progress entry without `number` (see the annex-only row)',
  },
  'statistics.values': {
    content: 101,
    seed: 100,
    key: 'limburg-werkzoekenden-2016',
    reason:
      'limburg-werkzoekenden-2016 (31667): 003 prints "31.66724 werkzoekenden", footnote marker 24 glued to ' +
      '31.667, so the number is not found as such',
  },
};

// Titles of 004 chapter-3 sections that the "new in 2021" recount classifies differently from the content.
const EXPLAINED_TITLES = {
  // in the recount's "new" list, not introduced in the content
  'Inloophuis Beringen-Mijn':
    'the plan sub-project De STEK Beringen-Mijn under a new name (progress vr-2021-de-stek-beringen-mijn); not new',
  // introduced in the content, not in the recount's "new" list
  'Buurtopbouwwerk Steenveld en Waterstraat in Beringen':
    'merger of the plan sub-projects "Steenveld in Beringen" and "De Posthoorn in Beringen", recorded as a new ' +
    'sub-project (introduced: 2021, continues: [steenveld-beringen, de-posthoorn-beringen]); its title shares ' +
    '"Steenveld" with the table of contents, so the recount sees a plan project',
};

// ---------------------------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { seeds: null, content: null, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--seeds') opts.seeds = argv[++i];
    else if (a.startsWith('--seeds=')) opts.seeds = a.slice(8);
    else if (a === '--content') opts.content = argv[++i];
    else if (a.startsWith('--content=')) opts.content = a.slice(10);
    else if (a === '-h' || a === '--help') opts.help = true;
    else console.error(`recount-seeds: ignoring unknown argument ${a}`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

const squash = (s) =>
  String(s)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
// Lower case, no accents, straight quotes, single spaces: for comparing titles.
const fold = (s) =>
  squash(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
const noSpace = (s) => fold(s).replace(/\s+/g, '');
const count = (xs, pred) => xs.filter(pred).length;
const isUpper = (s) => /[A-Z]/.test(s) && s === s.toUpperCase();

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(md|ya?ml)$/.test(name)) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// (a) Content
// ---------------------------------------------------------------------------------------------------------------

function loadContent(dir) {
  const docs = [];
  const problems = [];
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8');
    try {
      if (file.endsWith('.md')) {
        const m = text.match(/^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)([\s\S]*)$/);
        if (!m) {
          problems.push(`${relative(dir, file)}: no front matter`);
          continue;
        }
        docs.push({ file: relative(dir, file), data: YAML.parse(m[1]) ?? {}, body: m[2] });
      } else {
        docs.push({ file: relative(dir, file), data: YAML.parse(text) ?? {}, body: '' });
      }
    } catch (e) {
      problems.push(`${relative(dir, file)}: ${e.message.split('\n')[0]}`);
    }
  }
  return { docs, problems };
}

function countContent(docs) {
  const of = (kind) => docs.filter((d) => d.data.kind === kind).map((d) => d.data);
  const kinds = {};
  for (const d of docs) kinds[d.data.kind ?? '(none)'] = (kinds[d.data.kind ?? '(none)'] ?? 0) + 1;

  const plan = of('plan')[0] ?? {};
  const themeTitle = Object.fromEntries((plan.themes ?? []).map((t) => [t.id, t.title]));

  const goals = of('goal');
  const operational = goals.filter((g) => g.level === 'operational');
  const strategicActions = of('strategic-action');
  const transversal = of('transversal-action');
  const internal = of('internal-action');
  const subprojects = of('sub-project');
  const allActions = [...strategicActions, ...transversal, ...internal, ...subprojects];

  const regions = of('region');
  const meetings = regions.flatMap((r) => r.meetings ?? []);
  const municipalities = of('municipalities').flatMap((m) => m.items ?? []);
  const sources = of('source');

  const progressDocs = docs.filter((d) => d.data.kind === 'progress');
  const progress = progressDocs.map((d) => d.data);
  const numbered = progress.filter((p) => p.number !== undefined);
  const withTerugblik = progressDocs.filter((d) => /^#{1,6}\s+Terugblik\b/m.test(d.body));

  // progress per 004 §3.x group, in the report's order; transversal entries have no theme
  const progressByTheme = {};
  for (const p of numbered) {
    const key = p.theme ? fold(themeTitle[p.theme] ?? p.theme) : '(transversal)';
    progressByTheme[key] = (progressByTheme[key] ?? 0) + 1;
  }
  const fixedByTheme = {};
  for (const p of progress.filter((q) => q.fixed)) {
    const key = p.theme ? fold(themeTitle[p.theme] ?? p.theme) : '(transversal)';
    fixedByTheme[key] = (fixedByTheme[key] ?? 0) + 1;
  }
  const numberCounts = {};
  for (const p of numbered) numberCounts[p.number] = (numberCounts[p.number] ?? 0) + 1;

  const report = of('report')[0] ?? {};
  const declared = report.declared ?? {};
  const partnerships = of('partnerships').sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const themes = of('priority-theme').sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const recs = themes.flatMap((t) => t.recommendations ?? []);
  const statistics = of('statistics');
  const chapters = of('chapter');
  const budgets = of('budget');

  const introducedActions = allActions.filter((a) => a.introduced === 2021);
  // progress titles of the introduced actions, as 004 writes them (for the title comparison)
  const introducedTitles = introducedActions.map((a) => {
    const p = progress.find((q) => q.project === a.id);
    return p?.title ?? a.title;
  });

  return {
    kinds,
    plan,
    themeTitle,
    goals: {
      strategic: count(goals, (g) => g.level === 'strategic'),
      operational: operational.length,
      operationalPlan: count(operational, (g) => g.introduced === undefined),
      operationalInternal: count(operational, (g) => g.scope === 'internal' && g.introduced === undefined),
      introduced: count(goals, (g) => g.introduced === 2021),
      dropped: count(goals, (g) => g.dropped === 2021),
    },
    actions: {
      strategic: strategicActions.length,
      strategicPlan: count(strategicActions, (a) => a.introduced === undefined),
      transversal: transversal.length,
      transversalPlan: count(transversal, (a) => a.introduced === undefined),
      internal: internal.length,
      subprojects: subprojects.length,
      subprojectsPlan: count(subprojects, (a) => a.introduced === undefined),
      introduced: introducedActions.length,
      introducedStrategic: count(strategicActions, (a) => a.introduced === 2021),
      introducedSub: count(subprojects, (a) => a.introduced === 2021),
      introducedTitles,
    },
    regions: {
      byType: regions.reduce((o, r) => ((o[r.type] = (o[r.type] ?? 0) + 1), o), {}),
      meetings: meetings.length,
      attendance: meetings.reduce((s, m) => s + (m.attendance ?? 0), 0),
      declaredAttendance: sources.map((s) => s.declaredAttendance).find((v) => v !== undefined),
    },
    municipalities,
    progress: {
      total: progress.length,
      numbered: numbered.length,
      numberedList: numbered.map((p) => ({ number: p.number, title: p.title })),
      terugblik: withTerugblik.length,
      fixed: count(progress, (p) => p.fixed),
      fixedTitles: progress.filter((p) => p.fixed).map((p) => p.fixed.title),
      unnumbered: progress.filter((p) => p.number === undefined),
      byTheme: progressByTheme,
      fixedByTheme,
      repeatedNumbers: Object.entries(numberCounts)
        .filter(([, n]) => n > 1)
        .map(([k, n]) => `${k}×${n}`)
        .sort()
        .join(', '),
    },
    signals: {
      sector: count(of('signal'), (s) => s.from === 'sector'),
      organisation: count(of('signal'), (s) => s.from === 'organisation'),
    },
    changes: of('change').length,
    changeTypes: of('change').map((c) => c.type),
    evaluations: of('evaluation').length,
    partnerships: partnerships.map((p) => ({
      id: p.id,
      title: p.title,
      rows: (p.rows ?? []).length,
      partners: (p.rows ?? []).map((r) => r.partner),
    })),
    communication: {
      list: (declared.communicationActions ?? []).length,
      declared: declared.communicationActionsCount,
    },
    priority: {
      themes: themes.length,
      recs: recs.length,
      numbered: count(recs, (r) => r.number !== undefined),
      unnumbered: count(recs, (r) => r.number === undefined),
      perTheme: themes.map((t) => {
        const rs = t.recommendations ?? [];
        const u = count(rs, (r) => r.number === undefined);
        return u ? `${rs.length}u` : String(rs.length);
      }),
    },
    statistics: {
      files: statistics.length,
      items: statistics.flatMap((s) => s.items ?? []),
    },
    chapters: {
      byDocument: chapters.reduce((o, c) => ((o[c.document] = (o[c.document] ?? 0) + 1), o), {}),
      list: chapters,
    },
    budgets: budgets.map((b) => ({ id: b.id, scope: b.scope, lines: (b.lines ?? []).length, memo: (b.memo ?? []).length })),
    sources: sources.length,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// (b) Seeds
// ---------------------------------------------------------------------------------------------------------------

function loadSeeds(dir) {
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const seeds = {};
  for (const name of readdirSync(dir)) {
    const m = name.match(/^(00\d)_.*\.txt$/);
    if (m)
      seeds[m[1]] = readFileSync(join(dir, name), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
  }
  return Object.keys(seeds).length ? seeds : null;
}

const need = (seeds, id) => {
  if (!seeds[id]) throw new Missing(`seed ${id} not available`);
  return seeds[id];
};
class Missing extends Error {}

const indexOf = (lines, re, from = 0, to = lines.length) => {
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) if (re.test(lines[i])) return i;
  return -1;
};
const must = (i, what) => {
  if (i < 0) throw new Error(`anchor not found: ${what}`);
  return i;
};

// --- 002: the plan ------------------------------------------------------------------------------------------

// Table of contents (002 lines 15-262): one entry per line, "Title ......... page".
function planToc(L) {
  const out = [];
  for (let i = 0; i < Math.min(L.length, 400); i++) {
    const m = L[i].match(/^\s*(.+?)\s*\.{4,}\s*(\d+)\s*$/);
    if (m) out.push({ title: squash(m[1]), page: Number(m[2]), line: i + 1 });
  }
  // The three annexes are listed without page numbers (002 lines 296-299): "Bijlagen", "Meerjarenbegroting", …
  const b = indexOf(L, /^\s*Bijlagen\s*$/, 0, 400);
  if (b >= 0)
    for (let i = b + 1; i < Math.min(b + 8, L.length); i++) if (squash(L[i])) out.push({ title: squash(L[i]), annex: true, line: i + 1 });
  return out;
}

function planTocParts(L) {
  const toc = planToc(L).filter((e) => !e.annex);
  const at = (re) =>
    must(
      toc.findIndex((e) => re.test(e.title)),
      re.source,
    );
  const iGoals = at(/^Externe werking: thema/);
  const iActions = at(/^Externe werking: strategische acties$/);
  const iSchema = at(/^Overzichtsschema doelstellingen$/);
  const iTrans = at(/^TRANSVERSALE STRATEGISCHE ACTIES$/);
  const iIO = at(/^SD INTERNE ORGANISATIE$/);
  const iBudget = at(/^Meerjarenbegroting$/);
  const goalPart = [...toc.slice(iGoals + 1, iActions), ...toc.slice(iIO, iBudget)];
  // SD lines: "SD1: Grond- en mensenrechten", "SD2: …", "SD3: …", "SD INTERNE ORGANISATIE" (lines 109, 134, 142, 242)
  const sd = goalPart.filter((e) => /^SD(\d+\s*:|\s)/.test(e.title));
  // OD lines: 13 mixed-case external ones (111-146) and 8 upper-case internal ones (244-258)
  const od = goalPart.filter((e) => /^OD\s/.test(e.title));
  const odInternal = toc.slice(iIO, iBudget).filter((e) => /^OD\s/.test(e.title));
  // Strategic actions: upper-case lines between "Overzichtsschema doelstellingen" and the transversal heading
  // (lines 152-232); sub-projects: the mixed-case lines in that range (32 lines: 155-230).
  const actionPart = toc.slice(iSchema + 1, iTrans);
  const strategic = actionPart.filter((e) => isUpper(e.title));
  const sub = actionPart.filter((e) => !isUpper(e.title));
  // Transversal actions: upper-case lines between the transversal heading and SD INTERNE ORGANISATIE (236-240).
  const transversal = toc.slice(iTrans + 1, iIO).filter((e) => isUpper(e.title));
  return { toc, sd, od, odInternal, strategic, sub, transversal };
}

// Body of 002 from the first strategic action to SD INTERNE ORGANISATIE (lines 2745-4469).
function planBody(L, tocParts) {
  const first = tocParts.strategic[0].title;
  const afterToc = Math.max(...tocParts.toc.map((e) => e.line)) + 50;
  const start = must(indexOf(L, new RegExp(`^\\s*${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`), afterToc), first);
  const trans = must(indexOf(L, /^\s*TRANSVERSALE STRATEGISCHE ACTIES\s*$/, start), 'TRANSVERSALE STRATEGISCHE ACTIES (body)');
  const io = must(indexOf(L, /^\s*SD INTERNE ORGANISATIE\s*$/, trans), 'SD INTERNE ORGANISATIE (body)');
  const budget = must(indexOf(L, /^\s*MEERJARENBEGROTING\s*$/, io), 'MEERJARENBEGROTING (body)');
  // A heading is a line of its own in capitals, without digits ("CAFE ANONIEM IN HASSELT", line 2745).
  const heading = (t) => t.length >= 5 && isUpper(t) && !/\d/.test(t) && /^[A-Z][A-Z’'. :,-]+$/.test(t);
  const actions = [];
  let cur = null;
  for (let i = start; i < trans; i++) {
    const t = squash(L[i]);
    if (heading(t)) {
      cur = { title: t, line: i + 1, subs: [] };
      actions.push(cur);
      continue;
    }
    if (!cur) continue;
    if (/^Projecten en acties die bijdragen/.test(t)) cur.marker = true;
    // After that marker each sub-project is a title line followed by "Maatschappelijke context (en korte
    // omschrijving)" or "Korte omschrijving" (e.g. lines 2966-2967, 4355-4358).
    else if (cur.marker && /^(Maatschappelijke context|Korte omschrijving)/i.test(t)) {
      let j = i - 1;
      while (j > 0 && !squash(L[j])) j--;
      cur.subs.push(squash(L[j]));
    }
  }
  const transversal = [];
  for (let i = trans + 1; i < io; i++) if (heading(squash(L[i]))) transversal.push(squash(L[i]));
  // Internal actions: the "•" bullets under the OD headings of SD INTERNE ORGANISATIE (lines 4485-4700).
  const internal = [];
  for (let i = io; i < budget; i++) if (/^\s*•/.test(L[i])) internal.push(squash(L[i]).replace(/^•\s*/, ''));
  return { actions, transversal, internal };
}

// Budget annex (002 lines 5100-5169): one column of account codes for the rows of both budgets.
function planBudget(L) {
  const head = must(indexOf(L, /^\s*BEGROTING\s*$/, 4000), 'BEGROTING (annex)');
  const y1 = must(indexOf(L, /^\s*BEGROTING 2021\s*$/, head), 'BEGROTING 2021');
  const y2 = must(indexOf(L, /^\s*BEGROTING 2022\s*$/, y1), 'BEGROTING 2022');
  const codeHead = must(indexOf(L, /^\s*Code\s*$/, head, y1), 'Code');
  const codes = [];
  for (let i = codeHead + 1; i < y1; i++) {
    const m = L[i].match(/^\s*(\d{2,4}(?:\/\d{1,2})?)\s*$/);
    if (m) codes.push(m[1]);
  }
  // 99xx are the printed subtotals (9900 gross margin … 9904 result); a range code such as 70/74 that contains
  // other listed codes (74, 73) is a subtotal too; codes after the last 99xx are memo lines (62 loonkost uitbreiding).
  const inRange = (code, range) => {
    const [a, bShort] = range.split('/');
    const b = a.slice(0, a.length - bShort.length) + bShort;
    if (code.length < a.length) return false;
    const c = Number(code.slice(0, a.length));
    return c >= Number(a) && c <= Number(b);
  };
  const lastSubtotal = codes.map((c) => /^99\d\d$/.test(c)).lastIndexOf(true);
  const lines = [];
  const memo = [];
  codes.forEach((c, i) => {
    if (/^99\d\d$/.test(c)) return;
    if (c.includes('/') && codes.some((o, j) => j !== i && !o.includes('/') && inRange(o, c))) return;
    (i > lastSubtotal ? memo : lines).push(c);
  });
  // The 2021 page has one column per budget, headed "vzw" and "AC Vlaamse / overheid / (incl. Maribel)".
  const columns = count(L.slice(y1, y2), (l) => /^\s*(vzw|AC Vlaamse)\s*$/.test(l));
  return { codes, lines, memo, columns };
}

// --- 004: the 2021 report -------------------------------------------------------------------------------

function reportParts(L) {
  const ch1 = must(indexOf(L, /^\s*1\.\s+Algemene evaluatie/), '1. Algemene evaluatie');
  const s12 = must(indexOf(L, /^\s*1\.2\.\s+Signalen naar de overheid/, ch1), '1.2.');
  const s121 = must(indexOf(L, /^\s*1\.2\.1\.\s/, s12), '1.2.1.');
  const s122 = must(indexOf(L, /^\s*1\.2\.2\.\s/, s121), '1.2.2.');
  const s13 = must(indexOf(L, /^\s*1\.3\.\s+Verschuivingen/, s122), '1.3.');
  const ch2 = must(indexOf(L, /^\s*2\.\s+Overzicht kwantitatieve/, s13), '2. Overzicht kwantitatieve');
  const s210 = must(indexOf(L, /^\s*2\.10\.\s+Communicatieacties/, ch2), '2.10.');
  const s211 = must(indexOf(L, /^\s*2\.11\.\s/, s210), '2.11.');
  const ch3 = must(indexOf(L, /^\s*3\.\s+Kwalitatieve voortgang/, s211), '3. Kwalitatieve voortgang');
  const ch4 = must(indexOf(L, /^\s*4\.\s+Bijlagen/, ch3), '4. Bijlagen');
  return { ch1, s12, s121, s122, s13, ch2, s210, s211, ch3, ch4 };
}

// Chapter 3: "3.x. Thema …" group headings and "3.x.y. Title" project sections (lines 2948-12866). The report
// writes "3.1.2   Woonwagenwerk in Limburg" without the final dot and repeats 3.1.1/3.1.2 in §3.1.
function reportSections(L, P) {
  const groups = [];
  const sections = [];
  for (let i = P.ch3; i < P.ch4; i++) {
    let m = L[i].match(/^\s*3\.(\d+)\.\s+(\S.*?)\s*$/);
    if (m) {
      groups.push({ n: Number(m[1]), title: squash(m[2]), sections: 0 });
      continue;
    }
    m = L[i].match(/^\s*(3\.\d+\.\d+)\.?\s+(\S.*?)\s*$/);
    if (m) {
      sections.push({ number: m[1], title: squash(m[2]), line: i + 1 });
      const g = groups.find((x) => x.n === Number(m[1].split('.')[1]));
      if (g) g.sections++;
    }
  }
  const terugblik = count(L.slice(P.ch3, P.ch4), (l) => /^\s*Terugblik\s*$/.test(l));
  return { groups, sections, terugblik };
}

// Annex "Vaste gegevens projecten thema ‘…’" (lines 12982-15344): per project a title line, then the goals block
// that starts with a line "Draagt hoofdzakelijk" or "Draagt" ("Draagt ook bij tot" is a second goals row).
function reportAnnex(L, P) {
  const themes = [];
  const entries = [];
  let looptijd = 0;
  for (let i = P.ch4; i < L.length; i++) {
    const t = L[i];
    const h = t.match(/Vaste gegevens projecten thema ['‘’](.+?)['‘’]/);
    if (h) themes.push({ title: squash(h[1]), entries: 0 });
    if (/^\s*Looptijd\b/.test(t)) looptijd++;
    if (/^\s*Draagt(\s+hoofdzakelijk)?\s*$/.test(t)) {
      let j = i - 1;
      while (j > P.ch4 && !squash(L[j])) j--;
      entries.push({ title: squash(L[j]), theme: themes.at(-1)?.title });
      if (themes.length) themes.at(-1).entries++;
    }
  }
  return { themes, entries, looptijd };
}

// §1.2.1: the sector signals are short title lines of their own ("Never waste a good crisis", line 1396;
// "Als het water aan de lippen staat", line 1463): no final punctuation, after a blank line, before prose.
function sectorSignals(L, P) {
  const out = [];
  for (let i = P.s121 + 1; i < P.s122; i++) {
    const t = squash(L[i]);
    if (!t || t.length > 60 || !/^[A-Z]/.test(t) || /[.,;:!?…)]$/.test(t)) continue;
    if (squash(L[i - 1])) continue; // must start a block
    out.push(t);
  }
  return out;
}

// §2.10 table (lines 2048-2799): rows "N  Title …", numbered 1, 2, 3, …; a continuation line that happens to
// start with a number ("18 november 2021)", line 2056) is not the next row number and is skipped.
function communicationRows(L, P) {
  let next = 1;
  for (let i = P.s210; i < P.s211; i++) {
    const m = L[i].match(/^\s*(\d{1,3})\s+\S/);
    if (m && Number(m[1]) === next) next++;
  }
  const stated = L.slice(P.s210, P.s211)
    .join(' ')
    .match(/realiseerde\s+SAAMO Limburg\s+(\d+)\s+communicatieacties/);
  return { rows: next - 1, stated: stated ? Number(stated[1]) : null };
}

// "Lokale partnerschappen" (lines 629-1386): three tables.
function partnershipTables(L, P) {
  const start = must(indexOf(L, /^\s*Lokale partnerschappen\s*$/, P.ch1, P.s12), 'Lokale partnerschappen');
  const t1 = must(indexOf(L, /^\s*Formele samenwerkingsverbanden\s*$/, start, P.s12), 'Formele samenwerkingsverbanden');
  const t2 = must(indexOf(L, /^\s*Tweedelijnswerk binnen de sector\s*$/, t1, P.s12), 'Tweedelijnswerk binnen de sector');
  const t3 = must(indexOf(L, /^\s*Tweedelijnswerk buiten de sector\s*$/, t2, P.s12), 'Tweedelijnswerk buiten de sector');
  const headers = count(L.slice(start, P.s12), (l) => /Doel\s+Link met MJP/.test(l));
  // Table 1: every row starts with the partner, and every partner is a "Gemeente", "Stad" or "OCMW".
  const rows1 = count(L.slice(t1 + 1, t2), (l) => /^\s*(Gemeente|Stad|OCMW)\b/.test(l));
  // Table 2: each row ends with exactly one theme of the column "Link met MJP".
  const theme = /(Sociale bescherming|Wonen|Onderwijs|Krachtige buurten en steden|Collectief burgerschap)\s*$/;
  const rows2 = count(L.slice(t2 + 1, t3), (l) => theme.test(l));
  const text = (a, b) => noSpace(L.slice(a, b).join(' '));
  const tables = [
    { title: squash(L[t1]), rows: rows1, how: 'lines starting with Gemeente/Stad/OCMW', text: text(t1, t2) },
    { title: squash(L[t2]), rows: rows2, how: 'lines ending with a theme', text: text(t2, t3) },
    // Table 3 cannot be counted from the layout: partner names wrap over two to five lines and the theme column
    // is interleaved with the purpose text (LSB², lines 1071-1090; KBS Jury Voedsel, lines 1306-1325); only the presence check is possible.
    { title: squash(L[t3]), rows: null, how: 'no row structure in the extraction', text: text(t3, P.s12) },
  ];
  return { headers, tables };
}

// The content's partner names, looked up in the table text in order (spaces ignored: names wrap over lines).
function namesInOrder(text, names) {
  let pos = 0;
  let found = 0;
  const missing = [];
  for (const n of names) {
    const k = text.indexOf(noSpace(n), pos);
    if (k >= 0) {
      found++;
      pos = k + noSpace(n).length;
    } else missing.push(n);
  }
  return { found, missing };
}

// --- 003: the priority note -----------------------------------------------------------------------------

// Each theme: "WAAR MAKEN WE ONS ZORGEN OVER?" … "CONCRETE AANBEVELINGEN" (lines 134, 218, …, 962) followed by
// the recommendations up to the capitals title of the next theme. Numbered: "1. Title" (top level, a dot after
// the number, in sequence) and "2.1 Title" (sub level, line 907); footnotes ("1 Cultuur, …", line 147) have no
// dot and are skipped. A theme without numbers (Inkomen, lines 355-375) is counted in paragraphs, with the
// footnote lines as separators.
function priorityNote(L) {
  const concern = [];
  const recsAt = [];
  L.forEach((l, i) => {
    if (/^\s*WAAR MAKEN WE ONS ZORGEN OVER\?\s*$/.test(l)) concern.push(i);
    if (/^\s*CONCRETE AANBEVELINGEN\s*$/.test(l)) recsAt.push(i);
  });
  const perTheme = recsAt.map((r, _k) => {
    let end = concern.find((c) => c > r) ?? L.length;
    if (end < L.length) {
      end--;
      while (end > r && (!squash(L[end]) || isUpper(squash(L[end])))) end--;
      end++;
    }
    let top = 0;
    let sub = 0;
    let numbered = 0;
    for (let i = r + 1; i < end; i++) {
      let m = L[i].match(/^\s*(\d{1,2})\.\s+\S/);
      if (m && Number(m[1]) === top + 1) {
        top++;
        sub = 0;
        numbered++;
        continue;
      }
      m = L[i].match(/^\s*(\d{1,2})\.(\d{1,2})\.?\s+\S/);
      if (m && Number(m[1]) === top && Number(m[2]) === sub + 1) {
        sub++;
        numbered++;
      }
    }
    let paragraphs = 0;
    if (!numbered) {
      let open = false;
      for (let i = r + 1; i < end; i++) {
        const t = squash(L[i]);
        const footnote = /^\d{1,2}\s+\S/.test(t);
        if (!t || footnote) open = false;
        else if (!open) {
          paragraphs++;
          open = true;
        }
      }
    }
    return { numbered, unnumbered: paragraphs, label: paragraphs ? `${paragraphs}u` : String(numbered) };
  });
  return { themes: recsAt.length, concerns: concern.length, perTheme };
}

// --- 001 / 000: the welfare rounds ----------------------------------------------------------------------

// §2.1 Cijfers (001 lines 55-62): "Region<TAB>Place<TAB>27 mei 2013<TAB>73"; the second Zuid-Limburg row leaves
// the region empty; the total stands alone on the last line.
function welfareRounds(L) {
  const at = must(indexOf(L, /^\s*2\.1\s+Cijfers\s*$/), '2.1 Cijfers');
  const rows = [];
  let total = null;
  let region = null;
  for (let i = at + 1; i < Math.min(L.length, at + 30); i++) {
    const m = L[i].match(/^([^\t]*)\t([^\t]+)\t(\d{1,2} \w+ \d{4})\t(\d+)\s*$/);
    if (m) {
      region = squash(m[1]) || region;
      rows.push({ region, place: squash(m[2]), date: m[3], attendance: Number(m[4]) });
      continue;
    }
    const t = L[i].match(/^\s*(\d+)\s*$/);
    if (t && rows.length) {
      total = Number(t[1]);
      break;
    }
  }
  return { rows, regions: new Set(rows.map((r) => r.region)).size, sum: rows.reduce((s, r) => s + r.attendance, 0), total };
}

// 000, the rougher extraction: the same table with the dates on lines of their own for Zuid-Limburg.
function welfareRoundsRough(L) {
  const dates = count(L.slice(0, 120), (l) =>
    /\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 2013\b/.test(l),
  );
  const total = L.slice(0, 120).some((l) => /^\s*384\s*$/.test(l));
  return { dates, total };
}

// ---------------------------------------------------------------------------------------------------------------
// The "new in 2021" recount: 004 sections that have no counterpart in 002's table of contents.
// A section matches a TOC title when it shares a distinctive word with it (at least 4 letters, not a filler such
// as "buurtopbouwwerk" and found in fewer than two TOC titles; words of 8+ letters also match on their first 8,
// "woonwagenwerk" ~ "woonwagenbewoners"), or when all its words occur in one TOC title ("Buurtanalyse Tongeren").
// ---------------------------------------------------------------------------------------------------------------

const FILLER = new Set([
  'in',
  'de',
  'het',
  'en',
  'van',
  'op',
  'naar',
  'aan',
  'met',
  'project',
  'sector',
  'limburg',
  'buurtopbouwwerk',
  'opbouwwerk',
]);
const words = (s) =>
  fold(s)
    .replace(/\(sector\)/g, ' ')
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/'/g, ''))
    .filter((w) => w.length >= 4 && !FILLER.has(w));

function newSections(sections, tocTitles) {
  const tocWords = tocTitles.map((t) => new Set(words(t)));
  const df = new Map();
  for (const ws of tocWords) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const same = (a, b) => a === b || (a.length >= 8 && b.length >= 8 && a.slice(0, 8) === b.slice(0, 8));
  const known = (title) => {
    const ws = words(title);
    if (!ws.length) return true;
    const distinctive = ws.filter((w) => [...df.keys()].every((k) => !same(k, w) || df.get(k) < 2));
    if (distinctive.some((w) => tocWords.some((set) => [...set].some((k) => same(k, w))))) return true;
    return tocWords.some((set) => ws.every((w) => [...set].some((k) => same(k, w))));
  };
  return sections.filter((s) => !known(s.title)).map((s) => s.title);
}

// ---------------------------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------------------------

function buildRows(C, seeds) {
  const rows = [];
  // A row: id, item label, content value, and a function that returns { value, src, note } from the seeds.
  const add = (id, item, content, recount, note) => rows.push({ id, item, content, recount, note });
  const _fmt = (o) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ');

  // ----- goals
  let toc;
  const T = () => (toc ??= planTocParts(need(seeds, '002')));
  add('goals.strategic', 'goals: strategic (SD)', C.goals.strategic, () => ({
    value: T().sd.length,
    src: '002 TOC: SD1–SD3 + SD INTERNE ORGANISATIE',
  }));
  add('goals.operational.plan', 'goals: operational in the plan (without `introduced`)', C.goals.operationalPlan, () => ({
    value: T().od.length,
    src: `002 TOC "OD …" lines (${T().od.length - T().odInternal.length} external + ${T().odInternal.length} internal)`,
  }));
  add('goals.operational.internal', 'goals: operational, internal (`scope: internal`)', C.goals.operationalInternal, () => ({
    value: T().odInternal.length,
    src: '002 TOC "OD …" lines under SD INTERNE ORGANISATIE',
  }));
  let changes;
  const CH = () => {
    if (changes) return changes;
    const L = need(seeds, '004');
    const P = reportParts(L);
    const bullets = [];
    let cur = null;
    for (let i = P.s13 + 1; i < P.ch2; i++) {
      if (/^\s*•/.test(L[i])) bullets.push((cur = [squash(L[i])]));
      else if (cur && squash(L[i])) cur.push(squash(L[i]));
    }
    const texts = bullets.map((b) => b.join(' '));
    const stated = L.slice(P.s13, P.ch2)
      .join(' ')
      .match(/Er vonden tenslotte\s+(\d+)\s+belangrijke\s+verschuivingen/);
    return (changes = {
      bullets: texts.length,
      dropped: count(texts, (t) => /geschrapt|schrappen/.test(t)),
      added: count(texts, (t) => /toe te voegen|toegevoegd/.test(t)),
      stated: stated ? Number(stated[1]) : null,
    });
  };
  add('goals.introduced', 'goals: `introduced: 2021`', C.goals.introduced, () => ({
    value: CH().added,
    src: '004 §1.3 bullets that add a goal ("toe te voegen")',
  }));
  add('goals.dropped', 'goals: `dropped: 2021`', C.goals.dropped, () => ({
    value: CH().dropped,
    src: '004 §1.3 bullets that drop a goal ("schrappen", "geschrapt")',
  }));
  add('goals.operational', 'goals: operational, all', C.goals.operational, () => ({
    value: T().od.length + CH().added,
    src: `${T().od.length} in 002 TOC + ${CH().added} added in 004 §1.3`,
  }));

  // ----- actions
  let body;
  const B = () => (body ??= planBody(need(seeds, '002'), T()));
  add('actions.strategic.toc', 'actions: strategic, in the plan', C.actions.strategicPlan, () => ({
    value: T().strategic.length,
    src: '002 TOC upper-case lines, "Overzichtsschema" to the transversal heading',
  }));
  add('actions.strategic.body', 'actions: strategic, in the plan (body)', C.actions.strategicPlan, () => ({
    value: B().actions.length,
    src: '002 body headings in capitals',
  }));
  add('actions.transversal', 'actions: transversal', C.actions.transversal, () => ({
    value: T().transversal.length,
    src: `002 TOC upper-case lines after "TRANSVERSALE STRATEGISCHE ACTIES" (body: ${B().transversal.length})`,
  }));
  add(
    'actions.strategic+transversal',
    'actions: strategic + transversal in the plan',
    C.actions.strategicPlan + C.actions.transversalPlan,
    () => ({
      value: T().strategic.length + T().transversal.length,
      src: `002 TOC upper-case lines without the transversal heading (${T().strategic.length} + ${T().transversal.length})`,
    }),
  );
  add('actions.internal', 'actions: internal', C.actions.internal, () => ({
    value: B().internal.length,
    src: '002 "•" bullets under SD INTERNE ORGANISATIE',
  }));
  add('actions.subprojects.toc', 'actions: sub-projects in the plan (without `introduced`)', C.actions.subprojectsPlan, () => ({
    value: T().sub.length,
    src: '002 TOC mixed-case lines in the actions range',
    key: bodyOnlySubs().join('; '),
  }));
  const bodyOnlySubs = () => {
    const tocTitles = new Set(T().sub.map((e) => fold(e.title)));
    return B()
      .actions.flatMap((a) => a.subs)
      .filter((s) => !tocTitles.has(fold(s)));
  };
  add('actions.subprojects.body', 'actions: sub-projects in the plan (body)', C.actions.subprojectsPlan, () => {
    const extra = bodyOnlySubs();
    return {
      value: B().actions.flatMap((a) => a.subs).length,
      src: `002 body, titles after "Projecten en acties die bijdragen…"${extra.length ? `; not in the TOC: ${extra.map((s) => `"${s}"`).join(', ')}` : ''}`,
    };
  });
  add(
    'actions.subprojects',
    'actions: sub-projects, all',
    C.actions.subprojects,
    null,
    `${C.actions.subprojectsPlan} in the plan + ${C.actions.introducedSub} introduced (rows above)`,
  );
  add(
    'actions.strategic',
    'actions: strategic, all',
    C.actions.strategic,
    null,
    `${C.actions.strategicPlan} in the plan + ${C.actions.introducedStrategic} introduced (rows above)`,
  );
  add(
    'actions.introduced',
    `actions: \`introduced: 2021\` (${C.actions.introducedStrategic} strategic + ${C.actions.introducedSub} sub-projects)`,
    C.actions.introduced,
    () => {
      const L = need(seeds, '004');
      const { sections } = reportSections(L, reportParts(L));
      const tocTitles = [...T().strategic, ...T().sub, ...T().transversal].map((e) => e.title);
      const fresh = newSections(sections, tocTitles);
      const inContent = new Set(C.actions.introducedTitles.map(fold));
      const inSeed = new Set(fresh.map(fold));
      const seedOnly = fresh.filter((t) => !inContent.has(fold(t)));
      const contentOnly = C.actions.introducedTitles.filter((t) => !inSeed.has(fold(t)));
      const diffs = [...seedOnly.map((t) => ({ t, side: 'recount only' })), ...contentOnly.map((t) => ({ t, side: 'content only' }))];
      return {
        value: fresh.length,
        src: `004 §3 sections with no counterpart in the 002 TOC: ${fresh.map((t) => `"${t}"`).join(', ')}`,
        diffs: diffs.map((d) => ({ ...d, reason: EXPLAINED_TITLES[d.t] })),
      };
    },
  );

  // ----- regions, municipalities, meetings
  let rounds;
  const W = () => (rounds ??= welfareRounds(need(seeds, '001')));
  for (const type of ['country', 'community', 'province'])
    add(
      `regions.${type}`,
      `regions: ${type}`,
      C.regions.byType[type] ?? 0,
      null,
      'the seeds name Belgium, Flanders and Limburg but list no regions to count',
    );
  add('regions.welfare', 'regions: welfare-region', C.regions.byType['welfare-region'] ?? 0, () => ({
    value: W().regions,
    src: '001 §2.1 table, distinct regions',
  }));
  add('municipalities', 'municipalities', C.municipalities.length, () => {
    for (const id of ['001', '002', '003', '004']) need(seeds, id);
    const all = Object.values(seeds)
      .map((L) => L.join('\n'))
      .join('\n');
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const missing = C.municipalities.filter(
      (m) => ![m.name, ...(m.aliases ?? [])].some((n) => new RegExp(`(^|[^\\p{L}-])${esc(n)}(?![\\p{L}])`, 'u').test(all)),
    );
    return {
      value: C.municipalities.length - missing.length,
      src: `names (or aliases) found in the seeds${missing.length ? `; not found: ${missing.map((m) => m.name).join(', ')}` : ''}`,
    };
  });
  add('meetings', 'meetings (2013 welfare rounds)', C.regions.meetings, () => {
    let rough = '';
    if (seeds['000']) rough = `; 000: ${welfareRoundsRough(seeds['000']).dates} dates`;
    return { value: W().rows.length, src: `001 §2.1 table rows${rough}` };
  });
  add('meetings.attendance', 'meetings: total attendance', C.regions.attendance, () => ({
    value: W().sum,
    src: '001 §2.1, sum of the rows',
  }));
  add('meetings.declared', 'meetings: declared total (`declaredAttendance`)', C.regions.declaredAttendance ?? '—', () => {
    const rough = seeds['000'] ? `; 000 prints 384: ${welfareRoundsRough(seeds['000']).total ? 'yes' : 'no'}` : '';
    return { value: W().total, src: `001 §2.1 total line${rough}` };
  });

  // ----- progress
  let rep;
  const R = () => {
    if (rep) return rep;
    const L = need(seeds, '004');
    const P = reportParts(L);
    return (rep = { L, P, ...reportSections(L, P), annex: reportAnnex(L, P) });
  };
  add('progress.total', 'progress entries', C.progress.total, () => ({
    value: R().sections.length,
    src: '004 §3 numbered sections "3.x.y"',
    key: annexOnly().join('; '),
  }));
  add('progress.numbered', 'progress entries with a section `number`', C.progress.numbered, () => {
    const have = new Set(R().sections.map((s) => `${s.number}|${fold(s.title)}`));
    const ok = count(C.progress.numberedList, (p) => have.has(`${p.number}|${fold(p.title ?? '')}`));
    return { value: R().sections.length, src: `004 §3 sections; content (number, title) pairs found: ${ok}/${C.progress.numbered}` };
  });
  add('progress.byTheme', 'progress per 004 §3.1–3.6 (numbered)', themeLine(C.progress.byTheme, 6), () => ({
    value: R()
      .groups.map((g) => g.sections)
      .join(' · '),
    src: R()
      .groups.map((g) => g.title.replace(/^Thema\s+/i, ''))
      .join(' · '),
  }));
  add('progress.repeated', 'progress: repeated section numbers', C.progress.repeatedNumbers || 'none', () => {
    const n = {};
    for (const s of R().sections) n[s.number] = (n[s.number] ?? 0) + 1;
    const v = Object.entries(n)
      .filter(([, k]) => k > 1)
      .map(([k, c]) => `${k}×${c}`)
      .sort()
      .join(', ');
    return { value: v || 'none', src: '004 §3.1 numbers its sections irregularly' };
  });
  add('progress.terugblik', 'progress bodies with a "Terugblik"', C.progress.terugblik, () => ({
    value: R().terugblik,
    src: '004 §3 "Terugblik" lines',
  }));
  add('progress.fixed', 'progress entries with `fixed` (annex data)', C.progress.fixed, () => {
    const seedTitles = new Set(R().annex.entries.map((e) => fold(e.title)));
    const ok = count(C.progress.fixedTitles, (t) => seedTitles.has(fold(t)));
    return {
      value: R().annex.entries.length,
      src: `004 annex entries ("Looptijd" lines: ${R().annex.looptijd}); titles equal: ${ok}/${C.progress.fixed}`,
    };
  });
  // Which annex titles have no §3 section: those sharing less than half their words with every section title
  // ("Betaalbaar Kwaliteitsvol Kleinschalig Wonen in Limburg (sector)"; the others share at least two thirds).
  const annexOnly = () => {
    const sec = R().sections.map((s) => words(s.title));
    return R()
      .annex.entries.filter((e) => Math.max(...sec.map((ws) => overlap(words(e.title), ws))) < 0.5)
      .map((e) => e.title);
  };
  add('progress.fixedByTheme', 'progress with `fixed` per annex theme', themeLine(C.progress.fixedByTheme, 5), () => ({
    value: R()
      .annex.themes.map((t) => t.entries)
      .join(' · '),
    src: `004 annex "Vaste gegevens projecten thema …": ${R()
      .annex.themes.map((t) => t.title)
      .join(' · ')}`,
  }));
  add('progress.annexOnly', 'progress entries without `number` (annex only)', C.progress.unnumbered.length, () => {
    const { groups, annex } = R();
    let extra = 0;
    for (const t of annex.themes) {
      const g = groups.find((x) => fold(x.title.replace(/^Thema\s+/i, '')) === fold(t.title));
      extra += t.entries - (g ? g.sections : 0);
    }
    const lonely = annexOnly().map((t) => `"${t}"`);
    return {
      value: extra,
      src: `004 annex entries per theme − §3 sections per theme${lonely.length ? `; annex title like no section title: ${lonely.join(', ')}` : ''}`,
    };
  });

  // ----- signals, changes, evaluations
  add('signals.sector', 'signals: `from: sector`', C.signals.sector, () => {
    const L = need(seeds, '004');
    const s = sectorSignals(L, reportParts(L));
    return { value: s.length, src: `004 §1.2.1 titles (${s.map((x) => `"${x}"`).join(', ')})` };
  });
  add('signals.organisation', 'signals: `from: organisation`', C.signals.organisation, () => {
    const L = need(seeds, '004');
    const P = reportParts(L);
    return { value: count(L.slice(P.s122, P.s13), (l) => /^\s*•/.test(l)), src: '004 §1.2.2 "•" bullets' };
  });
  add('changes', `changes (${C.changeTypes.join(', ')})`, C.changes, () => ({
    value: CH().bullets,
    src: `004 §1.3 "•" bullets; stated: "${CH().stated} belangrijke verschuivingen"`,
  }));
  add('evaluations', 'evaluations', C.evaluations, () => {
    const L = need(seeds, '004');
    const P = reportParts(L);
    return { value: count(L.slice(P.ch1, P.s12), (l) => /^\s*1\.1\.\d+\.?\s+\S/.test(l)), src: '004 §1.1.x headings' };
  });

  // ----- partnerships
  let pt;
  const PT = () => {
    if (pt) return pt;
    const L = need(seeds, '004');
    return (pt = partnershipTables(L, reportParts(L)));
  };
  add('partnerships.tables', 'partnership tables', C.partnerships.length, () => ({
    value: PT().headers,
    src: '004 "Lokale partnerschappen": header lines "… Doel  Link met MJP"',
  }));
  C.partnerships.forEach((p, k) => {
    add(`partnerships.rows.${k + 1}`, `partnership rows: ${p.title}`, p.rows, () => {
      const t = PT().tables.find((x) => fold(x.title) === fold(p.title));
      if (!t) throw new Error(`004 has no partnership table titled "${p.title}"`);
      const inOrder = namesInOrder(t.text, p.partners);
      const names = `partners found in order: ${inOrder.found}/${p.rows}${inOrder.missing.length ? ` (missing: ${inOrder.missing.join('; ')})` : ''}`;
      return { value: t.rows ?? inOrder.found, src: `${t.how}; ${names}` };
    });
  });
  add(
    'partnerships.rows',
    'partnership rows, all',
    C.partnerships.reduce((s, p) => s + p.rows, 0),
    null,
    'sum of the tables above',
  );

  // ----- communication actions
  let com;
  const CO = () => {
    if (com) return com;
    const L = need(seeds, '004');
    return (com = communicationRows(L, reportParts(L)));
  };
  add('communication.list', 'communication actions (`declared.communicationActions`)', C.communication.list, () => ({
    value: CO().rows,
    src: '004 §2.10 table rows numbered 1…N',
  }));
  add('communication.declared', 'communication actions (`communicationActionsCount`)', C.communication.declared ?? '—', () => ({
    value: CO().stated,
    src: '004 §2.10 "In 2021 realiseerde SAAMO Limburg N communicatieacties"',
  }));

  // ----- priority note
  let pn;
  const PN = () => (pn ??= priorityNote(need(seeds, '003')));
  add('priority.themes', 'priority themes', C.priority.themes, () => ({
    value: PN().themes,
    src: `003 "CONCRETE AANBEVELINGEN" headings ("WAAR MAKEN WE ONS ZORGEN OVER?": ${PN().concerns})`,
  }));
  add('priority.numbered', 'recommendations, numbered', C.priority.numbered, () => ({
    value: PN().perTheme.reduce((s, t) => s + t.numbered, 0),
    src: '003 "1. …" and "2.1 …" lines in sequence',
  }));
  add('priority.unnumbered', 'recommendations, unnumbered', C.priority.unnumbered, () => ({
    value: PN().perTheme.reduce((s, t) => s + t.unnumbered, 0),
    src: '003 paragraphs of a theme without numbers',
  }));
  add('priority.perTheme', 'recommendations per theme (u = unnumbered)', C.priority.perTheme.join(' · '), () => ({
    value: PN()
      .perTheme.map((t) => t.label)
      .join(' · '),
    src: '003, themes in order',
  }));

  // ----- statistics
  add('statistics.files', 'statistics files', C.statistics.files, null, 'a grouping of the content, not of the sources');
  add('statistics.values', 'statistics items', C.statistics.items.length, () => {
    const text = {};
    const seedFor = { 'mjp-2021-2025': '002', 'ieders-stem-telt-2018': '003', 'vr-2021': '004', 'welzijnsrondes-2013': '001' };
    const missing = [];
    for (const it of C.statistics.items) {
      const id = seedFor[it.document];
      if (!id) {
        missing.push({ id: it.id, value: `no seed for ${it.document}` });
        continue;
      }
      need(seeds, id);
      text[id] ??= seeds[id]
        .join('\n')
        .replace(/[\u00a0\u202f]/g, ' ')
        .replace(/[ \t]+/g, ' ');
      if (!numberForms(it.value).some((f) => new RegExp(`(^|[^0-9.,])${f.replace(/\./g, '\\.')}(?![0-9]|[.,][0-9])`).test(text[id])))
        missing.push({ id: it.id, value: it.value });
    }
    return {
      value: C.statistics.items.length - missing.length,
      src: `values found in the cited seed${missing.length ? `; not found: ${missing.map((m) => `${m.id} (${m.value})`).join(', ')}` : ''}`,
      key: missing.map((m) => m.id).join('; '),
    };
  });

  // ----- chapters
  add('chapters.plan', 'chapters: mjp-2021-2025', C.chapters.byDocument['mjp-2021-2025'] ?? 0, () => {
    const tocTitles = new Set(planToc(need(seeds, '002')).map((e) => fold(e.title)));
    const mine = C.chapters.list.filter((c) => c.document === 'mjp-2021-2025');
    const missing = mine.filter((c) => !tocTitles.has(fold(c.title))).map((c) => c.title);
    return {
      value: mine.length - missing.length,
      src: `titles found in the 002 TOC${missing.length ? `; not found: ${missing.join(', ')}` : ''} (goals and actions are generated, not chapters)`,
      presence: true,
    };
  });
  add('chapters.report', 'chapters: vr-2021', C.chapters.byDocument['vr-2021'] ?? 0, () => {
    const L = need(seeds, '004');
    const P = reportParts(L);
    // Numbered headings of levels 1-2 in chapters 1-2: "1. Algemene evaluatie", "1.1. …", …, "2.13. …".
    const numbered = L.slice(0, P.ch3)
      .filter((l) => /^\s*[12](?:\.\d{1,2})?\.\s+\S/.test(l))
      .map((l) => l.trim().split(/\s/)[0].replace(/\.$/, ''));
    // Unnumbered chapters ("Voorwoord", "Doelgroepbereik", "Lokale partnerschappen") look like any short prose
    // line; the content's titles are looked up as lines of their own.
    const mine = C.chapters.list.filter((c) => c.document === 'vr-2021');
    const unnumbered = mine.filter((c) => !c.number);
    const found = count(unnumbered, (c) => L.slice(0, P.ch3).some((l) => squash(l) === squash(c.title)));
    const numMissing = mine.filter((c) => c.number && !numbered.includes(c.number)).map((c) => c.number);
    return {
      value: numbered.length + found,
      src: `004 headings before chapter 3: ${numbered.length} numbered + ${found} unnumbered${numMissing.length ? `; content numbers not found: ${numMissing.join(', ')}` : ''}`,
    };
  });

  // ----- budgets
  let bu;
  const BU = () => (bu ??= planBudget(need(seeds, '002')));
  add('budgets', 'budgets', C.budgets.length, () => ({
    value: BU().columns,
    src: '002 annex BEGROTING 2021: columns "vzw" and "AC Vlaamse overheid"',
  }));
  add('budgets.lines', `budget lines (${C.budgets.map((b) => b.id).join(' · ')})`, C.budgets.map((b) => b.lines).join(' · '), () => ({
    value: C.budgets.map(() => BU().lines.length).join(' · '),
    src: `002 annex code column without subtotals (${BU().lines.join(', ')}), shared by both columns`,
  }));
  add('budgets.memo', 'budget memo lines', C.budgets.map((b) => b.memo).join(' · '), () => ({
    value: C.budgets.map(() => BU().memo.length).join(' · '),
    src: `002 annex codes after the result 9904 (${BU().memo.join(', ')})`,
  }));

  return rows;

  function themeLine(byTheme, n) {
    // content counts in the order of 004 chapter 3 and of its annex (the seed side keeps the document's order,
    // so a change of order in the seeds shows up as a mismatch)
    const order = ['wonen', 'sociale bescherming', 'onderwijs', 'krachtige buurten en steden', 'collectief burgerschap', '(transversal)'];
    return order
      .slice(0, n)
      .map((k) => byTheme[k] ?? 0)
      .join(' · ');
  }
}

function overlap(a, b) {
  if (!a.length) return 0;
  return count(a, (w) => b.includes(w)) / a.length;
}

function numberForms(v) {
  const out = new Set();
  const [i, d] = String(Math.abs(v)).split('.');
  const group = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  for (const sep of ['', '.', ' ']) {
    const I = group(i, sep);
    if (d) for (const dd of [d, d.padEnd(2, '0')]) out.add(`${I},${dd}`), out.add(`${I}.${dd}`);
    else out.add(I);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluate and print
// ---------------------------------------------------------------------------------------------------------------

function evaluate(rows, seeds) {
  for (const r of rows) {
    if (!r.recount) {
      r.status = 'n/a';
      r.match = `n/a — ${r.note ?? 'no recount'}`;
      continue;
    }
    if (!seeds) continue;
    try {
      const res = r.recount();
      r.seed = res.value;
      r.src = res.src;
      const same = String(r.content) === String(res.value);
      const diffs = res.diffs ?? [];
      const unexplainedDiffs = diffs.filter((d) => !d.reason);
      if (same && !diffs.length) {
        r.status = 'yes';
        r.match = 'yes';
      } else if (same && !unexplainedDiffs.length) {
        r.status = 'explained';
        r.match = `yes in number; titles differ, explained: ${diffs.map((d) => `"${d.t}" (${d.side}): ${d.reason}`).join('; ')}`;
      } else if (!same && explains(EXPLAINED[r.id], r.content, res) && !unexplainedDiffs.length) {
        r.status = 'explained';
        r.match = `no, explained: ${EXPLAINED[r.id].reason}`;
      } else {
        r.status = 'unexplained';
        const why = unexplainedDiffs.length
          ? `titles differ: ${unexplainedDiffs.map((d) => `"${d.t}" (${d.side})`).join('; ')}`
          : `content ${r.content} ≠ seed ${res.value}`;
        r.match = `**NO, unexplained**: ${why}`;
      }
    } catch (e) {
      if (e instanceof Missing) {
        r.status = 'n/a';
        r.seed = '—';
        r.match = `n/a — ${e.message}`;
      } else {
        r.status = 'unexplained';
        r.seed = '—';
        r.match = `**NO, recount failed**: ${e.message}`;
      }
    }
  }
}

function explains(e, content, res) {
  if (!e) return false;
  if (String(e.content) !== String(content) || String(e.seed) !== String(res.value)) return false;
  return e.key === undefined || e.key === res.key;
}

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log('usage: node scripts/recount-seeds.mjs [--seeds DIR] [--content DIR] [--check]');
    return 0;
  }
  const contentDir = resolve(opts.content ?? join(ROOT, 'content'));
  const seedsDir = resolve(opts.seeds ?? join(ROOT, '..', 'shared', 'seeds'));

  const { docs, problems } = loadContent(contentDir);
  const C = countContent(docs);
  let seeds = null;
  try {
    seeds = loadSeeds(seedsDir);
  } catch (e) {
    console.error(`recount-seeds: cannot read the seeds at ${seedsDir}: ${e.message}`);
  }

  console.log(`# Content counts${seeds ? ' and seed recount' : ''}`);
  console.log();
  console.log(
    `Content: ${relative(process.cwd(), contentDir) || '.'} (${docs.length} files). Seeds: ${seeds ? `${relative(process.cwd(), seedsDir)} (${Object.keys(seeds).sort().join(', ')})` : `not available at ${seedsDir}; only the content counts are shown`}.`,
  );
  console.log();
  console.log(
    `Files per kind: ${Object.entries(C.kinds)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(' · ')}.`,
  );
  for (const p of problems) console.log(`- could not read ${p}`);
  console.log();

  const rows = buildRows(C, seeds ?? {});
  evaluate(rows, seeds);

  if (seeds) {
    console.log('| item | content | seed recount | match |');
    console.log('|---|---|---|---|');
    for (const r of rows) {
      const seedCell = r.recount ? (r.src ? `${r.seed} (${r.src})` : r.seed) : '—';
      console.log(`| ${cell(r.item)} | ${cell(r.content)} | ${cell(seedCell)} | ${cell(r.match)} |`);
    }
  } else {
    console.log('| item | content |');
    console.log('|---|---|');
    for (const r of rows) console.log(`| ${cell(r.item)} | ${cell(r.content)} |`);
  }

  if (!seeds) return 0;
  const tally = (s) => count(rows, (r) => r.status === s);
  console.log();
  console.log(
    `${tally('yes')} match, ${tally('explained')} explained mismatch(es), ${tally('unexplained')} unexplained, ${tally('n/a')} without recount.`,
  );
  return opts.check && tally('unexplained') > 0 ? 1 : 0;
}

let code = 0;
const check = process.argv.includes('--check');
try {
  code = main();
} catch (e) {
  console.error(`recount-seeds: ${e.stack ?? e.message}`);
  code = check ? 1 : 0;
}
process.exitCode = code;
