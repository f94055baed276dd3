/**
 * The shape of the code, checked: the pure core touches no file system, process or clock; the renderer's layers
 * import one way (core → render → templates → assemble); templates import values only from templates/ (types from
 * src/ below them are fine) and only the assembler takes values from them; the redlines of plan diff (src/redline)
 * are as pure and take only from the core and the renderer's helpers; no source file grows past 400 lines.
 * Biome enforces the first rule while editing; this test makes them all fail the suite.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every static and dynamic import of a file: the specifier and whether it imports types only. */
function importsOf(text: string): { from: string; typeOnly: boolean }[] {
  const out: { from: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const names = m[3] ?? '';
    // `import { type A, type B } from` is type-only too.
    const inner = /^\{([^}]*)\}$/.exec(names.trim())?.[1];
    const allTypes = inner
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .every((s) => s.startsWith('type '));
    out.push({ from: m[4]!, typeOnly: m[2] !== undefined || allTypes === true });
  }
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ from: m[1]!, typeOnly: false });
  return out;
}

/**
 * The layers of the renderer, lowest first (docs/architecture.md): a file may import from its own layer and the
 * ones before it, never from one after it. The assembler sits above the templates it fills.
 */
const LAYERS = ['src/core', 'src/render', 'templates', 'src/assemble'] as const;

/** A relative specifier as a path from the repository root (`.js` as written); undefined for a package. */
function resolved(file: string, from: string): string | undefined {
  return from.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), from)) : undefined;
}

describe('architecture', () => {
  test('src/core imports no node:* module and uses no process, console or clock', async () => {
    const offences: string[] = [];
    for (const file of await filesUnder('src/core')) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      for (const i of importsOf(text)) if (i.from.startsWith('node:') && !i.typeOnly) offences.push(`${file} imports ${i.from}`);
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const word of ['process.', 'console.', 'Date.now(', 'new Date()'])
        if (code.includes(word)) offences.push(`${file} uses ${word}`);
    }
    expect(offences).toEqual([]);
  });

  test('src/redline is pure like the core and takes only from the core and src/render (the serializer)', async () => {
    const offences: string[] = [];
    const files = await filesUnder('src/redline');
    expect(files).toContain('src/redline/index.ts');
    for (const file of files) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      for (const i of importsOf(text)) {
        if (i.from.startsWith('node:')) offences.push(`${file} imports ${i.from}`);
        const target = resolved(file, i.from);
        if (target && !['src/core/', 'src/render/', 'src/redline/'].some((l) => target.startsWith(l)))
          offences.push(`${file} imports ${target}`);
      }
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const word of ['process.', 'console.', 'Date.now(', 'new Date()'])
        if (code.includes(word)) offences.push(`${file} uses ${word}`);
    }
    expect(offences).toEqual([]);
  });

  test('templates import values only from templates/; from src/ types only', async () => {
    const offences: string[] = [];
    for (const file of await filesUnder('templates')) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      for (const i of importsOf(text)) {
        if (i.typeOnly || !i.from.startsWith('.')) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), i.from));
        if (!target.startsWith('templates/')) offences.push(`${file} imports a value from ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  test('the layers import one way: core → render → templates → assemble, nothing from a layer above (not even types)', async () => {
    const offences: string[] = [];
    for (const [i, layer] of LAYERS.entries()) {
      for (const file of await filesUnder(layer)) {
        const text = await readFile(path.join(ROOT, file), 'utf8');
        for (const imp of importsOf(text)) {
          const target = resolved(file, imp.from);
          const above = target === undefined ? -1 : LAYERS.findIndex((l, j) => j > i && target.startsWith(`${l}/`));
          if (above >= 0)
            offences.push(`${file} (${layer}) imports ${imp.typeOnly ? 'a type' : 'a value'} from ${target} (${LAYERS[above]})`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  test('only the assembler takes values from the templates', async () => {
    const offences: string[] = [];
    for (const file of await filesUnder('src')) {
      if (file.startsWith('src/assemble/')) continue;
      const text = await readFile(path.join(ROOT, file), 'utf8');
      for (const imp of importsOf(text)) {
        const target = resolved(file, imp.from);
        if (target?.startsWith('templates/') && !imp.typeOnly) offences.push(`${file} imports ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  test('no file in src/ or templates/ is over 400 lines', async () => {
    const long: string[] = [];
    for (const file of [...(await filesUnder('src')), ...(await filesUnder('templates'))]) {
      const lines = (await readFile(path.join(ROOT, file), 'utf8')).split('\n').length - 1;
      if (lines > 400) long.push(`${file}: ${lines} lines`);
    }
    expect(long).toEqual([]);
  });

  test('the guard sees what it guards: a value import and a type import are told apart', () => {
    expect(importsOf("import { a } from '../../src/x.js';")).toEqual([{ from: '../../src/x.js', typeOnly: false }]);
    expect(importsOf("import type { A } from '../../src/x.js';")).toEqual([{ from: '../../src/x.js', typeOnly: true }]);
    expect(importsOf("import { type A, type B } from '../../src/x.js';")).toEqual([{ from: '../../src/x.js', typeOnly: true }]);
    expect(importsOf("const m = await import('node:fs');")).toEqual([{ from: 'node:fs', typeOnly: false }]);
    expect(resolved('src/render/views/plan.ts', '../../../templates/kit.js')).toBe('templates/kit.js');
    expect(resolved('templates/plan/index.ts', '../../src/assemble/documents.js')).toBe('src/assemble/documents.js');
    expect(resolved('src/render/index.ts', 'hast')).toBeUndefined();
  });
});
