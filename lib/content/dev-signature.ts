/**
 * `npm run dev` must show an edit on reload. The content is loaded once per process, so in
 * development a signature of the content folder (every file's path, size and modification
 * time: a few stat calls, no reading) tells when to load it again. Never used by the build.
 */
import fs from 'node:fs';
import path from 'node:path';

export function contentSignature(dir: string): string {
  const parts: string[] = [];
  const walk = (current: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(current, e.name);
      if (e.isDirectory()) walk(abs);
      else {
        try {
          const stat = fs.statSync(abs);
          parts.push(`${abs}\0${stat.size}\0${stat.mtimeMs}`);
        } catch {
          // Deleted while listing: the next check sees it gone.
        }
      }
    }
  };
  walk(dir);
  return parts.sort().join('\n');
}

/** True while the process runs `next dev`; the build and the tests load content once. */
export const isDevelopment = () => process.env.NODE_ENV === 'development';
