/**
 * The page pass (page-pass.ts) over a list of exported HTML files: each read once, passed,
 * and written back once. Run in the build's process for a few pages, and by each worker of
 * page-pool.ts on its share of a large export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyPlan } from './page-pass';
import { cachedPlan } from './page-pass-cache';
import { sitePathOf } from './pages';

export type PassedFiles = {
  pages: number;
  /** Bytes the pass took out of the pages (the framework's scripts and payload). */
  removedBytes: number;
  /** The feed text of the pages asked for, by site path. */
  feedBodies: [sitePath: string, body: string][];
};

/** `rels` are paths inside `outDir` ("post/x/index.html"); `feedPaths` the pages whose feed text is wanted. */
export function passFiles(outDir: string, rels: readonly string[], feedPaths: ReadonlySet<string>): PassedFiles {
  const result: PassedFiles = { pages: 0, removedBytes: 0, feedBodies: [] };
  for (const rel of rels) {
    const abs = path.join(outDir, rel);
    const html = fs.readFileSync(abs, 'utf8');
    const sitePath = sitePathOf(rel);
    const page = applyPlan(html, cachedPlan(html, sitePath, { withFeedBody: feedPaths.has(sitePath) }));
    if (page.feedBody !== undefined) result.feedBodies.push([sitePath, page.feedBody]);
    result.removedBytes += Math.max(0, Buffer.byteLength(html) - Buffer.byteLength(page.html));
    fs.writeFileSync(abs, page.html);
    result.pages++;
  }
  return result;
}
