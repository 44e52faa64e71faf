import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { LIVE_OUT } from '../live-export';
import { siteUrl } from '../site-url';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'item' || name === 'entry',
});
/** Every published post, as the export has them: /post/<slug>/ (list pages aside). */
const posts = exportedPages(LIVE_OUT)
  .filter((p) => /^\/post\/[^/]+\/$/.test(p) && p !== '/post/page/')
  .map(siteUrl)
  .sort();

test('the export has posts to list', { tag: '@any-device' }, () => {
  expect(posts.length).toBeGreaterThan(0);
});

for (const feed of ['index.xml', 'post/index.xml']) {
  test(`${feed} is RSS 2.0 listing every post, each with its text`, { tag: '@any-device' }, async ({ request }) => {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    const rss = xml.parse(await response.text()).rss;
    expect(rss['@version']).toBe('2.0');
    const items: { link: string; 'content:encoded': string }[] = rss.channel.item ?? [];
    expect(items.map((i) => i.link).sort()).toEqual(posts);
    for (const item of items) expect(item['content:encoded'].length, item.link).toBeGreaterThan(0);
  });
}

test('the Atom feed lists every post', { tag: '@any-device' }, async ({ request }) => {
  const atom = xml.parse(await (await request.get('atom.xml')).text()).feed;
  expect(atom['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect((atom.entry ?? []).map((e: { id: string }) => e.id).sort()).toEqual(posts);
});

test('the JSON Feed lists every post', { tag: '@any-device' }, async ({ request }) => {
  const json = await (await request.get('feed.json')).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.map((i: { url: string }) => i.url).sort()).toEqual(posts);
});

test('every tag feed parses and lists only posts of the site', { tag: '@any-device' }, async ({ request }) => {
  const tagFeeds = exportedPages(LIVE_OUT).filter((p) => /^\/tags\/[^/]+\/$/.test(p));
  for (const tag of tagFeeds) {
    const response = await request.get(`${tag.slice(1)}index.xml`);
    expect(response.status(), tag).toBe(200);
    const items: { link: string }[] = xml.parse(await response.text()).rss.channel.item ?? [];
    for (const item of items) expect(posts, `${tag}index.xml`).toContain(item.link);
  }
});
