/**
 * npm run lighthouse [-- /path/ ...] [--assert] [--min-performance N]
 *
 * Lighthouse 12 (mobile, simulated throttling, the default) on the built export served
 * locally: the four category scores and LCP, CLS, TBT per page. Without paths it visits one
 * page of each kind the export has (scripts/tools/lighthouse/page-types.ts) and the error page, so
 * it works on any community's site. With --assert it exits 1 unless every page scores 100 in
 * accessibility, best practices and SEO (a page that asks not to be indexed, as the error
 * page does, is not held to SEO) and at least --min-performance (default 90) in performance:
 * performance alone moves with the machine's load, on pages that run no JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from '../browser/chromium';
import { readArgs } from '../cli/args';
import { exportedPages } from '../build-steps/export/pages';
import { onePerPageType } from './lighthouse/page-types';
import { createStaticServer } from '../serve/static-server';
import { sitePaths } from '../../lib/urls';

const HELD_TO_100 = ['accessibility', 'best-practices', 'seo'];

async function main() {
  const { positionals, values } = readArgs(
    'usage: npm run lighthouse [-- /path/ ...] [--assert] [--min-performance 90]   (default: one page of each kind)',
    {
      options: { assert: { type: 'boolean' }, 'min-performance': { type: 'string', default: '90' } },
      allowPositionals: true,
    },
  );
  const minPerformance = Number(values['min-performance']);
  const outDir = path.resolve('out');
  if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new Error('out/ is empty: run npm run build first');
  const pages = positionals.length ? positionals : [...onePerPageType(exportedPages(outDir)), sitePaths.notFound()];
  const shortfalls: string[] = [];
  const server = createStaticServer(outDir, '');
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const base = `http://localhost:${(server.address() as { port: number }).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    console.log('page'.padEnd(40), 'perf  a11y  best  seo    LCP     FCP    CLS    TBT');
    for (const page of pages) {
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
      const noindex = audits['is-crawlable']?.score === 0;
      for (const id of HELD_TO_100.filter((id) => !(id === 'seo' && noindex)))
        if ((categories[id]?.score ?? 0) < 1) shortfalls.push(`${page}: ${id} ${score(id).trim()}`);
      if ((categories.performance?.score ?? 0) * 100 < minPerformance)
        shortfalls.push(`${page}: performance ${score('performance').trim()} < ${minPerformance}`);
    }
    console.log(`${pages.length} pages visited`);
    if (values.assert && shortfalls.length) {
      console.error(`lighthouse: below target on\n  ${shortfalls.join('\n  ')}`);
      process.exitCode = 1;
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
