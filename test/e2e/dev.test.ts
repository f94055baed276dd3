/** plan dev as a user runs it: the real CLI serving a temporary copy of the content, edited on disk. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BIN, FIXTURES, tempDir } from '../helpers.js';

let dir: string;
let child: ChildProcess;
let base: string;
let stderr = '';
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
    if (Date.now() > until) throw new Error(`no such event; got ${JSON.stringify(events.slice(from))}\n${stderr}`);
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
  child = spawn(process.execPath, [BIN, 'dev', '--port', String(blocked)], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LANG: 'C', NO_COLOR: '1' },
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`plan dev exited: ${stderr}`)));
  });
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
  expect(stderr).toContain(`port ${blocked} is in use`);
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

test('SIGINT stops it (exit 0, before the test times out) and frees the port', async () => {
  const port = Number(new URL(base).port);
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  const again = net.createServer();
  await new Promise<void>((resolve, reject) => again.once('error', reject).listen(port, '127.0.0.1', resolve));
  again.close();
});

test('a page with a Content-Security-Policy gets a nonce for the dev client in the served copy only', async () => {
  const { injectDevClient } = await import('../../src/dev/inject.js');
  const html = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"></head><body><p>x</p></body></html>`;
  const served = injectDevClient(html, []);
  const nonce = /<script nonce="([^"]+)"/.exec(served)![1]!;
  const policy = /content="([^"]+)"/.exec(served)![1]!;
  expect(policy).toContain(`script-src 'nonce-${nonce}'`);
  expect(policy).toContain(`style-src 'unsafe-inline' 'nonce-${nonce}'`);
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("default-src 'none'");
  expect(html).not.toContain('<script'); // the input (what a build writes) is left alone
});
