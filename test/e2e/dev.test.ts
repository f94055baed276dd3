/** plan dev as a user runs it: the real CLI serving a temporary copy of the content, edited on disk. */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rawGet, startDev } from '../dev-server.js';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

let dir: string;
let child: ChildProcess;
let base: string;
let stderr: () => string;
let exited: Promise<number | null>;
const events: { event: string; data: string }[] = [];
let stream: http.ClientRequest;
let blocker: net.Server;
let blocked: number;

const get = async (p: string) => {
  const res = await fetch(base + p);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};

/** Resolves with the first event (after `from`) that matches. */
async function eventAfter(from: number, ok: (e: { event: string; data: string }) => boolean, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    const e = events.slice(from).find(ok);
    if (e) return e;
    if (Date.now() > until) throw new Error(`no such event; got ${JSON.stringify(events.slice(from))}\n${stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content'), { recursive: true });
  // A port in use: plan dev says so and takes the next free one.
  blocker = net.createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
  blocked = (blocker.address() as net.AddressInfo).port;
  // --port 0 given first by the helper: the later --port wins, as on any command line.
  const dev = await startDev(dir, ['--port', String(blocked)]);
  child = dev.child;
  exited = dev.exited;
  stderr = dev.stderr;
  base = dev.base;
  // Listen to the reload stream as the page's client does.
  stream = http.get(`${base}/__planwerk/events`, (res) => {
    let buffer = '';
    res.setEncoding('utf8').on('data', (d: string) => {
      buffer += d;
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event) events.push({ event, data: data ?? '' });
      }
    });
  });
  await eventAfter(0, (e) => e.event === 'hello');
});

afterAll(async () => {
  stream?.destroy();
  if (child.exitCode === null) child.kill('SIGKILL');
  blocker.close();
  await rm(dir, { recursive: true, force: true });
});

test('a port in use is reported and the next free one is taken', () => {
  expect(stderr()).toContain(`port ${blocked} is in use`);
  expect(base).not.toBe(`http://127.0.0.1:${blocked}`);
});

test('serves an index of the documents and each document with the reload client; nothing is written to disk', async () => {
  const index = await get('/');
  expect(index.status).toBe(200);
  expect(index.text).toContain('href="/plan.html"');
  const page = await get('/plan.html');
  expect(page.status).toBe(200);
  expect(page.type).toMatch(/^text\/html/);
  expect(page.text).toContain('Betaalbaar wonen');
  expect(page.text).toMatch(/<script nonce="[^"]+">[\s\S]*?EventSource\("\/__planwerk\/events"\)/);
  expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  expect((await get('/nope.html')).status).toBe(404);
});

test('an edit rebuilds the page and sends a reload event', async () => {
  const from = events.length;
  await appendFile(path.join(dir, 'content/goals/od-wonen.md'), '\nEen zichtbare wijziging in de toelichting.\n');
  await eventAfter(from, (e) => e.event === 'reload');
  expect((await get('/plan.html')).text).toContain('Een zichtbare wijziging in de toelichting.');
});

test('a second write right after a rebuild is seen (the watcher drops a change within 50 ms of the last)', async () => {
  const file = path.join(dir, 'content/goals/od-zorg.md');
  let from = events.length;
  await appendFile(file, '\nEen eerste zin.\n');
  await eventAfter(from, (e) => e.event === 'reload');
  // At once, as an editor's autosave may: the build read the file before this write, and the watcher may drop it.
  from = events.length;
  await appendFile(file, '\nEen tweede zin, vlak erna.\n');
  await eventAfter(from, (e) => e.event === 'reload');
  expect((await get('/plan.html')).text).toContain('Een tweede zin, vlak erna.');
});

test('a page not opened after a save is rendered when it is asked for, from the content as saved', async () => {
  const from = events.length;
  await appendFile(path.join(dir, 'content/goals/od-wonen.md'), '\nNog een zin, voor het kwaliteitsrapport.\n');
  await eventAfter(from, (e) => e.event === 'reload');
  // The staff quality report links into every document: asked for first, it renders them first.
  expect((await get('/kwaliteitsrapport.html')).status).toBe(200);
  expect((await get('/plan.html')).text).toContain('Nog een zin, voor het kwaliteitsrapport.');
  expect(JSON.parse((await get('/data.json')).text).goals).toEqual(
    expect.arrayContaining([expect.objectContaining({ explanation: expect.stringContaining('Nog een zin, voor het kwaliteitsrapport.') })]),
  );
});

