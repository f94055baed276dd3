/**
 * Quality of the HTML documents built from the shipped content: valid HTML (W3C Nu checker), accessible (axe-core
 * in headless Chromium, WCAG 2.1 A/AA and best practices), self-contained (no request leaves the file, no
 * script), charts with a text alternative, unique ids, and links that land on an element.
 *
 * The shipped content is built once: Dutch (nl-BE, the default) and English (`--locale en`). Every check runs on
 * every HTML file and reports all its problems at once, with enough detail to find them in the templates.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, offlinePage } from '../browser.js';
import { runCli, tempDir } from '../helpers.js';
import { nuCheck } from '../nu.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

/** One built HTML file: which build, its name, its path. */
interface Doc {
  build: string;
  name: string;
  file: string;
}
const label = (d: Doc) => `${d.build}/${d.name}`;

/** What a document looks like once loaded: read from the DOM before anything is injected. */
interface DomFacts {
  scripts: string[];
  handlers: string[];
  svgs: { index: number; role: string | null; ariaLabel: string | null; inChart: boolean; width: number; height: number }[];
  /** The document's Content-Security-Policy (meta), and what the browser blocked under it while loading. */
  csp: string | null;
  cspViolations: string[];
  ids: string[];
  hrefs: { href: string; text: string }[];
  /** Attributes that name other elements by id: aria-labelledby, aria-describedby, … */
  idrefs: { element: string; attribute: string; value: string }[];
}

interface Analysis {
  status: number | null;
  requests: string[];
  blocked: string[];
  dom: DomFacts;
  axe: AxeResults;
}

let out: string;
let browser: Browser | undefined;
const docs: Doc[] = [];
/** Each file's ids, for links across documents (`other.html#x` must land in that file). */
const idsByFile = new Map<string, Set<string>>();
const analyses = new Map<string, Promise<Analysis>>();
/** Documents of tables only: the staff quality report (each language) and the plan's context and sources. */
// The plan prints no chart: 002 has none, so its content places no timeline.
const WITHOUT_CHARTS = new Set(['kwaliteitsrapport.html', 'quality-report.html', 'context.html', 'mjp-2021-2025.html']);

