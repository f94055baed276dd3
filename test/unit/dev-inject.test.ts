/**
 * What plan dev injects into a served page: the head's policy elements relaxed for the client, found by parsing
 * the page only up to its body's start tag (a look-alike `<body` in a comment or a style sheet is not it), the
 * client before </body>, nothing else changed.
 */
import { expect, test } from 'vitest';
import { headOf, injectDevClient } from '../../src/dev/inject.js';

const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;">`;
const BODY = `<p>${'Tekst. '.repeat(2000)}</p>`;

/** The served page with the injected block and the relaxed policy taken out again. */
const strip = (served: string) =>
  served
    .replace(/<style nonce="[^"]+">[\s\S]*?<\/script>(?=<\/body>)/, '')
    .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, 'POLICY');

test('the page is parsed up to its body start tag, past look-alikes in a comment or a style sheet', () => {
  const page = `<!doctype html><html><head><title>t</title>${POLICY}</head><body class="x">${BODY}</body></html>`;
  expect(headOf(page)).toBe(page.slice(0, page.indexOf('<body class="x">') + '<body class="x">'.length));
  const tricky = `<!doctype html><html><head><!-- <body> --><style>a::after{content:"<body>"}</style>${POLICY}</head><BODY>${BODY}</BODY></html>`;
  expect(headOf(tricky)).toBe(tricky.slice(0, tricky.indexOf('<BODY>') + 6));
  // No body start tag at all: the whole page.
  const bare = `<!doctype html><title>t</title>${POLICY}<p>x</p>`;
  expect(headOf(bare)).toBe(bare);
});

test("the head's policy after a look-alike body tag is relaxed; the rest of the page is as built", () => {
  const page = `<!doctype html><html><head><!-- <body> -->${POLICY}</head><body>${BODY}</body></html>`;
  const served = injectDevClient(page, []);
  const nonce = /<script nonce="([^"]+)">/.exec(served)![1]!;
  expect(served).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; connect-src 'self'">`,
  );
  expect(strip(served)).toBe(page.replace(POLICY, 'POLICY'));
});
