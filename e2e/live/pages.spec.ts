import { expect, test } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { rel } from '../export';
import { LIVE_OUT } from '../live-export';

// Invariants of any valid content, one visit per page: it answers, with a title, one main
// heading, sized images, no script and nothing fetched from another origin. None of it depends
// on the viewport: once, on the desktop.
for (const sitePath of exportedPages(LIVE_OUT)) {
  test(`${sitePath} answers, titled, with sized images and no script`, { tag: '@any-device' }, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !/^(data|about):/.test(request.url())) foreign.push(request.url());
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const response = await page.goto(rel(sitePath));
    expect(response?.status()).toBe(200);
    expect((await page.title()).trim()).not.toBe('');
    await expect(page.locator('html')).toHaveAttribute('lang', siteConfig.language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const unsized = await page
      .locator('img')
      .evaluateAll((imgs) =>
        imgs
          .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
          .map((img) => img.outerHTML.slice(0, 120)),
      );
    expect(unsized, 'images without width and height shift the layout').toEqual([]);
    // The search page loads Pagefind's script on purpose; every other page is script-free.
    if (!sitePath.startsWith('/search/')) {
      // 'load' waits for every resource the HTML asks for, scripts included; 'networkidle'
      // adds nothing on a page without script and times out when the machine is busy.
      await page.waitForLoadState('load');
      // JSON-LD (<script type="application/ld+json">) is data for search engines, never run.
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(scripts).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });
}

test('an unknown address answers 404 with the error page', { tag: '@any-device' }, async ({ page }) => {
  const response = await page.goto('post/no-such-post-anywhere/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
