import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { siteUrl } from '../site-url';

test('the sitemap gives a post its date as last change, and leaves out drafts and scheduled posts', {
  tag: '@any-device',
}, async ({ request }) => {
  const urlset = new XMLParser({ isArray: (name) => name === 'url' }).parse(
    await (await request.get('sitemap.xml')).text(),
  ).urlset;
  const seed = urlset.url.find((u: { loc: string }) => u.loc === siteUrl('/post/2022-09-05-summercamp-2022/'));
  expect(seed.lastmod).toBe('2022-09-05T19:00:00+01:00');
  const locs: string[] = urlset.url.map((u: { loc: string }) => u.loc);
  expect(locs).toContain(siteUrl('/post/2021-11-18-meetup-paris-postmortems/'));
  expect(locs).not.toContain(siteUrl('/post/2099-01-15-article-programme/'));
  expect(locs).not.toContain(siteUrl('/post/2021-06-01-brouillon/'));
});
