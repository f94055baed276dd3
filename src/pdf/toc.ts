/**
 * The table of contents with page numbers, in two (at most three) passes: print, read from the PDF on which page
 * each heading's named destination lies, write the numbers into the contents, print again, and check that they
 * settled. Chromium cannot do it alone: CSS target-counter() does not work in its print layout.
 *
 * The functions that run inside the page (`preparePage`, `fillPageNumbers`) are serialised by puppeteer: they
 * may use nothing from this module's scope. They touch only the loaded copy of the document, never the HTML file.
 */

/** What the PDF step learns from a loaded document. */
export interface PreparedPage {
  /** Target ids of the table-of-contents entries that get a page number, in document order. */
  ids: string[];
  /** Their visible texts (for messages). */
  texts: string[];
  /** <meta name="author"> and <meta name="generator">, for the PDF Info dictionary. */
  author: string;
  generator: string;
  /** The running title in the header. */
  runningTitle: string;
}

/* Minimal DOM shapes for the in-page functions (the project compiles without the DOM library). */
interface DomElement {
  textContent: string | null;
  className: string;
  parentElement: DomElement | null;
  style: { setProperty(name: string, value: string): void };
  classList: { add(name: string): void };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  cloneNode(deep: boolean): DomElement;
  remove(): void;
  append(...nodes: DomElement[]): void;
}
interface DomDocument extends DomElement {
  title: string;
  documentElement: DomElement;
  head: DomElement;
  createElement(tag: string): DomElement;
  fonts: { ready: Promise<unknown> };
}

/**
 * Runs in the page before the first pass: page-number spans in the contents (a placeholder until the first
 * pass is read), the running title, one named page per chapter so the header can name it, and the class that
 * hides contents entries without text.
 */
export function preparePage(placeholder: string): PreparedPage {
  const doc = (globalThis as unknown as { document: DomDocument }).document;
  const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
  /** Visible heading text: without screen-reader-only text and footnote references. */
  const headingText = (el: DomElement) => {
    const copy = el.cloneNode(true);
    for (const x of Array.from(copy.querySelectorAll('.sr-only, sup, [data-footnote-ref]'))) x.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };

  const root = doc.documentElement;
  // A running header is one line: the title and the chapter share it, so each is cut at a word to fit its half.
  const shorten = (t: string, max = 60) => {
    if (t.length <= max) return t;
    const cut = t.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
  };
  const runningTitle = (doc.querySelector('.cover .document-title')?.textContent ?? doc.title).replace(/\s+/g, ' ').trim();
  root.style.setProperty('--pw-running-title', cssString(shorten(runningTitle)));

  const ids: string[] = [];
  const texts: string[] = [];
  for (const a of Array.from(doc.querySelectorAll('nav.toc a[href^="#"]'))) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const li = a.parentElement;
    if (text === '') {
      // An entry for a heading that only screen readers see (such as a footnotes heading): not in print.
      (li && li.querySelector('ol') === null ? li : a).classList.add('pw-toc-empty');
      continue;
    }
    let id = (a.getAttribute('href') ?? '').slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it as written */
    }
    const leader = doc.createElement('span');
    leader.className = 'pw-toc-leader';
    leader.setAttribute('aria-hidden', 'true');
    const number = doc.createElement('span');
    number.className = 'pw-toc-page';
    number.textContent = placeholder;
    a.append(leader, number);
    ids.push(id);
    texts.push(text);
  }

  // One named page per chapter: the header's right side shows the chapter. A change of page name is also a
  // page break, which chapters have anyway; the colophon shares the last chapter's page.
  const rules: string[] = [];
  const named = (el: DomElement | null, heading: DomElement | null, index: number) => {
    if (!el || !heading) return undefined;
    const name = `pw-chapter-${index}`;
    el.style.setProperty('page', name);
    rules.push(`@page ${name} { @top-right { content: ${cssString(shorten(headingText(heading)))}; } }`);
    return name;
  };
  named(doc.querySelector('nav.toc'), doc.querySelector('nav.toc > h2'), 0);
  let last: string | undefined;
  const sections = Array.from(doc.querySelectorAll('main > section'));
  // A chapter that is only a title (class title-only) shares the page, and so the page name, of the next one:
  // a change of page name would force the page break the print sheet avoids there.
  const pending: DomElement[] = [];
  sections.forEach((section, i) => {
    if (/\btitle-only\b/.test(section.className) && i < sections.length - 1) {
      pending.push(section);
      return;
    }
    const name = named(section, section.querySelector(':scope > h2'), i + 1);
    if (name) for (const p of pending.splice(0)) p.style.setProperty('page', name);
    last = name ?? last;
  });
  const colophon = doc.querySelector('body > footer');
  if (colophon && last) colophon.style.setProperty('page', last);
  const style = doc.createElement('style');
  style.textContent = `@media print {\n${rules.join('\n')}\n}`;
  doc.head.append(style);

  const meta = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
  return { ids, texts, author: meta('author'), generator: meta('generator'), runningTitle };
}

