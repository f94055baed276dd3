/** Where this planwerk is installed: the package folder holding package.json, lib/ and schemas/. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** From lib/src/doctor/ up to the package folder. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A path for messages: relative to `from` when inside it (POSIX separators), else absolute. */
export function shown(from: string, target: string): string {
  const rel = path.relative(from, target);
  if (rel === '') return '.';
  return rel.startsWith('..') || path.isAbsolute(rel) ? target : rel.split(path.sep).join('/');
}
