/**
 * The organisation's own look, through the real CLI: the synthetic content with a `branding:` section (a PNG logo
 * made here, two colours, a TTF font copied from the system at test time, a content style sheet) → the cover
 * embeds the logo, the colours and the font reach the HTML and the PDF, the style sheet wins. Then what goes
 * wrong with images (missing, remote, out of the content folder, no alt, unsafe SVG, a style sheet that loads
 * something) is a diagnostic at its line and column, and content without a configuration renders as before.
 */
import { appendFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, type RunResult, run, runCli, tempDir } from '../helpers.js';

const ACCENT = '#c0392b';
const GREEN = [0, 128, 0] as const;
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
const BROWSER = '/usr/bin/chromium';

/** A small solid-colour PNG, written byte by byte (no image library needed). */
function png(width: number, height: number, rgb: readonly [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [...rgb]).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BRANDING = `branding:
  logo: images/logo.png
  logoAlt: Logo van Synthetisch Opbouwwerk
  colours:
    accent: "${ACCENT}"
    secondary: "#2c3e50"
  fonts:
    body:
      family: Brand Serif
      file: fonts/brand.ttf
  paper: A4
  footer: Synthetisch Opbouwwerk vzw
`;

async function withBranding(dir: string, branding: string): Promise<void> {
  const plan = path.join(dir, 'content', 'plan.md');
  const text = await readFile(plan, 'utf8');
  await writeFile(plan, text.replace('locale: nl-BE\n', `locale: nl-BE\n${branding}`));
}

let tmp: string;
let branded: RunResult;
let html: string;

beforeAll(async () => {
  tmp = await tempDir('planwerk-brand-');
  const dir = path.join(tmp, 'branded');
  await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content'), { recursive: true });
  await mkdir(path.join(dir, 'content', 'images'));
  await mkdir(path.join(dir, 'content', 'fonts'));
  await writeFile(path.join(dir, 'content', 'images', 'logo.png'), png(48, 24, [30, 90, 160]));
  await cp(FONT, path.join(dir, 'content', 'fonts', 'brand.ttf'));
  await writeFile(
    path.join(dir, 'content', 'style.css'),
    `/* the organisation's own rules */\n.cover-who { background: rgb(${GREEN.join(', ')}); min-height: 30mm; }\n`,
  );
  await withBranding(dir, BRANDING);
  branded = await runCli(['build', '--content', 'content', '--out', 'dist'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
  if (branded.code !== 0) throw new Error(`plan build exited ${branded.code}:\n${branded.stderr}`);
  html = await readFile(path.join(dir, 'dist', 'plan.html'), 'utf8');
}, 180_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const pdf = () => path.join(tmp, 'branded', 'dist', 'plan.pdf');

describe('a branded build', () => {
  test('the cover embeds the logo as a data: URL with its alt text, and the colours and font are set', () => {
    const cover = /<header class="cover"[\s\S]*?<\/header>/.exec(html)![0];
    expect(cover).toMatch(/<img class="cover-logo" src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Logo van Synthetisch Opbouwwerk">/);
    expect(html).toContain(`--pw-accent: ${ACCENT};`);
    expect(html).toContain('--pw-secondary: #2c3e50;');
    expect(html).toMatch(/@font-face \{ font-family: "Brand Serif"; src: url\(data:font\/ttf;base64,/);
    expect(html).toContain('@bottom-left { content: "Synthetisch Opbouwwerk vzw"; }');
    // The content style sheet comes after the built-in and branding rules, so it wins.
    expect(html.indexOf('.cover-who { background: rgb(0, 128, 0)')).toBeGreaterThan(html.indexOf('--pw-accent: #c0392b'));
  });

  test('in a browser the accent colours the title and the content style sheet overrides the cover', async () => {
    const browser = await puppeteer.launch({ executablePath: BROWSER, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${path.join(tmp, 'branded', 'dist', 'plan.html')}`);
      const styles = await page.evaluate(() => {
        const get = (s: string, p: string) => getComputedStyle(document.querySelector(s)!).getPropertyValue(p);
        return {
          title: get('.cover .document-title', 'color'),
          who: get('.cover-who', 'background-color'),
          font: get('body', 'font-family'),
          logo: (document.querySelector('.cover-logo') as HTMLImageElement).naturalWidth,
        };
      });
      expect(styles).toEqual({ title: 'rgb(192, 57, 43)', who: 'rgb(0, 128, 0)', font: expect.stringMatching(/^"Brand Serif"/), logo: 48 });
    } finally {
      await browser.close();
    }
  }, 60_000);

  test('the PDF: an image on the first page, the font embedded, the style sheet colour painted', async () => {
    const images = (await run('pdfimages', ['-list', '-f', '1', '-l', '1', pdf()])).stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(images.length).toBeGreaterThanOrEqual(1);
    expect(images[0]).toMatch(/\s48\s+24\s/);
    const fonts = (await run('pdffonts', [pdf()])).stdout;
    expect(fonts).toMatch(/DejaVuSerif/);
    // Rendered at 30 dpi as a PPM (header, then RGB bytes): the green block of the content style sheet is there.
    const ppm = path.join(tmp, 'page1');
    await run('pdftoppm', ['-r', '30', '-f', '1', '-l', '1', '-singlefile', pdf(), ppm]);
    const bytes = await readFile(`${ppm}.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 32).toString('latin1'))!;
    let green = 0;
    for (let i = header[0].length; i + 2 < bytes.length; i += 3)
      if (bytes[i] === GREEN[0] && bytes[i + 1] === GREEN[1] && bytes[i + 2] === GREEN[2]) green++;
    expect(green).toBeGreaterThan(100);
  });
});

describe('what goes wrong with images is a diagnostic at its place', () => {
  test('missing, remote, out of the folder, no alt, unsafe SVG, a style sheet that loads something', async () => {
    const dir = path.join(tmp, 'broken');
    await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content'), { recursive: true });
    await mkdir(path.join(dir, 'content', 'images'));
    await writeFile(
      path.join(dir, 'content', 'images', 'map.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4"/></svg>',
    );
    await writeFile(path.join(dir, 'content', 'style.css'), 'h2 { color: red; }\n  @import url("https://example.org/x.css");\n');
    const chapter = path.join(dir, 'content', 'chapters', 'plan', '10-voorwoord.md');
    const before = (await readFile(chapter, 'utf8')).split('\n').length; // the first appended line's number
    await appendFile(
      chapter,
      // From the content folder (/…), from the chapter's own folder (../../…), and out of the content folder.
      '![Kaart](/images/missing.png)\n\nZie  ![Foto](https://example.org/x.png)\n\n![Buiten](../../../outside.png)\n\n![](../../images/map.svg)\n',
    );
    const r = await runCli(['build', '--content', 'content', '--out', 'dist', '--format', 'html'], { cwd: dir });
    expect(r.code).toBe(1);
    // The pretty report: a file name, then its diagnostics as `line:column severity message code`.
    const section = (file: string) => r.stderr.split(/\n(?=\S)/).find((b) => b.startsWith(`${file}\n`)) ?? '';
    const codes = (file: string) =>
      [...section(file).matchAll(/^ {2}(\d+):(\d+) (?:error|warning) .* (asset\/[a-z-]+)$/gm)].map((m) => `${m[3]} ${m[1]}:${m[2]}`);
    expect(codes('content/chapters/plan/10-voorwoord.md')).toEqual([
      `asset/missing ${before}:1`,
      `asset/remote ${before + 2}:6`,
      `asset/outside-content ${before + 4}:1`,
      `asset/missing-alt ${before + 6}:1`,
      `asset/svg-unsafe ${before + 6}:1`,
    ]);
    expect(codes('content/style.css')).toEqual(['asset/stylesheet-reference 2:3']);
    expect(r.stdout).toBe('');
  }, 60_000);

  test('a font of an unknown type is reported at the configuration, a bad colour by the schema', async () => {
    const validate = async (name: string, branding: string) => {
      const dir = path.join(tmp, name);
      await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(dir, 'content'), { recursive: true });
      await withBranding(dir, branding);
      const r = await runCli(['validate', '--content', 'content', '--reporter', 'json'], { cwd: dir });
      expect(r.code).toBe(1);
      return (JSON.parse(r.stdout) as { diagnostics: { code: string; file: string; line: number; column: number }[] }).diagnostics
        .filter((d) => d.file === 'content/plan.md')
        .map((d) => `${d.code} ${d.line}:${d.column}`);
    };
    expect(await validate('font', 'branding:\n  fonts:\n    body:\n      family: X\n      file: fonts/x.pdf\n')).toEqual([
      'asset/unsupported-type 15:13',
    ]);
    expect(await validate('colour', 'branding:\n  colours:\n    accent: red\n')).toEqual([
      expect.stringMatching(/^schema\/[a-z-]+ 13:13$/),
    ]);
  }, 60_000);
});

describe('content without a configuration', () => {
  test('an empty branding: section renders exactly as none', async () => {
    const plain = path.join(tmp, 'plain');
    const empty = path.join(tmp, 'empty');
    for (const d of [plain, empty]) await cp(path.join(FIXTURES, 'synthetic', 'content'), path.join(d, 'content'), { recursive: true });
    await withBranding(empty, 'branding: {}\n');
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    for (const d of [plain, empty])
      expect((await runCli(['build', '--content', 'content', '--out', 'dist', '--format', 'html'], { cwd: d, env })).code).toBe(0);
    for (const f of ['plan.html', 'vr-2021.html', 'vr-2022.html']) {
      const a = await readFile(path.join(plain, 'dist', f), 'utf8');
      expect(await readFile(path.join(empty, 'dist', f), 'utf8')).toBe(a);
      expect(a).not.toContain('data:image');
      expect(a).not.toContain('@font-face');
    }
  }, 60_000);
});
