/**
 * npm run test:basepath: builds the site for a project path (https://example.github.io/site/),
 * as GitHub Pages serves a repository's site, and crawls that export served under /site/:
 * every link, asset, feed and sitemap URL must resolve there, none may leave the prefix.
 * Next always exports into out/, so an existing out/ is set aside and put back afterwards;
 * the base-path export is kept in .cache/out-site/ for a look.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { crawlExport } from './crawl';

const BASE_PATH = '/site';
const SITE_URL = 'https://example.github.io';
const out = path.resolve('out');
const kept = path.resolve('.cache', 'out-root');
const target = path.resolve('.cache', 'out-site');

function run(command: string, args: string[]) {
  const env = { ...process.env, BASE_PATH, SITE_URL, CUSTOM_DOMAIN: '', NEXT_TELEMETRY_DISABLED: '1' };
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

const started = performance.now();
fs.rmSync(kept, { recursive: true, force: true });
fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(path.dirname(kept), { recursive: true });
const hadExport = fs.existsSync(out);
if (hadExport) fs.renameSync(out, kept);
try {
  run('npx', ['tsx', 'scripts/build-images.ts']);
  run('npx', ['next', 'build']);
  run('npx', ['tsx', 'scripts/postbuild.ts']);
  fs.renameSync(out, target);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
  if (hadExport) fs.renameSync(kept, out);
}

const result = await crawlExport({ dir: target, basePath: BASE_PATH, siteUrl: SITE_URL });
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (result.broken.length) {
  console.error(`test:basepath: ${result.broken.length} broken of ${result.fetched} URLs under ${BASE_PATH}/:`);
  for (const b of result.broken) console.error(`  ${b.url}  ${b.reason}  (linked from ${b.from})`);
  process.exit(1);
}
console.log(`test:basepath: ${result.fetched} URLs, ${result.pages} pages, 0 broken under ${SITE_URL}${BASE_PATH}/ (${seconds} s)`);
