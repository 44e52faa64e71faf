/**
 * Files that static hosts read: .nojekyll (GitHub Pages would otherwise skip the _next/ and
 * _img/ folders when publishing from a branch), for a custom domain CNAME, `_redirects`
 * (Cloudflare Pages, Netlify) and `.htaccess` (Apache) with the old addresses as 301s.
 * It also removes the copies of the 404 page Next writes at /404/ and /_not-found/: they
 * would answer 200 at addresses that are no page; /404.html is the one hosts serve.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sitePaths } from '../../../lib/urls';
import { exportRedirects, redirectsFile } from './redirects';
import { htaccessFile } from './server-rules';

export const ERROR_PAGE_COPIES = ['404', '_not-found'];

export function writeHostFiles(outDir: string, customDomain: string | undefined): string[] {
  for (const copy of ERROR_PAGE_COPIES) fs.rmSync(path.join(outDir, copy), { recursive: true, force: true });
  const redirects = exportRedirects(outDir);
  const files: [string, string][] = [
    [sitePaths.noJekyll(), ''],
    [sitePaths.redirectsFile(), redirectsFile(redirects)],
    [sitePaths.htaccess(), htaccessFile(redirects)],
    ...(customDomain ? [[sitePaths.cname(), `${customDomain}\n`] as [string, string]] : []),
  ];
  for (const [file, text] of files) fs.writeFileSync(path.join(outDir, file), text);
  return files.map(([file]) => file.slice(1));
}
