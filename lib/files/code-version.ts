/**
 * A short hash of the code a cache depends on: every source file under the given folders
 * (tests and fixtures left out) and the lockfile. Hashing whole folders rather than a
 * hand-kept list cannot go stale when a file is added or an import moves; an unrelated edit
 * only costs one cold build. Used by the content cache and the compiled-MDX cache.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { walkFiles } from './walk';

const LOCKFILE = 'package-lock.json';

/** Source files of `dirs` under `root`, sorted, as slash-separated paths. */
function sourceFiles(root: string, dirs: readonly string[]): string[] {
  return dirs
    .flatMap((dir) => walkFiles(path.join(root, dir)).map((file) => `${dir}/${file.rel}`))
    .filter((rel) => /\.tsx?$/.test(rel) && !/\.test\.tsx?$/.test(rel) && !rel.split('/').includes('fixtures'))
    .sort();
}

/** Hash of the code under `dirs` and the lockfile; null (no caching) when they are not at hand. */
export function codeVersion(root: string, dirs: readonly string[] = ['lib']): string | null {
  try {
    const hash = crypto.createHash('sha1');
    for (const rel of sourceFiles(root, dirs)) {
      hash
        .update(rel)
        .update('\0')
        .update(fs.readFileSync(path.join(root, rel)))
        .update('\0');
    }
    hash.update(fs.readFileSync(path.join(root, LOCKFILE)));
    return hash.digest('hex').slice(0, 12);
  } catch {
    return null;
  }
}

/**
 * Writes a cache entry whole or not at all: aside under this process's name, then renamed
 * over the entry, so a build stopped halfway never leaves half an entry to be read later.
 */
export function writeCacheEntry(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

const versions = new Map<string, string | null>();

/**
 * Where a cache keeps one entry: `.cache/<folder>/ab/<key><extension>`, the key hashing the code
 * under `dirs` (computed once per process) and `parts`. Undefined when caching is off
 * (CONTENT_CACHE=0) or the code is not at hand.
 */
export function cacheEntryPath(
  folder: string,
  dirs: readonly string[],
  parts: readonly string[],
  extension: string,
): string | undefined {
  if (process.env.CONTENT_CACHE === '0') return undefined;
  const dirsKey = dirs.join('\0');
  if (!versions.has(dirsKey)) versions.set(dirsKey, codeVersion(process.cwd(), dirs));
  const version = versions.get(dirsKey);
  if (!version) return undefined;
  const hash = crypto.createHash('sha1').update(version);
  for (const part of parts) hash.update('\0').update(part);
  const key = hash.digest('hex');
  return path.join(process.cwd(), '.cache', folder, key.slice(0, 2), `${key}${extension}`);
}
