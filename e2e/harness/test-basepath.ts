/**
 * npm run test:basepath: builds the fixture site (e2e/fixture-site/) for a project path (https://example.github.io/site/),
 * as GitHub Pages serves a repository's site, and checks its links served under /site/
 * (scripts/tools/linkcheck/): every link, asset, feed and sitemap URL must resolve there, none
 * may leave the prefix. The base-path export is kept in .cache/out-site/ for a look.
 */
import path from 'node:path';
import { FIXTURE_ENV } from '../fixture-site/site';
import { buildAside } from '../../scripts/builds/aside';
import { readArgs } from '../../scripts/cli/args';
import { checkExport } from '../../scripts/tools/linkcheck/check-export';

readArgs('usage: npm run test:basepath   (no options)', { options: {} });
const BASE_PATH = '/site';
const SITE_URL = 'https://example.github.io';
const target = path.resolve('.cache', 'out-site');

const started = performance.now();
buildAside({ target, env: { ...FIXTURE_ENV, BASE_PATH, SITE_URL, CUSTOM_DOMAIN: '' } });

const report = await checkExport({ dir: target, basePath: BASE_PATH, siteUrl: SITE_URL });
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (report.broken.length) {
  console.error(`test:basepath: ${report.broken.length} broken under ${BASE_PATH}/:`);
  for (const b of report.broken) console.error(`  ${b.url}  ${b.reason}  (linked from ${b.from.join(', ')})`);
  process.exit(1);
}
console.log(
  `test:basepath: ${report.pages} pages, ${report.checked} links and assets resolved, 0 broken under ${SITE_URL}${BASE_PATH}/ (${seconds} s)`,
);
