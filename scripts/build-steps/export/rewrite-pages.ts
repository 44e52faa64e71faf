/**
 * One pass over the export: runtime files are deleted, every HTML page is read once,
 * transformed, and written back. With thousands of pages, each extra pass would cost
 * seconds of disk work.
 */
import fs from 'node:fs';
import { walkFiles } from '../../../lib/files/walk';
import { isRuntimeFile } from './strip-runtime';

export type RewriteResult = { pages: number; removedFiles: number; removedBytes: number };

export function rewriteExport(outDir: string, transform: (html: string, rel: string) => string): RewriteResult {
  const result: RewriteResult = { pages: 0, removedFiles: 0, removedBytes: 0 };
  for (const { path: abs, rel } of walkFiles(outDir)) {
    if (isRuntimeFile(rel)) {
      result.removedBytes += fs.statSync(abs).size;
      fs.rmSync(abs);
      result.removedFiles++;
    } else if (abs.endsWith('.html')) {
      const html = fs.readFileSync(abs, 'utf8');
      const rewritten = transform(html, rel);
      result.removedBytes += Math.max(0, Buffer.byteLength(html) - Buffer.byteLength(rewritten));
      fs.writeFileSync(abs, rewritten);
      result.pages++;
    }
  }
  return result;
}
