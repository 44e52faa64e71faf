/**
 * Files that static hosts read: .nojekyll (GitHub Pages would otherwise skip the _next/ and
 * _img/ folders when publishing from a branch) and, for a custom domain, CNAME.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeHostFiles(outDir: string, customDomain: string | undefined): string[] {
  fs.writeFileSync(path.join(outDir, '.nojekyll'), '');
  if (!customDomain) return ['.nojekyll'];
  fs.writeFileSync(path.join(outDir, 'CNAME'), `${customDomain}\n`);
  return ['.nojekyll', 'CNAME'];
}
