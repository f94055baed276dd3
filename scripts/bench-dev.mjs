#!/usr/bin/env node
// Save-to-reload latency of `plan dev`: a one-file body change on the shipped content, from the write to the
// reload event on the SSE stream, and to the reloaded page being served (what the user waits for: plan dev renders
// a page when it is asked for). Usage: node scripts/bench-dev.mjs [runs]
// Runs on a temporary copy of content/, so the working tree is never touched.
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 10);
const dir = await mkdtemp(path.join(tmpdir(), 'planwerk-bench-dev-'));
await cp(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
const FILE = path.join(dir, 'content/goals', (await import('node:fs')).readdirSync(path.join(dir, 'content/goals')).sort()[0]);

const started = performance.now();
const child = spawn(process.execPath, [path.join(ROOT, 'bin/plan.js'), 'dev', '--port', '0'], {
  cwd: dir,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
child.stderr.setEncoding('utf8').on('data', (d) => (log += d));
const base = await new Promise((resolve) => {
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d) => {
    out += d;
    const m = /serving (http:\/\/\S+?)\/? /.exec(out);
    if (m) resolve(m[1]);
  });
});
const startup = performance.now() - started;

let onReload = () => {};
http.get(`${base}/__planwerk/events`, (res) => {
  res.setEncoding('utf8').on('data', (d) => {
    if (d.includes('event: reload')) onReload();
  });
});
await new Promise((r) => setTimeout(r, 300));
const page = (await (await fetch(`${base}/`)).text()).match(/href="\/([^"]+\.html)"/)[1];

// The server's CPU time over the edits (Linux: /proc), beside the wall times: the machine may be shared.
const { readFileSync } = await import('node:fs');
const cpu = () => {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return undefined;
  }
};
const cpuBefore = cpu();
const toEvent = [];
const toPage = [];
for (let i = 0; i < RUNS; i++) {
  const reloaded = new Promise((resolve) => (onReload = resolve));
  const t0 = performance.now();
  await appendFile(FILE, `\nBenchmark line ${i}.\n`);
  await reloaded;
  toEvent.push(performance.now() - t0);
  await (await fetch(`${base}/${page}`)).text();
  toPage.push(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 200));
}
const cpuAfter = cpu();
child.kill('SIGINT');
await new Promise((r) => child.on('exit', r));
await rm(dir, { recursive: true, force: true });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `median ${Math.round(at(0.5))} ms, min ${Math.round(s[0])} ms, max ${Math.round(s[s.length - 1])} ms`;
};
console.log(`plan dev on the shipped content (${RUNS} one-file body edits of ${path.relative(dir, FILE)}):`);
console.log(`  start-up to serving:   ${Math.round(startup)} ms`);
console.log(`  save → reload event:   ${stats(toEvent)}`);
console.log(`  save → page served:    ${stats(toPage)}`);
const builds = [...log.matchAll(/check (\d+) ms, render (\d+) ms/g)].slice(1);
if (builds.length)
  console.log(`  server side: check ${stats(builds.map((m) => Number(m[1])))}; render ${stats(builds.map((m) => Number(m[2])))}`);
if (cpuBefore !== undefined && cpuAfter !== undefined)
  console.log(`  server CPU time:       ${Math.round((cpuAfter - cpuBefore) / RUNS)} ms per edit (build and page)`);
console.log(
  `  load average:          ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
console.log('  target: save → page served ≤ 100 ms (median)');
