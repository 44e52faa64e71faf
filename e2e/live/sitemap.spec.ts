import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { LIVE_OUT } from '../live-export';
import { siteUrl } from '../site-url';

test('the sitemap lists every exported page once, absolute, with its last change, and nothing else', {
  tag: '@any-device',
}, async ({ request }) => {
  const response = await request.get('sitemap.xml');
  expect(response.status()).toBe(200);
  const urlset = new XMLParser({ isArray: (name) => name === 'url' }).parse(await response.text()).urlset;
  const locs: string[] = urlset.url.map((u: { loc: string }) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  // Error pages and redirects are left out by exportedPages(): they are not pages of the site.
  const pages = exportedPages(LIVE_OUT);
  expect([...locs].sort()).toEqual(pages.map(siteUrl).sort());
  for (const url of urlset.url) expect(Number.isNaN(Date.parse(url.lastmod)), `${url.loc} lastmod`).toBe(false);
});

test('robots.txt allows everything and points to the sitemap', { tag: '@any-device' }, async ({ request }) => {
  const text = await (await request.get('robots.txt')).text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toContain(`Sitemap: ${siteUrl('/sitemap.xml')}`);
});
