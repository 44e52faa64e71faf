/**
 * What leaves the build for other formats stays in its format, whatever the content holds:
 * every feed parses as XML with no element in the XHTML namespace and no CDATA section
 * ended early; every calendar parses (ical.js) with one VEVENT per event; the preview server
 * answers malformed and climbing URLs without dying or leaving out/.
 */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { localPath, siteUrl } from '../site-url';

const XHTML = 'http://www.w3.org/1999/xhtml';
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => n === 'item' || n === 'entry' || n === 'category',
});

function walk(node: unknown, visit: (key: string, value: unknown) => void) {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    visit(key, value);
    walk(value, visit);
  }
}

test('every feed is XML whose items are text and links of this site, nothing in the XHTML namespace', {
  tag: '@any-device',
}, async ({ request }) => {
  const site = xml.parse(await (await request.get('index.xml')).text()).rss;
  const tagFeeds = new Set<string>();
  for (const item of site.channel.item ?? [])
    for (const c of item.category ?? []) tagFeeds.add(`${localPath(c['@domain'])}index.xml`);
  const feeds = ['index.xml', 'post/index.xml', 'atom.xml', ...tagFeeds];
  for (const feed of feeds) {
    const text = await (await request.get(feed)).text();
    expect(text.split(']]>').length, `${feed}: CDATA sections`).toBe(text.split('<![CDATA[').length);
    const tree = xml.parse(text);
    walk(tree, (key, value) => {
      expect(key, feed).not.toMatch(/(^|:)script$/);
      if (key.startsWith('@xmlns')) expect(value, feed).not.toBe(XHTML);
    });
    const items: { link: unknown }[] = tree.rss?.channel?.item ?? tree.feed?.entry ?? [];
    expect(items.length, feed).toBeGreaterThan(0);
    for (const item of items) {
      const link = typeof item.link === 'string' ? item.link : (item.link as { '@href': string })['@href'];
      expect(link.startsWith(siteUrl('/post/')), `${feed}: ${link}`).toBe(true);
    }
  }
});

test('the events calendar and each event calendar: one VEVENT per event, read by ical.js', {
  tag: '@any-device',
}, async ({ request }) => {
  const all = new ICAL.Component(ICAL.parse(await (await request.get('events/calendar.ics')).text()));
  const events = all.getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThan(0);
  expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(events.length);
  for (const event of events) {
    const page = localPath(String(event.getFirstPropertyValue('url')));
    const slug = page.split('/').filter(Boolean).pop();
    const own = new ICAL.Component(ICAL.parse(await (await request.get(`${page}${slug}.ics`)).text()));
    expect(own.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      event.getFirstPropertyValue('uid'),
    ]);
  }
});

test('the preview server survives malformed URLs and never serves outside out/', { tag: '@any-device' }, async ({
  request,
}) => {
  for (const attack of [
    '%',
    '%E0%A4%A',
    '..%2f..%2fpackage.json',
    '..%2fout-sibling/x',
    '%2e%2e/%2e%2e/package.json',
  ]) {
    const response = await request.get(attack, { maxRedirects: 0 });
    expect(response.status(), attack).toBeGreaterThanOrEqual(300);
    expect(await response.text(), attack).not.toContain('"devDependencies"');
  }
  expect((await request.get('')).status()).toBe(200);
});
