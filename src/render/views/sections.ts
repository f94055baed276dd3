/**
 * The sections of a report's qualitative progress, as the report itself orders them. The report numbers each
 * project (“3.2.10”): its section (“3.2”) is the report's own theme heading, and the report's order of themes is
 * not the plan's (the 2021 report puts Wonen before Sociale bescherming). Without numbers, the plan's theme order.
 */
import { pushTo } from '../../core/group.js';
import type { Doc } from '../../core/link/model.js';
import { byOrderThenId } from '../../core/sort.js';
import { type ThemeLike, TRANSVERSAL, themeSequence } from '../../core/themes.js';

export interface ProgressSection {
  /** The report's section number (“3.1”), when the entries carry numbers. */
  number: string | undefined;
  /** The theme the section is about (`transversal` for the transversal actions). */
  theme: string;
  entries: Doc<'progress'>[];
}

const SECTION = /^(\d+\.\d+)\./;

/** Numbers compared part by part (“3.2.10” after “3.2.9”). */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Sections by number; an entry without a number joins the section of its theme, after the numbered ones (a new
 * section at the end when no section has its theme). With no numbers at all, the plan's themes in order.
 */
export function progressSections(entries: readonly Doc<'progress'>[], themes: readonly ThemeLike[]): ProgressSection[] {
  const themeOf = (p: Doc<'progress'>) => p.data.theme ?? TRANSVERSAL;
  const keyOf = (p: Doc<'progress'>) => SECTION.exec(p.data.number ?? '')?.[1];
  const numbered = entries.filter((p) => keyOf(p) !== undefined);
  if (numbered.length === 0) {
    return themeSequence(themes, entries.map(themeOf), { onlySeen: true }).map((theme) => ({
      number: undefined,
      theme,
      entries: entries.filter((p) => themeOf(p) === theme).sort(byOrderThenId),
    }));
  }
  const groups = new Map<string, Doc<'progress'>[]>();
  for (const p of numbered) pushTo(groups, keyOf(p)!, p);
  const sections: ProgressSection[] = [...groups.keys()].sort(compareNumbers).map((number) => {
    // In the report's sequence (`order`): its own numbers restart within a section (“3.1.1 … 3.1.2 … 3.1.1”).
    const list = groups
      .get(number)!
      .sort(
        (a, b) =>
          (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || compareNumbers(a.data.number!, b.data.number!) || byOrderThenId(a, b),
      );
    // The section's theme is the one most of its projects serve (a project may serve a theme of another section).
    const counts = new Map<string, number>();
    for (const p of list) counts.set(themeOf(p), (counts.get(themeOf(p)) ?? 0) + 1);
    const theme = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
    return { number, theme, entries: list };
  });
  for (const p of entries.filter((x) => keyOf(x) === undefined).sort(byOrderThenId)) {
    const home = sections.find((s) => s.theme === themeOf(p));
    if (home) home.entries.push(p);
    else sections.push({ number: undefined, theme: themeOf(p), entries: [p] });
  }
  return sections;
}
