/**
 * npm run compare-exports -- <before> <after>
 *
 * Compares two exports (e.g. a copy of out/ made before a change of the code, and out/
 * after it) file by file, apart from Next's build id and hashed file names, and lists the
 * files added, removed and changed, each change with its first differing place. Exits 1
 * when anything differs, 0 when the two are the same site.
 */
import fs from 'node:fs';
import { readArgs } from '../cli/args';
import { compareExports, comparisonLines } from './preview/compare-exports';

const usage = 'usage: npm run compare-exports -- <before folder> <after folder>';
const { positionals } = readArgs(usage, { options: {}, allowPositionals: true });
if (positionals.length !== 2) {
  console.error(usage);
  process.exit(2);
}
for (const dir of positionals) {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`compare-exports: ${dir} is not a folder (build one with npm run build)\n${usage}`);
    process.exit(2);
  }
}
const comparison = compareExports(positionals[0], positionals[1]);
console.log(comparisonLines(comparison).join('\n'));
const differs = comparison.added.length + comparison.removed.length + comparison.changed.length > 0;
process.exit(differs ? 1 : 0);
