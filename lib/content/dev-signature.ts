/**
 * `npm run dev` must show an edit on reload. The content is loaded once per process, so in
 * development a signature of the content folder (every file's path, size and modification
 * time: a few stat calls, no reading) tells when to load it again. Never used by the build.
 */
import fs from 'node:fs';
import { walkFiles } from '../files/walk';

export function contentSignature(dir: string): string {
  const parts: string[] = [];
  for (const file of walkFiles(dir)) {
    try {
      const stat = fs.statSync(file.path);
      parts.push(`${file.path}\0${stat.size}\0${stat.mtimeMs}`);
    } catch {
      // Deleted while listing: the next check sees it gone.
    }
  }
  return parts.sort().join('\n');
}

/** True while the process runs `next dev`; the build and the tests load content once. */
export const isDevelopment = () => process.env.NODE_ENV === 'development';
