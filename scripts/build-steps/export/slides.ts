/**
 * The PDFs of content/slides/ published as they are, at /slides/<file>.pdf. A copy, not a
 * route: a site with no slides yet must still build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../../lib/content/files';
import { inspectPdfFile } from '../../../lib/content/slides';
import { sitePaths } from '../../../lib/urls';

export function writeSlides(outDir: string, contentDir: string): number {
  const files = listFiles(path.join(contentDir, 'slides')).filter((f) => f.toLowerCase().endsWith('.pdf'));
  if (!files.length) return 0;
  fs.mkdirSync(path.join(outDir, sitePaths.slides()), { recursive: true });
  for (const file of files) {
    // The check refuses these first; published as they are, they are verified again here.
    const problem = inspectPdfFile(file);
    if (problem) throw new Error(`${file}: ${problem.message}`);
    fs.copyFileSync(file, path.join(outDir, sitePaths.slide(path.basename(file))));
  }
  return files.length;
}
