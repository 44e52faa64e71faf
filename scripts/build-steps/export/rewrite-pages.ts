/**
 * One pass over the export: runtime files are deleted, every HTML page is read once,
 * passed (page-pass.ts) and written back once, on every core for a large export
 * (page-pool.ts). With thousands of pages, each extra pass would cost seconds of disk work.
 */
import fs from 'node:fs';
import { walkFiles } from '../../../lib/files/walk';
import { passAllPages } from './page-pool';
import { isRuntimeFile } from './strip-runtime';

export type RewriteResult = {
  pages: number;
  removedFiles: number;
  removedBytes: number;
  /** The feed text of the pages of `feedPaths`, by site path. */
  feedBodies: Map<string, string>;
};

export async function rewriteExport(outDir: string, feedPaths: ReadonlySet<string>): Promise<RewriteResult> {
  let removedFiles = 0;
  let removedBytes = 0;
  const pages: string[] = [];
  for (const { path: abs, rel } of walkFiles(outDir)) {
    if (isRuntimeFile(rel)) {
      removedBytes += fs.statSync(abs).size;
      fs.rmSync(abs);
      removedFiles++;
    } else if (abs.endsWith('.html')) pages.push(rel);
  }
  const passed = await passAllPages(outDir, pages, feedPaths);
  return {
    pages: passed.pages,
    removedFiles,
    removedBytes: removedBytes + passed.removedBytes,
    feedBodies: new Map(passed.feedBodies),
  };
}