/** Runs in the page: write the page numbers into the contents (same order as PreparedPage.ids). */
export function fillPageNumbers(numbers: (number | null)[]): void {
  const doc = (globalThis as unknown as { document: DomDocument }).document;
  const spans = Array.from(doc.querySelectorAll('nav.toc .pw-toc-page'));
  spans.forEach((span, i) => {
    const n = numbers[i];
    span.textContent = n === null || n === undefined ? '' : String(n);
  });
}

/** The contents' page numbers of a print, by target id: what the next print of the document starts from. */
export interface ContentsNumbers {
  ids: string[];
  numbers: (number | null)[];
}

/** The seed's number for every one of `ids`, in their order; undefined when the seed lacks one of them. */
export function seedNumbers(ids: readonly string[], seed: ContentsNumbers | undefined): (number | null)[] | undefined {
  if (!seed || ids.length === 0) return undefined;
  const byId = new Map(seed.ids.map((id, i) => [id, seed.numbers[i] ?? null] as const));
  const out: (number | null)[] = [];
  for (const id of ids) {
    if (!byId.has(id)) return undefined;
    out.push(byId.get(id)!);
  }
  return out;
}

/**
 * Runs in the page, with print media emulated: fill in `numbers` when every number box of the contents keeps the
 * size it has with the placeholder, else leave the placeholders. Each box is a flex item of its entry, sized by
 * its text (min-width, tabular digits), so with every box the same size the contents, and everything after
 * them, are laid out as with the placeholders: the headings land where the placeholder pass would find them.
 * The sizes do not depend on the viewport's width (a box's size comes from its own text and font), so the
 * screen's layout with the print style sheet measures what the print lays out.
 */
export function fillIfSameBoxes(numbers: (number | null)[]): boolean {
  const doc = (globalThis as unknown as { document: DomDocument }).document;
  const spans = Array.from(doc.querySelectorAll('nav.toc .pw-toc-page')) as unknown as (DomElement & {
    getBoundingClientRect(): { width: number; height: number };
  })[];
  if (spans.length !== numbers.length) return false;
  const size = () => spans.map((s) => s.getBoundingClientRect()).map((r) => `${r.width}x${r.height}`);
  const before = size();
  const placeholders = spans.map((s) => s.textContent);
  spans.forEach((span, i) => {
    const n = numbers[i];
    span.textContent = n === null || n === undefined ? '' : String(n);
  });
  const after = size();
  if (after.every((s, i) => s === before[i])) return true;
  spans.forEach((span, i) => {
    span.textContent = placeholders[i] ?? '';
  });
  return false;
}

/** Runs in the page: resolves when the fonts are ready. */
export function fontsReady(): Promise<unknown> {
  return (globalThis as unknown as { document: DomDocument }).document.fonts.ready;
}

export interface PdfFacts {
  pages: number;
  /** 1-based page of each id's named destination; null when the PDF has no destination for it. */
  numbers: (number | null)[];
}

let reader: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;
/**
 * pdf.js, loaded once, on first use: it is large and only printing needs it. The printer asks for it while the
 * browser prints the first pass, when this process has nothing else to do, so the read does not wait for it.
 */
export function pdfReader(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  reader ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return reader;
}

/** Read the page count and the page of each named destination from a printed PDF (pdfjs-dist). */
export async function readDestinations(pdf: Uint8Array, ids: readonly string[]): Promise<PdfFacts> {
  const { getDocument } = await pdfReader();
  const task = getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const dests = (await doc.getDestinations()) as Record<string, unknown[] | undefined>;
    const pageOf = new Map<string, number | null>();
    const numbers: (number | null)[] = [];
    for (const id of ids) {
      // Chromium writes the name's UTF-8 bytes; pdf.js reads name bytes one by one.
      const dest = dests[id] ?? dests[Buffer.from(id, 'utf8').toString('latin1')];
      const ref = dest?.[0] as { num: number; gen: number } | number | undefined;
      if (ref === undefined || ref === null) {
        numbers.push(null);
        continue;
      }
      const key = typeof ref === 'number' ? `i${ref}` : `${ref.num}/${ref.gen}`;
      if (!pageOf.has(key)) pageOf.set(key, typeof ref === 'number' ? ref + 1 : (await doc.getPageIndex(ref)) + 1);
      numbers.push(pageOf.get(key)!);
    }
    return { pages: doc.numPages, numbers };
  } finally {
    await task.destroy();
  }
}

/** Entries whose printed number differs from where the heading landed. */
export function unsettled(texts: readonly string[], printed: readonly (number | null)[], actual: readonly (number | null)[]): string[] {
  const out: string[] = [];
  actual.forEach((n, i) => {
    if (n !== printed[i]) out.push(`“${texts[i]}” printed ${printed[i] ?? '–'}, is on ${n ?? '–'}`);
  });
  return out;
}
