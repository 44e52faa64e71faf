/**
 * Runs every *.test.ts beside the code it tests (lib/, scripts/, components/ and the
 * harnesses' own helpers in e2e/harness/) with node:test. Node 20 cannot expand ** globs
 * itself, hence this small runner.
 *
 *   npm run test:unit            all unit tests
 *   npm run test:unit -- dates   only files whose path contains "dates"
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { walkFiles } from '../../lib/files/walk';
import { readArgs } from '../../scripts/cli/args';

const ROOTS = ['lib', 'scripts', 'components', 'e2e/harness'];
const { positionals } = readArgs(
  'usage: npm run test:unit [-- text]   (only the test files whose path contains text)',
  { options: {}, allowPositionals: true },
);
const filter = positionals[0];

const find = (dir: string) =>
  walkFiles(dir, { skipFolders: ['fixtures', 'node_modules'] })
    .filter((f) => /\.test\.tsx?$/.test(f.rel))
    .map((f) => path.join(dir, f.rel));

const files = ROOTS.flatMap(find)
  .filter((f) => !filter || f.includes(filter))
  .sort();
if (!files.length) {
  console.error(`no unit test files${filter ? ` matching "${filter}"` : ''}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  // Messages are asserted in French, the check's default, whatever the machine's LANG.
  env: { ...process.env, NODE_ENV: 'test', CONTENT_LANG: process.env.CONTENT_LANG ?? 'fr' },
});
process.exit(result.status ?? 1);
