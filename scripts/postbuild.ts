/**
 * Steps that run on the static export after `next build`, in order. Each step is its own
 * module under scripts/export/.
 */
import path from 'node:path';
import { rewriteExport } from './export/rewrite-pages';
import { stripRuntime } from './export/strip-runtime';
import { withSecurityPolicy } from './export/security-policy';
import { writeHeadersFile } from './export/headers';

const outDir = path.resolve(process.argv[2] ?? 'out');
const started = performance.now();

const pages = rewriteExport(outDir, (html) => withSecurityPolicy(stripRuntime(html)));
console.log(
  `postbuild: ${pages.pages} pages without framework JavaScript, with a Content-Security-Policy (${pages.removedFiles} runtime files, ${Math.round(pages.removedBytes / 1024)} KB removed)`,
);
writeHeadersFile(outDir);
console.log(`postbuild: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
