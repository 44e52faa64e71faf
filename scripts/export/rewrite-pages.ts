/**
 * One pass over the export: runtime files are deleted, every HTML page is read once,
 * transformed, and written back. With thousands of pages, each extra pass would cost
 * seconds of disk work.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isRuntimeFile } from './strip-runtime';

export function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? walk(abs) : [abs];
  });
}

export type RewriteResult = { pages: number; removedFiles: number; removedBytes: number };

export function rewriteExport(outDir: string, transform: (html: string, rel: string) => string): RewriteResult {
  const result: RewriteResult = { pages: 0, removedFiles: 0, removedBytes: 0 };
  for (const abs of walk(outDir)) {
    const rel = path.relative(outDir, abs);
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
