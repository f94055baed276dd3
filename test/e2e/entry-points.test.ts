/**
 * One loader for every entry point: each way content can be hostile (a link out of the content folder, a FIFO with
 * a content name, a file over the size limit, bytes that are not UTF-8, a binary file) is put through each command
 * that reads content, and each must say the same code at the same file and position as `plan validate`, finish,
 * and never show what lies outside the content folder.
 */
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { startDev } from '../dev-server.js';
import { FIXTURES, type RunResult, runCli, tempDir } from '../helpers.js';
import { startLsp } from '../lsp-client.js';

/** Text that lies outside the content folder: no output may ever show it. */
const SECRET = 'SECRET-7f3a9c-NOT-CONTENT';
const LIMIT = 5 * 1024 * 1024;

interface Found {
  code: string;
  file: string;
  line: number;
  column: number;
}

/** Each guarantee: the hostile file it makes in `content/` and what every entry point must say about it. */
const GUARANTEES: { name: string; file: string; code: string; make: (abs: string, dir: string) => Promise<void> }[] = [
  {
    name: 'a link out of the content folder',
    file: 'content/goals/outside.md',
    code: 'load/outside-content',
    make: async (abs, dir) => {
      await writeFile(path.join(dir, 'secret.md'), `---\nkind: goal\nid: ${SECRET}\ntitle: ${SECRET}\n---\n${SECRET}\n`);
      execFileSync('ln', ['-s', path.join(dir, 'secret.md'), abs]);
    },
  },
  {
    name: 'a FIFO named like content',
    file: 'content/goals/x.md',
    code: 'load/unreadable',
    make: async (abs) => {
      execFileSync('mkfifo', [abs]);
    },
  },
  {
    name: 'a file over the size limit',
    file: 'content/goals/big.md',
    code: 'load/too-large',
    make: (abs) => writeFile(abs, `---\nkind: goal\nid: big\n---\n${'x'.repeat(LIMIT + LIMIT / 10)}\n`),
  },
  {
    name: 'bytes that are not UTF-8',
    file: 'content/goals/latin1.md',
    code: 'load/invalid-utf8',
    make: (abs) =>
      writeFile(abs, Buffer.concat([Buffer.from('---\nkind: goal\nid: latin1\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')])),
  },
  {
    name: 'a binary file',
    file: 'content/goals/logo.md',
    code: 'load/binary',
    make: (abs) => writeFile(abs, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
  },
];

let dir: string;
const loadFindings = (list: Found[]): Found[] =>
  list.filter((d) => d.code.startsWith('load/')).map(({ code, file, line, column }) => ({ code, file, line, column }));

async function hostile(into: string): Promise<void> {
  for (const g of GUARANTEES) await g.make(path.join(into, g.file), into);
}

/** Every output of a run, and every file it wrote, as one text: the secret must be in none of it. */
async function everything(r: RunResult, folders: string[]): Promise<string> {
  let all = r.stdout + r.stderr;
  for (const f of folders) {
    const names = await readdir(f, { recursive: true }).catch(() => [] as string[]);
    for (const n of names) all += await readFile(path.join(f, n), 'utf8').catch(() => '');
  }
  return all;
}

type Json = { diagnostics: Found[] };
/** The JSON reporter's document (build prints a line of its own after it). */
const fromJson = (text: string): Found[] =>
  loadFindings((JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('\n}') + 2)) as Json).diagnostics);

/** What `plan new` prints for a file it could not read: `plan: file:line:column: message [code] …`. */
const fromNew = (stderr: string): Found[] =>
  [...stderr.matchAll(/^plan: (\S+):(\d+):(\d+): .* \[(load\/[a-z0-9-]+)\]/gm)].map((m) => ({
    file: m[1]!,
    line: Number(m[2]),
    column: Number(m[3]),
    code: m[4]!,
  }));

/** The language server: spawned as an editor spawns it; `prepare` runs once it has answered initialize. */
async function lsp(cwd: string, prepare?: (c: ProtocolConnection) => Promise<void>): Promise<{ found: Found[]; output: string }> {
  const client = startLsp(cwd);
  await client.initialize();
  await prepare?.(client.connection);
  const expected = GUARANTEES.map((g) => client.uri(g.file));
  // Until every hostile file has its diagnostic: a server that stalls fails by the test's timeout.
  await client.until(() => expected.every((u) => client.latest.get(u)?.some((d) => String(d.code).startsWith('load/'))));
  const found: Found[] = [];
  for (const [uri, list] of client.latest)
    for (const d of list)
      found.push({
        code: String(d.code),
        file: client.rel(uri),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
      });
  await client.stop();
  return { found: loadFindings(found), output: client.output() };
}

