/**
 * plan diff through the real CLI, against real git repositories: a base commit of the base fixture (with a budget
 * and progress measures: test/fixtures/diff/before) and a branch whose commit rewords a goal, moves a project's
 * end, changes a budget line and a progress measure, adds an action and removes a sub-project
 * (test/fixtures/diff/after). The change list names each change and the computed figures it moved, and nothing else.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, GIT_ENV, git, golden, run, runCli, tempDir } from '../helpers.js';

const CASE = path.join(FIXTURES, 'diff');
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** A repository on main with the base content; `change` on branch `change`, checked out (committed unless told). */
async function repository(change: boolean, commit = true): Promise<string> {
  const dir = await tempDir('planwerk-diff-test-');
  dirs.push(dir);
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(CASE, 'before', 'content'), path.join(dir, 'content'), { recursive: true });
  await writeFile(path.join(dir, '.gitignore'), 'diff/\n');
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'base');
  await git(dir, 'checkout', '-q', '-b', 'change');
  if (change) {
    await cp(path.join(CASE, 'after', 'content'), path.join(dir, 'content'), { recursive: true });
    const spec = JSON.parse(await readFile(path.join(CASE, 'after', 'case.json'), 'utf8')) as { remove: string[] };
    for (const f of spec.remove) await rm(path.join(dir, f));
    if (commit) {
      await git(dir, 'add', '-A');
      await git(dir, 'commit', '-q', '-m', 'change');
    }
  }
  return dir;
}

/** Every <ins> and <del> of a redline: its kind, the nearest id around it, and its words (not the screen-reader prefix). */
function marks(html: string): { mark: string; in: string; text: string }[] {
  const found: { mark: string; in: string; text: string }[] = [];
  const classes = (e: Element) => [e.properties.className ?? []].flat().map(String);
  const text = (n: RootContent): string =>
    n.type === 'text' ? n.value : n.type === 'element' && !classes(n).includes('rl-sr') ? n.children.map(text).join('') : '';
  const walk = (n: Root | Element, at: string): void => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      const id = typeof c.properties.id === 'string' && !c.properties.id.startsWith('rl-') ? c.properties.id : at;
      if (c.tagName === 'ins' || c.tagName === 'del') found.push({ mark: c.tagName, in: id, text: text(c) });
      else walk(c, id);
    }
  };
  walk(fromHtml(html), '');
  return found;
}

const diff = (cwd: string, ...args: string[]) => runCli(['diff', '--no-cache', ...args], { cwd, env: { SOURCE_DATE_EPOCH: '1700000000' } });