test('a broken edit shows the errors over the last good page; fixing it removes them', async () => {
  const file = path.join(dir, 'content/actions/a-huur.md');
  const good = await readFile(file, 'utf8');
  let from = events.length;
  await writeFile(file, good.replace('- id: od-wonen', '- id: od-wonnen'));
  const shown = await eventAfter(from, (e) => e.event === 'diagnostics' && e.data !== '[]');
  expect(events.slice(from).some((e) => e.event === 'reload')).toBe(false);
  const errors = (
    JSON.parse((await get('/__planwerk/diagnostics')).text) as {
      errors: { file: string; line: number; column: number; code: string; message: string; hint: string }[];
    }
  ).errors;
  expect(JSON.parse(shown.data)).toEqual(errors);
  expect(errors).toEqual([
    expect.objectContaining({
      file: 'content/actions/a-huur.md',
      line: 11,
      column: 9,
      code: 'link/unknown-reference',
      hint: expect.stringContaining('od-wonen'),
    }),
  ]);
  const page = await get('/plan.html');
  expect(page.text).toContain('Een zichtbare wijziging in de toelichting.'); // the last good build
  expect(page.text).toContain('id="planwerk-overlay"');
  expect(page.text).toContain('content/actions/a-huur.md:11:9');

  from = events.length;
  await writeFile(file, good);
  await eventAfter(from, (e) => e.event === 'diagnostics' && e.data === '[]');
  await eventAfter(from, (e) => e.event === 'reload');
  expect((await get('/plan.html')).text).not.toContain('id="planwerk-overlay"');
  expect(JSON.parse((await get('/__planwerk/diagnostics')).text).errors).toEqual([]);
});

test('only its own host names are answered: another Host (DNS rebinding) is a 403, for every path', async () => {
  const port = Number(new URL(base).port);
  for (const host of ['localhost', `localhost:${port}`, '127.0.0.1', `127.0.0.1:${port}`, '[::1]', `[::1]:${port}`, 'LOCALHOST']) {
    expect((await rawGet(port, '/plan.html', host)).status, host).toBe(200);
  }
  for (const host of ['evil.example', `evil.example:${port}`, 'localhost.evil.example', '127.0.0.1.nip.io', '[::2]', '', 'localhost:x']) {
    for (const p of ['/', '/plan.html', '/__planwerk/diagnostics', '/__planwerk/events', '/plan.pdf']) {
      const r = await rawGet(port, p, host);
      expect(r.status, `${host} ${p}`).toBe(403);
      expect(r.body).not.toContain('Betaalbaar wonen');
    }
  }
});

test('a path that does not decode (bad percent-encoding) is a 400, and the server goes on', async () => {
  const port = Number(new URL(base).port);
  for (const p of ['/%E0%A4%A', '/%', '/plan%ZZ.html']) expect((await rawGet(port, p, 'localhost')).status, p).toBe(400);
  expect((await get('/plan.html')).status).toBe(200);
  expect(stderr()).not.toContain('internal error');
});

test('a rebuild reads through the loader: a link out, a FIFO, a file too large and bad UTF-8 are diagnostics, never served', async () => {
  const secret = path.join(dir, 'secret.md');
  await writeFile(secret, '---\nkind: goal\n---\nGEHEIM buiten de inhoudsmap\n');
  const from = events.length;
  await symlink(secret, path.join(dir, 'content/goals/link.md'));
  execFileSync('mkfifo', [path.join(dir, 'content/goals/x.md')]);
  await writeFile(path.join(dir, 'content/goals/big.md'), `---\nkind: goal\n---\n${'x'.repeat(5.5 * 1024 * 1024)}\n`);
  await writeFile(path.join(dir, 'content/goals/latin1.md'), Buffer.from('---\nkind: goal\n---\ncaf\xe9\n', 'latin1'));
  const shown = await eventAfter(
    from,
    (e) =>
      e.event === 'diagnostics' &&
      ['outside-content', 'unreadable', 'too-large', 'invalid-utf8'].every((c) => e.data.includes(`load/${c}`)),
  );
  const codes = (JSON.parse(shown.data) as { file: string; code: string }[]).map((d) => `${d.file} ${d.code}`).sort();
  expect(codes).toEqual([
    'content/goals/big.md load/too-large',
    'content/goals/latin1.md load/invalid-utf8',
    'content/goals/link.md load/outside-content',
    'content/goals/x.md load/unreadable',
  ]);
  // The last good build stays: nothing of the link's target, and no text decoded by guessing.
  for (const p of ['/', '/plan.html', '/__planwerk/diagnostics', '/data.json']) {
    const text = (await get(p)).text;
    expect(text, p).not.toContain('GEHEIM');
    expect(text, p).not.toContain('caf\uFFFD');
  }
});

test('SIGINT stops it and frees the port', async () => {
  const port = Number(new URL(base).port);
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  const again = net.createServer();
  await new Promise<void>((resolve, reject) => again.once('error', reject).listen(port, '127.0.0.1', resolve));
  again.close();
});

test('a --host that cannot be listened on is one line and exit 2', async () => {
  for (const host of ['no-such-host.invalid', 'not an address', '203.0.113.7', '']) {
    const r = await runCli(['dev', '--port', '0', '--host', host], { cwd: dir });
    expect(r.code, host).toBe(2);
    expect(r.stderr.trim().split('\n'), host).toEqual([
      expect.stringMatching(/^plan: --host ".*" cannot be listened on \(.+\); give an address/),
    ]);
    expect(r.stdout).toBe('');
  }
});