/** Each entry point: its load findings, and everything it showed or wrote. */
const ENTRY_POINTS: Record<string, () => Promise<{ found: Found[]; output: string }>> = {
  validate: async () => {
    const r = await runCli(['validate', '-r', 'json', '--no-cache'], { cwd: dir });
    return { found: fromJson(r.stdout), output: await everything(r, []) };
  },
  'build --format html': async () => {
    const r = await runCli(['build', '--format', 'html', '-r', 'json', '--no-cache'], { cwd: dir });
    return { found: fromJson(r.stderr), output: await everything(r, [path.join(dir, 'dist')]) };
  },
  export: async () => {
    const r = await runCli(['export', '--no-cache'], { cwd: dir });
    return { found: fromJson(r.stdout), output: await everything(r, []) };
  },
  'new (reading the content)': async () => {
    const r = await runCli(['new', 'report', '2022', '--dry-run'], { cwd: dir });
    return { found: fromNew(r.stderr), output: await everything(r, []) };
  },
  'lsp (initial scan)': () => lsp(dir),
  'lsp (rereads on file-change notifications)': async () => {
    // A clean copy the server scans first; then the hostile files appear and the editor says so.
    const clean = await tempDir();
    await cp(path.join(FIXTURES, 'base', 'content'), path.join(clean, 'content'), { recursive: true });
    try {
      return await lsp(clean, async (c) => {
        await hostile(clean);
        await c.sendNotification('workspace/didChangeWatchedFiles', {
          changes: GUARANTEES.map((g) => ({ uri: pathToFileURL(path.join(clean, g.file)).href, type: 1 })),
        });
      });
    } finally {
      await rm(clean, { recursive: true, force: true });
    }
  },
  // `plan dev` reads through the build's composition root (src/run/preview.ts): its errors, as the overlay shows them.
  dev: async () => {
    const dev = await startDev(dir, []);
    try {
      let errors: Found[] = [];
      // Until every hostile file has its error: a rebuild that stalls fails by the test's timeout.
      while (!GUARANTEES.every((g) => errors.some((e) => e.file === g.file))) {
        await new Promise((r) => setTimeout(r, 100));
        errors = ((await (await fetch(`${dev.base}/__planwerk/diagnostics`)).json()) as { errors: Found[] }).errors;
      }
      const pages = await Promise.all(['/', '/plan.html', '/data.json'].map(async (p) => (await fetch(dev.base + p)).text()));
      return { found: loadFindings(errors), output: dev.stderr() + pages.join('') };
    } finally {
      await dev.stop();
    }
  },
};

const results = new Map<string, { found: Found[]; output: string }>();
let reference: Found[];

beforeAll(async () => {
  dir = await tempDir();
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  await hostile(dir);
  for (const [name, run] of Object.entries(ENTRY_POINTS)) results.set(name, await run());
  reference = results.get('validate')!.found;
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('plan validate names every guarantee at its file (the reference the other entry points are held to)', () => {
  for (const g of GUARANTEES) expect(reference.filter((d) => d.file === g.file).map((d) => d.code)).toEqual([g.code]);
  expect(reference.find((d) => d.code === 'load/invalid-utf8')).toMatchObject({ line: 4, column: 11 });
});

describe.each(Object.keys(ENTRY_POINTS))('%s', (entry) => {
  test.each(GUARANTEES)('$name: the same code at the same file and position as plan validate', ({ file, code }) => {
    const found = results.get(entry)!.found.filter((d) => d.file === file);
    expect(found.map((d) => d.code)).toEqual([code]);
    expect(found).toEqual(reference.filter((d) => d.file === file));
  });
  test('shows nothing of what lies outside the content folder', () => {
    expect(results.get(entry)!.output).not.toContain(SECRET);
  });
});

test('the hostile files are what the test says they are (a test that cannot fail is a defect)', async () => {
  expect(execFileSync('stat', ['-c', '%F', path.join(dir, 'content/goals/x.md')], { encoding: 'utf8' }).trim()).toBe('fifo');
  expect(await readFile(path.join(dir, 'content/goals/outside.md'), 'utf8')).toContain(SECRET);
});
