/**
 * plan dev's changes page as a user meets it: the real CLI serving a branch of a real git repository (the plan
 * diff scenario: test/fixtures/diff), the change list and the redlines against main at /changes/, brought up to
 * date by an edit; and a folder outside any repository, where the page says there is no base and dev goes on.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DevProcess, startDev } from '../dev-server.js';
import { FIXTURES, git, tempDir } from '../helpers.js';

const CASE = path.join(FIXTURES, 'diff');
const dirs: string[] = [];

/** The reload events of a served page's stream, as its client sees them. */
function listen(base: string): { events: string[]; close: () => void } {
  const events: string[] = [];
  const req = http.get(`${base}/__planwerk/events`, (res) => {
    res.setEncoding('utf8').on('data', (d: string) => {
      for (const m of d.matchAll(/^event: (.*)$/gm)) events.push(m[1]!);
    });
  });
  return { events, close: () => req.destroy() };
}

async function until<T>(what: string, get: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const got = await get();
    if (got !== undefined) return got;
    if (Date.now() > end) throw new Error(`waited in vain for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const get = async (url: string) => {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
};

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('plan dev: changes since main', () => {
  let dir: string;
  let tmp: string;
  let dev: DevProcess;
  let status: string;

  beforeAll(async () => {
    dir = await tempDir('planwerk-dev-changes-');
    dirs.push(dir);
    await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
    await cp(path.join(CASE, 'before', 'content'), path.join(dir, 'content'), { recursive: true });
    await git(dir, 'init', '-q', '-b', 'main');
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'base');
    await git(dir, 'checkout', '-q', '-b', 'change');
    await cp(path.join(CASE, 'after', 'content'), path.join(dir, 'content'), { recursive: true });
    await rm(path.join(dir, 'content', 'actions', 'alpha', 'alpha-one.md'));
    status = await git(dir, 'status', '--porcelain');
    // Its own temporary folder: the base's copy must be gone when dev stops.
    tmp = path.join(dir, '..', `${path.basename(dir)}-tmp`);
    dirs.push(tmp);
    await mkdir(tmp);
    dev = await startDev(dir, ['--no-cache', '--lang', 'en'], { TMPDIR: tmp, SOURCE_DATE_EPOCH: '1700000000' });
  });

  afterAll(async () => {
    await dev?.stop();
  });

  test('the index links the page; /changes redirects to /changes/', async () => {
    expect((await get(`${dev.base}/`)).text).toContain('<a href="/changes/">Changes since the base');
    const moved = await get(`${dev.base}/changes`);
    expect([moved.status, moved.location]).toEqual([301, '/changes/']);
  });

  test('the page lists the changes as plan diff does (in HTML, numbers as the documents print them) and serves the redlines', async () => {
    const page = await get(`${dev.base}/changes/`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<h2>Changes since main \([0-9a-f]{12}\)<\/h2>/);
    expect(page.text).toContain('title: “Betaalbaar wonen” → “Betaalbaar en gezond wonen”');
    expect(page.text).toContain('values › 2022: 10.000 → 12.000');
    expect(page.text).toContain('<a href="plan.redline.html#goal-od-wonen">redline</a>');
    expect(page.text).toMatch(/<script nonce="[^"]+">[\s\S]*?EventSource/); // reloads on save
    const redline = await get(`${dev.base}/changes/plan.redline.html`);
    expect(redline.status).toBe(200);
    expect(redline.text).toMatch(/<ins class="rl"><span class="rl-sr">[^<]*<\/span>en gezond <\/ins>/);
    expect(redline.text).toMatch(/<script nonce="[^"]+">[\s\S]*?EventSource/);
    expect((await get(`${dev.base}/changes/nope.redline.html`)).status).toBe(404);
  });

  test('an edit rebuilds the preview and the page follows it', async () => {
    const stream = listen(dev.base);
    try {
      const from = stream.events.length;
      const file = path.join(dir, 'content', 'goals', 'od-wonen.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('Betaalbaar en gezond wonen', 'Betaalbaar, gezond en zuinig wonen'));
      await until('a reload', async () => (stream.events.slice(from).includes('reload') ? true : undefined));
      const page = await get(`${dev.base}/changes/`);
      expect(page.text).toContain('title: “Betaalbaar wonen” → “Betaalbaar, gezond en zuinig wonen”');
      expect(page.text).not.toContain('“Betaalbaar en gezond wonen”');
      const redline = (await get(`${dev.base}/changes/plan.redline.html`)).text;
      expect(redline).toMatch(/<ins class="rl">(?:(?!<\/ins>)[\s\S])*zuinig/);
    } finally {
      stream.close();
    }
  });

  test('--base names the base: one that is no ref of the repository is said on the page', async () => {
    const other = await startDev(dir, ['--no-cache', '--lang', 'en', '--base', 'no-such-branch'], { TMPDIR: tmp });
    try {
      expect((await get(`${other.base}/changes/`)).text).toContain(
        'No base to compare with: --base no-such-branch is not a branch, tag or commit of this repository.',
      );
    } finally {
      expect(await other.stop()).toBe(0);
    }
  });

  test('nothing is written into the project; the base’s copy is removed when dev stops', async () => {
    expect(await readdir(tmp)).toHaveLength(1); // the base, read from git
    const now = (await git(dir, 'status', '--porcelain')).split('\n');
    expect(now.filter((l) => !status.split('\n').includes(l))).toEqual([]); // only the edit above, already modified
    expect(await dev.stop()).toBe(0);
    expect(await readdir(tmp)).toEqual([]);
  });
});

test('outside a git repository the page says there is no base; the preview goes on', async () => {
  const dir = await tempDir('planwerk-dev-nogit-');
  dirs.push(dir);
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  const dev = await startDev(dir, ['--no-cache', '--lang', 'en'], { GIT_CEILING_DIRECTORIES: path.dirname(dir) });
  try {
    const page = await get(`${dev.base}/changes/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('No base to compare with: not inside a git repository. plan dev --base REF names one.');
    expect((await get(`${dev.base}/changes/plan.redline.html`)).status).toBe(404);
    expect((await get(`${dev.base}/plan.html`)).status).toBe(200);
  } finally {
    expect(await dev.stop()).toBe(0);
  }
});
