/**
 * Steps that run on the static export after `next build`, in order. Each step is its own
 * module under scripts/export/.
 */
import path from 'node:path';
import { stripExport } from './export/strip-runtime';
import { addSecurityPolicy } from './export/security-policy';

const outDir = path.resolve(process.argv[2] ?? 'out');
const started = performance.now();

const stripped = stripExport(outDir);
console.log(
  `postbuild: ${stripped.pages} pages without framework JavaScript (${stripped.removedFiles} runtime files, ${Math.round(stripped.removedBytes / 1024)} KB removed)`,
);
const secured = addSecurityPolicy(outDir);
console.log(`postbuild: Content-Security-Policy on ${secured} pages`);
console.log(`postbuild: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
