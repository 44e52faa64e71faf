import { expect, test } from '@playwright/test';
import { crawlExport } from '../../scripts/crawl';
import { deployTarget } from '../../lib/site-config';
import { LIVE_OUT } from '../live-export';

test('no broken link, image, feed or sitemap entry anywhere in the export', async ({}, testInfo) => {
  test.skip(!testInfo.project.name.endsWith('desktop'), 'the export is the same on every device');
  test.setTimeout(120_000);
  const { basePath, siteUrl } = deployTarget();
  const result = await crawlExport({ dir: LIVE_OUT, basePath, siteUrl });
  expect(result.pages).toBeGreaterThan(0);
  expect(result.broken.map((b) => `${b.url}  ${b.reason}  (linked from ${b.from})`)).toEqual([]);
});
