/**
 * npm run linkcheck: checks every link of the static export (see scripts/tools/linkcheck/): each
 * page, image, stylesheet asset, feed and sitemap entry must answer, inside the base path,
 * and each #fragment must name an element. Fails with each broken target and who links to it.
 * BASE_PATH, SITE_URL and CUSTOM_DOMAIN as for the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deployTarget } from '../../lib/site-config';
import { readArgs } from '../cli/args';
import { checkExport } from './linkcheck/check-export';

const { positionals } = readArgs('usage: npm run linkcheck -- [export folder, default out]', {
  options: {},
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? 'out');

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`linkcheck: ${path.relative(process.cwd(), dir)}/index.html is missing: run "npm run build" first`);
  process.exit(1);
}
const started = performance.now();
try {
  const { basePath, siteUrl } = deployTarget();
  const report = await checkExport({ dir, basePath, siteUrl });
  for (const b of report.broken) console.error(`${b.from.join(', ')}  broken link to ${b.url} (${b.reason})`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = `${report.pages} pages, ${report.checked} internal links and assets resolved, external links not fetched, served at ${basePath || '/'} (${seconds} s)`;
  if (report.broken.length) {
    console.error(`linkcheck: ${report.broken.length} broken (${summary})`);
    process.exitCode = 1;
  } else {
    console.log(`linkcheck: OK, ${summary}`);
  }
} catch (error) {
  console.error(`linkcheck: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
