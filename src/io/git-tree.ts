/**
 * One folder of a commit, written into a fresh folder: `git ls-tree` lists its files, one `git cat-file --batch`
 * reads them all. Nothing is checked out: the working tree and the index are never touched.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { git } from './git.js';

/** The objects' bytes, in the order asked, from one `git cat-file --batch`. */
function catFiles(top: string, objects: readonly string[], env: NodeJS.ProcessEnv): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: top, env: { ...env, LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
      const all = Buffer.concat(chunks);
      const out: Buffer[] = [];
      let at = 0;
      for (const _ of objects) {
        const eol = all.indexOf(0x0a, at);
        // "<sha> blob <size>\n<bytes>\n"
        const size = Number(all.subarray(at, eol).toString('latin1').split(' ')[2]);
        if (!Number.isInteger(size))
          return reject(new Error(`git cat-file: unexpected answer ${all.subarray(at, eol).toString('latin1')}`));
        out.push(all.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
      resolve(out);
    });
    child.stdin.end(objects.map((o) => `${o}\n`).join(''));
  });
}

/**
 * Write the files under `folder` (POSIX, relative to the repository's top `top`) at `commit` into `dest`, keeping
 * their paths below `folder`. Symbolic links and submodules are left out, as the content loader leaves them.
 * Returns how many files were written (0: the folder is not in that commit).
 */
export async function writeTreeAt(top: string, commit: string, folder: string, dest: string, env: NodeJS.ProcessEnv): Promise<number> {
  const prefix = folder === '' || folder === '.' ? '' : `${folder.replace(/\/+$/, '')}/`;
  const listed = await git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(prefix ? [prefix] : [])], top, env);
  if (listed.code !== 0) throw new Error(`git ls-tree failed: ${listed.stderr.trim()}`);
  const blobs = listed.stdout
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, object] = line.slice(0, tab).split(' ');
      return { mode, type, object: object!, file: line.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob' && e.mode !== '120000' && e.file.startsWith(prefix));
  const bytes = await catFiles(
    top,
    blobs.map((b) => b.object),
    env,
  );
  await mkdir(dest, { recursive: true });
  for (const [i, b] of blobs.entries()) {
    const target = path.join(dest, ...b.file.slice(prefix.length).split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes[i]!);
  }
  return blobs.length;
}
