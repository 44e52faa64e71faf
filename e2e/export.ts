import fs from 'node:fs';
import path from 'node:path';

/** Site paths of every HTML page of an export folder, e.g. "/post/x/", "/404.html". */
export function exportedPages(outDir: string, { includeRedirects = false } = {}): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== '_next' && e.name !== '_img' && e.name !== 'img' && e.name !== '_not-found') walk(abs);
      } else if (e.name.endsWith('.html')) {
        const html = fs.readFileSync(abs, 'utf8');
        if (!includeRedirects && /http-equiv="refresh"/i.test(html)) continue;
        const rel = '/' + path.relative(outDir, abs).split(path.sep).join('/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** Page path relative to the base URL (Playwright's baseURL ends with the base path + /). */
export const rel = (sitePath: string) => sitePath.replace(/^\//, '');
