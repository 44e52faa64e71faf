/**
 * Hugo's static/ folder is served at the site root. Here static/img/ becomes content/img/
 * (the image pipeline's source, served again at /img/...) and everything else goes to
 * public/, so every old asset URL keeps answering.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Files the new site writes itself: a copy from Hugo would be overwritten or clash. */
const GENERATED = new Set(['404.html', 'index.xml', 'sitemap.xml', 'robots.txt', 'index.html']);

export type StaticCopy = { from: string; to: string };

export function planStaticFiles(hugoDir: string, targetDir: string): { copies: StaticCopy[]; skipped: string[] } {
  const staticDir = path.join(hugoDir, 'static');
  const copies: StaticCopy[] = [];
  const skipped: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(abs);
        continue;
      }
      const rel = path.relative(staticDir, abs).split(path.sep).join('/');
      if (GENERATED.has(rel)) {
        skipped.push(rel);
        continue;
      }
      const to = rel.startsWith('img/') ? path.join(targetDir, 'content', rel) : path.join(targetDir, 'public', rel);
      copies.push({ from: abs, to });
    }
  };
  if (fs.existsSync(staticDir)) walk(staticDir);
  return { copies, skipped };
}
