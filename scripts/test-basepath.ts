/**
 * npm run test:basepath: builds the fixture site (e2e/fixture-site/) for a project path (https://example.github.io/site/),
 * as GitHub Pages serves a repository's site, and crawls that export served under /site/:
 * every link, asset, feed and sitemap URL must resolve there, none may leave the prefix.
 * The base-path export is kept in .cache/out-site/ for a look.
 */
import path from 'node:path';
import { buildAside } from './build-aside';
import { crawlExport } from './crawl';
import { FIXTURE_ENV } from '../e2e/fixture-site/site';

const BASE_PATH = '/site';
const SITE_URL = 'https://example.github.io';
const target = path.resolve('.cache', 'out-site');

const started = performance.now();
buildAside({ target, check: false, env: { ...FIXTURE_ENV, BASE_PATH, SITE_URL, CUSTOM_DOMAIN: '' } });

const result = await crawlExport({ dir: target, basePath: BASE_PATH, siteUrl: SITE_URL });
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (result.broken.length) {
  console.error(`test:basepath: ${result.broken.length} broken of ${result.fetched} URLs under ${BASE_PATH}/:`);
  for (const b of result.broken) console.error(`  ${b.url}  ${b.reason}  (linked from ${b.from})`);
  process.exit(1);
}
console.log(`test:basepath: ${result.fetched} URLs, ${result.pages} pages, 0 broken under ${SITE_URL}${BASE_PATH}/ (${seconds} s)`);
