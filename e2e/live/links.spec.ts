import { expect, test } from '@playwright/test';
import { deployTarget } from '../../lib/site-config';
import { checkExport } from '../../scripts/tools/linkcheck/check-export';
import { LIVE_OUT } from '../live-export';

// The export is the same on every device.
test('no broken link, image, fragment, feed or sitemap entry anywhere in the export', {
  tag: '@any-device',
}, async () => {
  test.setTimeout(120_000);
  const { basePath, siteUrl } = deployTarget();
  const report = await checkExport({ dir: LIVE_OUT, basePath, siteUrl });
  expect(report.pages).toBeGreaterThan(0);
  expect(report.broken.map((b) => `${b.url}  ${b.reason}  (linked from ${b.from.join(', ')})`)).toEqual([]);
});
