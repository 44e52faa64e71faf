/**
 * npm run lighthouse [-- /path/ ...]
 *
 * Lighthouse 12 (mobile, simulated throttling, the default) on the built export served
 * locally: the four category scores and LCP, CLS, TBT per page. Figures for the closing
 * note of a performance change, not a pass/fail test (scores vary a little between runs).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from '../browser/chromium';
import { readArgs } from '../cli/args';
import { createStaticServer } from '../serve/static-server';
import { sitePaths } from '../../lib/urls';

const DEFAULT_PAGES = [
  '/',
  '/post/2022-09-05-summercamp-2022/',
  '/tags/summercamp/',
  '/events/summercamp-2022/',
  sitePaths.notFound(),
];

async function main() {
  const { positionals: pages } = readArgs(
    `usage: npm run lighthouse [-- /path/ ...]   (default: ${DEFAULT_PAGES.join(' ')})`,
    { options: {}, allowPositionals: true },
  );
  const outDir = path.resolve('out');
  if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new Error('out/ is empty: run npm run build first');
  const server = createStaticServer(outDir, '');
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const base = `http://localhost:${(server.address() as { port: number }).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    console.log('page'.padEnd(40), 'perf  a11y  best  seo    LCP     FCP    CLS    TBT');
    for (const page of pages.length ? pages : DEFAULT_PAGES) {
      const head = await fetch(base + page);
      if (head.status !== 200 && !page.endsWith(sitePaths.notFound())) {
        console.log(page.padEnd(40), `HTTP ${head.status}, skipped`);
        continue;
      }
      const result = await lighthouse(base + page, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) continue;
      const { categories, audits } = result.lhr;
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(4);
      const ms = (id: string) => `${((audits[id]?.numericValue ?? 0) / 1000).toFixed(2)} s`.padStart(7);
      console.log(
        page.padEnd(40),
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        score('seo'),
        ms('largest-contentful-paint'),
        ms('first-contentful-paint'),
        (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3).padStart(6),
        `${Math.round(audits['total-blocking-time']?.numericValue ?? 0)} ms`.padStart(6),
      );
      const failing = Object.values(audits).filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      );
      for (const a of failing.slice(0, 8))
        console.log(`    - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
