/**
 * What shapes a print besides the HTML and planwerk's own code: the browser (its version, asked of the
 * executable) and the system's fonts (every file in the usual font folders and fontconfig's configuration, by
 * path, size and modification time). A PDF printed before is reused only when all of this is as it was
 * (src/run/pdf-cache.ts); undefined when the browser cannot say its version, so nothing is reused.
 */
import { execFile } from 'node:child_process';
import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from './browser.js';

/** Folders whose files can change which glyphs a page is printed with (Linux, macOS; HOME's own when given). */
export function fontFolders(home: string | undefined): string[] {
  const own = home ? ['.fonts', '.local/share/fonts', '.config/fontconfig', 'Library/Fonts'].map((p) => path.join(home, p)) : [];
  return [
    '/etc/fonts',
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    '/usr/share/fontconfig',
    '/System/Library/Fonts',
    '/Library/Fonts',
    ...own,
  ];
}

/** At most this many files are listed: a font folder is not a disk to walk. */
const MAX_FILES = 50_000;

/** Every file under the folders (links followed to their target's size and time), one line each, sorted. */
export function fontListing(folders: readonly string[]): string {
  const lines: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // not there (or not readable): nothing of it can reach the browser either
    }
    for (const e of entries) {
      if (lines.length >= MAX_FILES) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (depth < 8) walk(full, depth + 1);
        continue;
      }
      try {
        const info = statSync(full);
        if (info.isFile()) lines.push(`${full} ${info.size} ${info.mtimeMs}`);
      } catch {
        lines.push(`${full} dangling`);
      }
    }
  };
  for (const f of folders) walk(f, 0);
  return lines.sort().join('\n');
}

/** `chromium --version` (e.g. `Chromium 156.0.8078.129 built on Debian…`); undefined when it does not answer. */
export function browserVersion(executable: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(executable, ['--version'], { timeout: 5000, encoding: 'utf8' }, (error, stdout) => {
      const version = stdout?.trim();
      resolve(error || !version ? undefined : version);
    });
  });
}

/** The browser and fonts a print would use now, as one string; undefined when the browser is not known. */
export async function printIdentity(env: Record<string, string | undefined>): Promise<string | undefined> {
  let executable: string;
  try {
    executable = findBrowser(env);
  } catch {
    return undefined; // no browser: printing will say so
  }
  // Chrome on Windows opens a window for --version instead of answering: the file itself stands for it there.
  const version = process.platform === 'win32' ? fileIdentity(executable) : await browserVersion(executable);
  if (version === undefined) return undefined;
  return `${executable}\n${version}\n${fontListing(fontFolders(env.HOME))}`;
}

function fileIdentity(file: string): string | undefined {
  try {
    const info = statSync(file);
    return `${info.size} ${info.mtimeMs}`;
  } catch {
    return undefined;
  }
}
