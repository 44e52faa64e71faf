/**
 * Keeping build caches from growing forever. A deploy restores .cache/ and saves it again;
 * entries nothing reads any more (an edited post's old analysis, a renamed post's card, MDX
 * compiled by older code) would stay in it for good. Each cache marks an entry when a build
 * uses it, and the build removes what no build used for 30 days. An entry is a file (content
 * analysis, compiled MDX, share cards) or a folder (the image step: a source's variants, its
 * meta.json marked on use).
 */
import fs from 'node:fs';
import path from 'node:path';
import { walkFiles } from './walk';

export const UNUSED_DAYS = 30;

/**
 * The folders of .cache/ the build writes (images, content analysis, compiled MDX and body
 * HTML, header and footer HTML, share cards, page-pass plans): the workflows restore each
 * one (scripts/tools/ci/workflows.test.ts), or a deploy would redo its work every time.
 */
export const BUILD_CACHES = ['images', 'content', 'mdx', 'markup', 'share-cards', 'pages'] as const;

/** Records that a build used `file` (its modification time becomes now). */
export function markUsed(file: string): void {
  const now = new Date();
  try {
    fs.utimesSync(file, now, now);
  } catch {
    // A read-only checkout still builds; its cache is simply not pruned.
  }
}

/** Removes the files of `dir` no build used for `days`, and the folders left empty. */
export function pruneUnused(dir: string, days = UNUSED_DAYS, now = Date.now()): number {
  const limit = now - days * 24 * 3600 * 1000;
  let removed = 0;
  const folders = new Set<string>();
  for (const file of walkFiles(dir)) {
    const stat = fs.statSync(file.path, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs >= limit) continue;
    fs.rmSync(file.path, { force: true });
    folders.add(path.dirname(file.path));
    removed++;
  }
  for (const folder of folders) {
    if (folder !== dir && fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
  }
  return removed;
}

/** Removes the folders of `dir` none of whose files a build used for `days` (an empty one: by its own date). */
export function pruneUnusedFolders(dir: string, days = UNUSED_DAYS, now = Date.now()): number {
  const limit = now - days * 24 * 3600 * 1000;
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(dir, entry.name);
    const used = Math.max(
      fs.statSync(folder).mtimeMs,
      ...walkFiles(folder).map((file) => fs.statSync(file.path).mtimeMs),
    );
    if (used >= limit) continue;
    fs.rmSync(folder, { recursive: true, force: true });
    removed++;
  }
  return removed;
}
