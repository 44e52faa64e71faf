/**
 * Hugo's static/ folder is served at the site root. Here static/img/ becomes content/img/
 * (the image pipeline's source, served again at /img/...) and everything else goes to
 * public/, so every old asset URL keeps answering.
 */
import fs from 'node:fs';
import path from 'node:path';

import { BUILD_FOLDERS as BUILT, siteFeeds, sitePaths } from '../../../lib/urls';
import { walkFiles } from '../../../lib/files/walk';
import type { HugoFolder } from './source-files';

/** Files the new site writes itself: a copy from Hugo would be overwritten or clash. */
const GENERATED = new Set(
  [
    sitePaths.notFound(),
    ...siteFeeds(),
    sitePaths.sitemap(),
    sitePaths.robots(),
    sitePaths.headersFile(),
    '/index.html',
  ].map((p) => p.slice(1)),
);
/** Folders the build writes: a Hugo file there would replace the site's own code or images. */
const BUILD_FOLDERS = BUILT.map((folder) => folder.slice(1));

export type StaticCopy = { from: string; to: string };
export type Refused = { file: string; reason: string };

export function planStaticFiles(
  hugo: HugoFolder,
  targetDir: string,
): { copies: StaticCopy[]; skipped: string[]; refused: Refused[] } {
  const staticDir = path.join(hugo.root, 'static');
  const copies: StaticCopy[] = [];
  const skipped: string[] = [];
  const refused: Refused[] = [];
  const folder = fs.lstatSync(staticDir, { throwIfNoEntry: false });
  if (folder && !folder.isDirectory())
    refused.push({
      file: staticDir,
      reason: 'static/ is not a folder (a symbolic link is never followed): nothing copied',
    });
  const files = folder?.isDirectory() ? walkFiles(staticDir, { skipHidden: true }) : [];
  for (const { path: abs, rel } of files) {
    const why = hugo.refusal(abs);
    if (why) {
      refused.push({ file: abs, reason: `static/${rel} is not copied: ${why}` });
      continue;
    }
    if (GENERATED.has(rel) || /(^|\/)index\.xml$/.test(rel)) {
      skipped.push(rel);
      continue;
    }
    if (BUILD_FOLDERS.some((folder) => rel.startsWith(folder))) {
      refused.push({
        file: abs,
        reason: `static/${rel} is not copied: /${rel.split('/')[0]}/ holds files the build writes`,
      });
      continue;
    }
    const to = rel.startsWith('img/') ? path.join(targetDir, 'content', rel) : path.join(targetDir, 'public', rel);
    copies.push({ from: abs, to });
  }
  return { copies, skipped, refused };
}
