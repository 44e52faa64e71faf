import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { localPath, siteUrl } from '../site-url';

const SEED = '/post/2022-09-05-summercamp-2022/';
const LYON = '/post/2022-08-01-live-from-lyon/';
const PARIS = '/post/2021-11-18-meetup-paris-postmortems/';
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'item' || name === 'entry',
});

/** Every URL attribute in a post's HTML, which a feed reader resolves without the site. */
const urlAttributes = (html: string) => [...html.matchAll(/\s(?:href|src|srcset)="([^"]*)"/gi)].map((m) => m[1]);

for (const [feed, expected] of [
  ['index.xml', [SEED, LYON, PARIS]],
  ['post/index.xml', [SEED, LYON, PARIS]],
  ['tags/summercamp/index.xml', [SEED]],
  ['tags/meetup/index.xml', [LYON]],
  ['tags/incidents/index.xml', [PARIS]],
] as const) {
  test(`${feed} is RSS 2.0 with full texts and absolute links`, { tag: '@any-device' }, async ({ request }) => {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    const rss = xml.parse(await response.text()).rss;
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel['atom:link']['@href']).toBe(siteUrl(`/${feed}`));
    const items = rss.channel.item;
    expect(items.map((i: { link: string }) => i.link)).toEqual(expected.map(siteUrl));
    for (const item of items) {
      const html: string = item['content:encoded'];
      expect(html.length).toBeGreaterThan(200);
      for (const url of urlAttributes(html)) expect(url, `in ${item.link}`).toMatch(/^(https?:|mailto:)/);
    }
  });
}

test('the seed article is in the site feed in full, its links to the site absolute and working', {
  tag: '@any-device',
}, async ({ request }) => {
  const rss = xml.parse(await (await request.get('index.xml')).text()).rss;
  const seed = rss.channel.item.find((i: { link: string }) => i.link === siteUrl(SEED));
  const html: string = seed['content:encoded'];
  expect(html).toContain('accueillir une quinzaine de participants·es');
  expect(html).toContain('Randonnée en périphérie de Chambéry');
  expect(html).toContain('Merci à nos partenaires');
  expect(seed.category).toBeTruthy();
  const internal = urlAttributes(html).filter((u) => u.startsWith(siteUrl('/')));
  expect(internal).toContain(siteUrl('/post/2022-08-01-live-from-lyon/'));
  for (const url of internal) expect((await request.get(localPath(url))).status(), url).toBe(200);
});

test('the Atom feed has the posts with HTML content', { tag: '@any-device' }, async ({ request }) => {
  const atom = xml.parse(await (await request.get('atom.xml')).text()).feed;
  expect(atom['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(atom.entry.map((e: { id: string }) => e.id)).toEqual([siteUrl(SEED), siteUrl(LYON), siteUrl(PARIS)]);
  expect(atom.entry[0].content['@type']).toBe('html');
  expect(atom.entry[0].content['#text']).toContain('accueillir une quinzaine');
});

test('the JSON Feed 1.1 has the posts with HTML content and absolute images', { tag: '@any-device' }, async ({
  request,
}) => {
  const json = await (await request.get('feed.json')).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.feed_url).toBe(siteUrl('/feed.json'));
  expect(json.items.map((i: { url: string }) => i.url)).toEqual([siteUrl(SEED), siteUrl(LYON), siteUrl(PARIS)]);
  expect(json.items[0].content_html).toContain('accueillir une quinzaine');
  expect(json.items[0].date_published).toBe('2022-09-05T19:00:00+01:00');
  expect((await request.get(localPath(json.items[0].image))).headers()['content-type']).toMatch(/^image\//);
});

test('pages announce the feeds in their head, tag pages their own first', { tag: '@any-device' }, async ({ page }) => {
  await page.goto('tags/summercamp/');
  const rss = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(rss.first()).toHaveAttribute('href', siteUrl('/tags/summercamp/index.xml'));
  await expect(rss.nth(1)).toHaveAttribute('href', siteUrl('/index.xml'));
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    siteUrl('/atom.xml'),
  );
  await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
    'href',
    siteUrl('/feed.json'),
  );
});
