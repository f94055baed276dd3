/** `plan dev` as a user starts it (the real CLI), for the tests that talk to it. */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { BIN } from './helpers.js';

export interface DevProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT (no trailing slash). */
  base: string;
  port: number;
  stderr: () => string;
  exited: Promise<number | null>;
  /** SIGINT, then the exit code. */
  stop: () => Promise<number | null>;
}

/** Start `plan dev --port 0 …args` in `cwd`; resolves once it prints the address it serves. */
export async function startDev(cwd: string, args: string[], env: Record<string, string> = {}): Promise<DevProcess> {
  const child = spawn(process.execPath, [BIN, 'dev', '--port', '0', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', NO_COLOR: '1', ...env },
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`plan dev exited: ${stderr}`)));
  });
  return {
    child,
    base,
    port: Number(new URL(base).port),
    stderr: () => stderr,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}

/** A raw request with the Host header as given (fetch would set its own). */
export function rawGet(port: number, pathname: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method: 'GET', headers: { host }, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      // The event stream does not end: its status is enough.
      if (res.headers['content-type']?.startsWith('text/event-stream')) {
        resolve({ status: res.statusCode ?? 0, body: '' });
        req.destroy();
      }
    });
    req.on('error', reject);
    req.end();
  });
}

/** Served bytes. */
export async function getBytes(url: string): Promise<{ status: number; type: string; bytes: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
}
