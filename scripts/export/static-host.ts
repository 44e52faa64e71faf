/**
 * Files that static hosts read: .nojekyll (GitHub Pages would otherwise skip the _next/ and
 * _img/ folders when publishing from a branch) and, for a custom domain, CNAME.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sitePaths } from '../../lib/urls';

export function writeHostFiles(outDir: string, customDomain: string | undefined): string[] {
  fs.writeFileSync(path.join(outDir, sitePaths.noJekyll()), '');
  if (!customDomain) return [sitePaths.noJekyll().slice(1)];
  fs.writeFileSync(path.join(outDir, sitePaths.cname()), `${customDomain}\n`);
  return [sitePaths.noJekyll().slice(1), sitePaths.cname().slice(1)];
}