describe('plan diff', () => {
  let changed: string;
  beforeAll(async () => {
    changed = await repository(true);
  });

  test.each(['en', 'nl'])('the change list in Markdown (%s) names each change and the figures it moved, and nothing else', async (lang) => {
    const r = await diff(changed, '--reporter', 'markdown', '--lang', lang);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await golden(path.join(CASE, `expected.${lang}.md`), r.stdout));
    // The same list is changes.md in --out, beside a redline of every changed document.
    expect(await readFile(path.join(changed, 'diff', 'changes.md'), 'utf8')).toBe(r.stdout);
    expect((await readdir(path.join(changed, 'diff'))).sort()).toEqual([
      '.planwerk-output',
      'changes.md',
      'context.redline.html',
      'plan.redline.html',
      'vr-2021.redline.html',
    ]);
  });

  test('the redline marks exactly the words that changed: the reworded goal title and the budget figures; two runs, the same bytes', async () => {
    const out = path.join(changed, 'diff');
    const first = await diff(changed, '--reporter', 'json');
    expect(first.code).toBe(0);
    const names = (await readdir(out)).filter((f) => f.endsWith('.redline.html')).sort();
    const bytes = await Promise.all(names.map((f) => readFile(path.join(out, f))));
    const plan = marks(bytes[names.indexOf('plan.redline.html')]!.toString('utf8'));
    // The goal: its title gains two words, nothing else in it is marked.
    expect(plan.filter((m) => m.in.startsWith('goal-od-wonen'))).toEqual([{ mark: 'ins', in: 'goal-od-wonen--titel', text: 'en gezond ' }]);
    // The budget: the line's figure and the subtotal it moves, each old and new, as the document prints them.
    expect(plan.filter((m) => m.in === 'begroting')).toEqual([
      // In the budget's order: the gross margin (9900) above the line that moved it, as 002 prints it.
      { mark: 'del', in: 'begroting', text: '40.000' },
      { mark: 'ins', in: 'begroting', text: '38.000' },
      { mark: 'del', in: 'begroting', text: '10.000' },
      { mark: 'ins', in: 'begroting', text: '12.000' },
    ]);
    // The project's end: the year alone.
    expect(plan.filter((m) => m.in === 'action-alpha' && /20\d\d/.test(m.text) && m.text.length === 4)).toEqual([
      { mark: 'del', in: 'action-alpha', text: '2025' },
      { mark: 'ins', in: 'action-alpha', text: '2026' },
    ]);
    // No unchanged word of the goal's title is marked anywhere (the overview table repeats the title).
    expect(plan.filter((m) => /Betaalbaar|wonen/.test(m.text))).toEqual([]);
    // A second run writes the same bytes.
    expect((await diff(changed, '--reporter', 'json')).stdout).toBe(first.stdout);
    expect(await Promise.all(names.map((f) => readFile(path.join(out, f))))).toEqual(bytes);
  });

  test('--artifact: the Markdown for a job summary names the redlines and the artifact that holds them; changes.md keeps its links', async () => {
    const r = await diff(changed, '--reporter', 'markdown', '--lang', 'en', '--artifact', 'planwerk-changes');
    expect(r.code).toBe(0);
    const said =
      'The redlines are in the artifact **planwerk-changes** of this run (under *Artifacts* on the run’s page): download it and open the file named at each change.';
    expect(r.stdout.split('\n')[2]).toBe(said);
    expect(r.stdout).not.toContain('](');
    expect(r.stdout).toContain('— redline: `plan.redline.html#goal-od-wonen`');
    // Otherwise the same list, line for line.
    const linked = r.stdout.replace(`${said}\n\n`, '').replace(/ — redline: `([^`]+)`/g, ' — [redline]($1)');
    expect(linked).toBe(await readFile(path.join(CASE, 'expected.en.md'), 'utf8'));
    expect(await readFile(path.join(changed, 'diff', 'changes.md'), 'utf8')).toBe(linked);
    const nl = await diff(changed, '--reporter', 'markdown', '--lang', 'nl', '--artifact', 'planwerk-wijzigingen');
    expect(nl.stdout).toContain('De redlines staan in het artifact **planwerk-wijzigingen** van deze run');
  });

  test('the pretty change list (the default)', async () => {
    const r = await diff(changed, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await golden(path.join(CASE, 'expected.pretty.txt'), r.stdout));
    for (const line of [
      'title: “Betaalbaar wonen” → “Betaalbaar en gezond wonen”',
      'timing › end: 31 december 2025 → 31 december 2026',
      '+ strategic action beta “Beta” added',
      '- sub-project alpha-one “Alpha één” removed',
      'lines › [60/61 Diensten en diverse goederen] › values › 2022: 10.000 → 12.000',
      'measures › FTE: 1 → 1,5',
      'budget begroting · gross margin 2022: 40.000 → 38.000',
      'moved by: progress entry vr-2021-alpha (measures › FTE)',
    ])
      expect(r.stdout).toContain(line);
  });

  test('the json output is deterministic, versioned and names every change', async () => {
    const first = await diff(changed, '--reporter', 'json');
    const second = await diff(changed, '--reporter', 'json', '--lang', 'nl');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const json = JSON.parse(first.stdout) as {
      version: number;
      changed: boolean;
      entities: { change: string; kind: string; id: string; fields: { field: string[]; before: unknown; after: unknown }[] }[];
      figures: { key: string; before: number; after: number; inputs: { id: string }[] }[];
    };
    expect(json.version).toBe(1);
    expect(json.changed).toBe(true);
    expect(json.entities.map((e) => `${e.change} ${e.kind} ${e.id}`)).toEqual([
      'changed goal od-wonen',
      'changed strategic-action alpha',
      'added strategic-action beta',
      'removed sub-project alpha-one',
      'changed budget begroting',
      'changed progress vr-2021-alpha',
    ]);
    expect(json.figures.every((f) => f.inputs.length > 0)).toBe(true);
    // The generator names the release; the rest is the contract.
    const stable = first.stdout.replace(/"generator": "planwerk [^"]*"/, '"generator": "planwerk"');
    expect(stable).toBe(await golden(path.join(CASE, 'expected.json'), stable));
  });

  test('uncommitted changes count: the working tree is compared, and left as it is', async () => {
    const dir = await repository(true, false);
    const r = await diff(dir, '--reporter', 'markdown', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await readFile(path.join(CASE, 'expected.en.md'), 'utf8'));
    const status = await run('git', ['status', '--porcelain'], { cwd: dir, env: GIT_ENV });
    expect(status.stdout.split('\n').filter(Boolean).sort()).toEqual([
      ' D content/actions/alpha/alpha-one.md',
      ' M content/actions/alpha.md',
      ' M content/budget.yaml',
      ' M content/goals/od-wonen.md',
      ' M content/reports/2021/progress/alpha.md',
      '?? content/actions/beta.md',
    ]);
  });

  test('identical content: nothing changed, exit 0', async () => {
    const dir = await repository(false);
    for (const [lang, said] of [
      ['en', 'Nothing changed'],
      ['nl', 'Niets gewijzigd'],
    ] as const) {
      const r = await diff(dir, '--lang', lang);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(said);
    }
    const json = JSON.parse((await diff(dir, '--reporter', 'json')).stdout) as { changed: boolean; entities: unknown[] };
    expect(json.changed).toBe(false);
    expect(json.entities).toEqual([]);
  });

  test('a base that is not a git ref, or no repository: a clear error, exit 2', async () => {
    const r = await diff(changed, '--base', 'no-such-branch');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: diff: --base no-such-branch is not a branch, tag or commit of this repository\n');
    const bare = await tempDir();
    dirs.push(bare);
    await cp(path.join(FIXTURES, 'base', 'content'), path.join(bare, 'content'), { recursive: true });
    const outside = await diff(bare);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('not inside a git repository');
  });

  test('--out is guarded as plan build --out: a folder planwerk did not make is refused and left untouched', async () => {
    const dir = await repository(true);
    await mkdir(path.join(dir, 'mine'));
    await writeFile(path.join(dir, 'mine', 'notes.txt'), 'keep me');
    const r = await diff(dir, '--out', 'mine');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out mine is a folder that plan diff did not make');
    expect(r.stderr).toContain('plan: nothing written; mine is left as it was.');
    // In Dutch too, naming the command that writes.
    const nl = await diff(dir, '--out', 'mine', '--lang', 'nl');
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain('--out mine is een map die plan diff niet gemaakt heeft');
    expect(nl.stderr).toContain('plan: niets geschreven; mine blijft zoals het was.');
    expect(await readdir(path.join(dir, 'mine'))).toEqual(['notes.txt']);
    // Its own folder is replaced on the next run.
    expect((await diff(dir, '--out', 'out')).code).toBe(0);
    expect((await diff(dir, '--out', 'out')).code).toBe(0);
    expect(existsSync(path.join(dir, 'out', 'plan.redline.html'))).toBe(true);
    expect(JSON.parse(await readFile(path.join(dir, 'out', '.planwerk-output'), 'utf8')).note).toMatch(/^Written by plan diff: /);
  });

  test('content errors at the head are reported as plan validate reports them: exit 1, nothing compared', async () => {
    const dir = await repository(true);
    await writeFile(path.join(dir, 'content', 'goals', 'broken.md'), '---\nkind: goal\nid: broken\n---\n');
    const r = await diff(dir, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('content/goals/broken.md');
    expect(r.stderr).toContain('plan: diff: the content in the working tree has errors; nothing was compared.');
    expect(existsSync(path.join(dir, 'diff'))).toBe(false);
  });
});
