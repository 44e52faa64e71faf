/**
 * The one walker of folders: every file under a folder, from Node's recursive listing.
 * A symbolic link is listed as what it is and never followed, so a caller that refuses
 * links (the content checks) sees it, and no walk leaves the folder it was given.
 */
import fs from 'node:fs';
import path from 'node:path';

export type WalkedFile = {
  /** The file's path: the walked folder joined with `rel`. */
  path: string;
  /** Slash-separated path inside the walked folder, e.g. "post/x/index.html". */
  rel: string;
  /** A symbolic link (to a file or a folder): listed, never followed. */
  symlink: boolean;
};

export type WalkOptions = {
  /** Leave out names starting with a dot, and everything under such a folder. */
  skipHidden?: boolean;
  /** Folder names left out with everything under them, at any depth (e.g. node_modules). */
  skipFolders?: string[];
};

/** Every file under `dir` (not folders), sorted by `rel`; [] when `dir` does not exist. */
export function walkFiles(dir: string, { skipHidden = false, skipFolders = [] }: WalkOptions = {}): WalkedFile[] {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  const skipped = new Set(skipFolders);
  const files: WalkedFile[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    // parentPath from Node 20.12; path before it.
    const parent = entry.parentPath ?? (entry as { path?: string }).path;
    const rel = path.relative(dir, path.join(parent, entry.name)).split(path.sep).join('/');
    const segments = rel.split('/');
    if (skipHidden && segments.some((s) => s.startsWith('.'))) continue;
    if (segments.slice(0, -1).some((s) => skipped.has(s))) continue;
    files.push({ path: path.join(dir, rel), rel, symlink: entry.isSymbolicLink() });
  }
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
