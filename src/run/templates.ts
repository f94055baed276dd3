/** The built-in style sheets every document embeds (templates/style.css, then print.css). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates');

export async function templateCss(): Promise<string> {
  return (await Promise.all(['style.css', 'print.css'].map((f) => readFile(path.join(TEMPLATES, f), 'utf8')))).join('\n');
}