beforeAll(async () => {
  out = await tempDir('planwerk-html-');
  const builds: [string, string[]][] = [
    ['nl-BE', []],
    ['en', ['--locale', 'en']],
  ];
  for (const [name, flags] of builds) {
    const r = await runCli(['build', '--format', 'html', '--out', path.join(out, name), ...flags]);
    if (r.code !== 0) throw new Error(`plan build ${flags.join(' ')} exited ${r.code}:\n${r.stderr}`);
    for (const f of (await readdir(path.join(out, name))).filter((x) => x.endsWith('.html')).sort()) {
      docs.push({ build: name, name: f, file: path.join(out, name, f) });
    }
  }
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/** Load a document offline, read its DOM, then run axe in it. Once per file, shared by the tests below. */
function analyse(doc: Doc): Promise<Analysis> {
  let p = analyses.get(doc.file);
  if (!p) analyses.set(doc.file, (p = load(doc)));
  return p;
}

async function load(doc: Doc): Promise<Analysis> {
  if (!browser) throw new Error('no browser');
  const url = pathToFileURL(doc.file).href;
  const { page, requests, blocked } = await offlinePage(browser, url);
  try {
    // Listen before the document's own code could run: every violation of its policy is recorded.
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const dom = await page.evaluate((): DomFacts => {
      const all = [...document.querySelectorAll('*')];
      const handlers = all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`),
      );
      for (const el of document.querySelectorAll('[href], [src], [action], [formaction]')) {
        for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
          const v = el.getAttribute(name);
          if (v && /^\s*javascript:/i.test(v)) handlers.push(`<${el.localName} ${name}="${v.slice(0, 60)}">`);
        }
      }
      const svgs = [...document.querySelectorAll('svg')]
        .filter((svg) => !svg.parentElement?.closest('svg'))
        .map((svg, index) => {
          const box = svg.getBoundingClientRect();
          return {
            index,
            role: svg.getAttribute('role'),
            ariaLabel: svg.getAttribute('aria-label'),
            inChart: !!svg.closest('.chart'),
            width: box.width,
            height: box.height,
          };
        });
      return {
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
        cspViolations: [...(window as unknown as { __cspViolations: string[] }).__cspViolations],
        scripts: [...document.getElementsByTagName('script')].map((s) => s.outerHTML.slice(0, 120)),
        handlers,
        svgs,
        ids: all.map((el) => el.getAttribute('id')).filter((id): id is string => id !== null),
        hrefs: [...document.querySelectorAll('a[href], area[href]')].map((a) => ({
          href: a.getAttribute('href') ?? '',
          text: (a.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
        })),
        idrefs: all.flatMap((el) =>
          ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-flowto', 'for', 'headers', 'list']
            .filter((name) => el.hasAttribute(name) && (name !== 'for' || el.localName === 'label' || el.localName === 'output'))
            .map((name) => ({
              element: `<${el.localName}${el.id ? ` id="${el.id}"` : ''}>`,
              attribute: name,
              value: el.getAttribute(name) ?? '',
            })),
        ),
      };
    });
    // The document's policy forbids every script, so axe is evaluated through the DevTools protocol (not
    // subject to the page's policy) rather than added as a <script> element.
    await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
    const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
    const axe = await page.evaluate(
      (o) => (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, o),
      options as unknown as Record<string, unknown>,
    );
    return { status: response?.status() ?? null, requests: [...requests], blocked: blocked(), dom, axe };
  } finally {
    await page.close();
  }
}

/** For every document, the problems `check` finds; asserted empty with all of them in the message. */
async function eachDoc(check: (doc: Doc, a: Analysis) => string[]): Promise<void> {
  expect(docs.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const doc of docs) problems.push(...check(doc, await analyse(doc)).map((p) => `${label(doc)}: ${p}`));
  expect(problems.length, `${problems.length} problem(s):\n${problems.join('\n')}\n`).toBe(0);
}

describe('the build', () => {
  test('writes the plan, its context, the report and the staff quality report in Dutch and in English', () => {
    const names = (build: string) => docs.filter((d) => d.build === build).map((d) => d.name);
    expect(names('nl-BE')).toEqual(['context.html', 'kwaliteitsrapport.html', 'mjp-2021-2025.html', 'vr-2021.html']);
    expect(names('en')).toContain('mjp-2021-2025.html');
    expect(names('en')).toContain('quality-report.html');
  });
});

describe('W3C Nu HTML checker', () => {
  test('reports no error in any document', async () => {
    const { of, stray } = await nuCheck(
      out,
      docs.map((d) => d.file),
    );
    const problems = docs.flatMap((d) =>
      of(d.file).map(
        (m) =>
          `${label(d)}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.type}: ${m.message}${m.extract ? `  «${m.extract.replace(/\n/g, ' ')}»` : ''}`,
      ),
    );
    problems.push(...stray.map((m) => `${m.url ?? '(no file)'} ${m.type}: ${m.message}`));
    expect(problems.length, `${problems.length} error(s):\n${problems.join('\n')}\n`).toBe(0);
  }, 120_000);
});

describe('in headless Chromium', () => {
  test('a document fetches nothing: no request but the file itself and data: URLs', async () => {
    await eachDoc((doc, a) => [
      ...(a.status === 200 || a.status === 0 || a.status === null ? [] : [`loaded with status ${a.status}`]),
      ...a.blocked.map((u) => `attempted request ${u}`),
      ...(a.requests.includes(pathToFileURL(doc.file).href)
        ? []
        : ['the file itself was not seen as a request (interception not active?)']),
    ]);
  }, 300_000);

  test('axe-core: no serious or critical violation (WCAG 2.0/2.1 A+AA, best practices)', async () => {
    await eachDoc((_doc, a) =>
      a.axe.violations
        .filter((v) => v.impact && BLOCKING.has(v.impact))
        .map((v) => {
          const targets = v.nodes.slice(0, 5).map((n) => `${n.target.join(' >> ')} «${n.html.replace(/\s+/g, ' ').slice(0, 100)}»`);
          return `${v.id} [${v.impact}] ${v.help} — ${v.nodes.length} node(s): ${targets.join(' | ')}${v.nodes.length > 5 ? ' | …' : ''}`;
        }),
    );
  }, 300_000);
});

describe('Content-Security-Policy', () => {
  test('every document forbids scripts and remote loads, and nothing in it violates its policy', async () => {
    await eachDoc((_doc, a) => {
      const directives = new Map(
        (a.dom.csp ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map((d) => [d[0]!, d.slice(1)] as const),
      );
      return [
        ...(a.dom.csp === null ? ['no Content-Security-Policy meta element'] : []),
        ...(directives.get('default-src')?.join(' ') === "'none'" ? [] : [`default-src is not 'none': ${a.dom.csp}`]),
        ...['script-src', 'connect-src', 'frame-src', 'object-src']
          .filter((d) => directives.has(d))
          .map((d) => `${d} is allowed: ${a.dom.csp}`),
        ...a.dom.cspViolations.map((v) => `blocked by the policy: ${v}`),
        // The charts must still draw under the policy (inline SVG, styles from the document itself).
        ...a.dom.svgs.filter((x) => x.inChart && (x.width === 0 || x.height === 0)).map((x) => `chart ${x.index} has no size`),
      ];
    });
  }, 300_000);
});

describe('structure', () => {
  test('no <script> element, no inline event handler, no javascript: URL', async () => {
    await eachDoc((_doc, a) => [
      ...a.dom.scripts.map((s) => `script element ${s}`),
      ...a.dom.handlers.map((x) => `script in attribute ${x}`),
    ]);
  }, 300_000);

  test('every SVG chart has role="img" and a non-empty aria-label', async () => {
    await eachDoc((doc, a) => [
      ...(a.dom.svgs.length === 0 && !WITHOUT_CHARTS.has(doc.name) ? ['no chart at all (expected at least one SVG chart)'] : []),
      ...a.dom.svgs.flatMap((s) => [
        ...(s.role === 'img' ? [] : [`svg #${s.index + 1}: role=${JSON.stringify(s.role)}, expected "img"`]),
        ...(s.ariaLabel && s.ariaLabel.trim() !== '' ? [] : [`svg #${s.index + 1}: missing or empty aria-label`]),
        ...(s.inChart ? [] : [`svg #${s.index + 1}: not inside a .chart`]),
      ]),
    ]);
  }, 300_000);

  test('ids are unique within each file', async () => {
    await eachDoc((_doc, a) => {
      const counts = new Map<string, number>();
      for (const id of a.dom.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const empty = a.dom.ids.filter((id) => id.trim() === '' || /\s/.test(id)).map((id) => `invalid id ${JSON.stringify(id)}`);
      return [...empty, ...[...counts].filter(([, n]) => n > 1).map(([id, n]) => `id "${id}" occurs ${n} times`)];
    });
  }, 300_000);

  test('every link "#x" lands on an id in the same file, every "file.html#x" on an id in that file', async () => {
    for (const doc of docs) idsByFile.set(doc.file, new Set((await analyse(doc)).dom.ids));
    await eachDoc((doc, a) => {
      const own = idsByFile.get(doc.file)!;
      const problems: string[] = [];
      for (const { href, text } of a.dom.hrefs) {
        const where = `href="${href}" («${text}»)`;
        if (/^(https?:|mailto:|tel:)/i.test(href)) continue; // external: not this test's business
        const m = /^([^#?]*)(?:#(.*))?$/.exec(href)!;
        const [, target = '', rawFragment] = m;
        let fragment: string | undefined;
        try {
          fragment = rawFragment === undefined ? undefined : decodeURIComponent(rawFragment);
        } catch {
          problems.push(`${where}: fragment is not valid percent-encoding`);
          continue;
        }
        if (target === '') {
          if (fragment === undefined || fragment === '') problems.push(`${where}: links to nothing`);
          else if (!own.has(fragment)) problems.push(`${where}: no element with id "${fragment}" in this file`);
          continue;
        }
        const other = path.join(path.dirname(doc.file), target);
        const ids = idsByFile.get(other);
        if (!ids) problems.push(`${where}: ${target} is not a document of this build`);
        else if (fragment !== undefined && fragment !== '' && !ids.has(fragment))
          problems.push(`${where}: no element with id "${fragment}" in ${target}`);
      }
      return problems;
    });
  }, 300_000);

  test('every aria-labelledby, aria-describedby (and other id reference) names an element of the same file', async () => {
    await eachDoc((_doc, a) => {
      const ids = new Set(a.dom.ids);
      return a.dom.idrefs.flatMap(({ element, attribute, value }) => {
        const tokens = value.split(/\s+/).filter(Boolean);
        if (tokens.length === 0) return [`${element} ${attribute}="${value}": empty`];
        return tokens.filter((t) => !ids.has(t)).map((t) => `${element} ${attribute}="${value}": no element with id "${t}"`);
      });
    });
  }, 300_000);
});
