/**
 * What a pull request changes for a visitor: the pages of two exports (the base branch's
 * and the PR's) compared file by file. A page is added, removed, or changed when its HTML
 * differs once what differs between any two builds (Next's build id) is set aside; the
 * rest, code included, is what the visitor gets, so a code change lists every page it moves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportedPages } from '../../build-steps/export/pages';

export type ExportDiff = { added: string[]; removed: string[]; changed: string[]; unchanged: number };

/** Next's build id: the folder of _next/static/ that is neither chunks, css nor media. */
export function buildIdOf(outDir: string): string | undefined {
  const dir = path.join(outDir, '_next', 'static');
  if (!fs.existsSync(dir)) return undefined;
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .find((d) => d.isDirectory() && !['chunks', 'css', 'media'].includes(d.name))?.name;
}

const fileOf = (outDir: string, page: string) => path.join(outDir, page.endsWith('/') ? `${page}index.html` : page);

function normalized(outDir: string, page: string, buildId: string | undefined): string {
  const html = fs.readFileSync(fileOf(outDir, page), 'utf8');
  return buildId ? html.split(buildId).join('BUILD_ID') : html;
}

export function diffExports(baseDir: string, prDir: string): ExportDiff {
  const options = { redirects: true };
  const base = new Set(exportedPages(baseDir, options));
  const pr = exportedPages(prDir, options);
  const baseId = buildIdOf(baseDir);
  const prId = buildIdOf(prDir);
  const diff: ExportDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const page of pr) {
    if (!base.has(page)) diff.added.push(page);
    else if (normalized(baseDir, page, baseId) !== normalized(prDir, page, prId)) diff.changed.push(page);
    else diff.unchanged++;
  }
  const inPr = new Set(pr);
  diff.removed = [...base].filter((p) => !inPr.has(p)).sort();
  diff.added.sort();
  diff.changed.sort();
  return diff;
}
