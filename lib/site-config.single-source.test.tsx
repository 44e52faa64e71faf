/**
 * The locale, the time zone and YouTube's addresses are each said once, in siteConfig: set
 * to other values here, before any module that reads them is loaded (each test file runs in
 * its own process), every output that carries them moves. A literal written again somewhere
 * stays behind and fails this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { siteConfig } from './site-config.ts';

Object.assign(siteConfig, {
  locale: 'en-CA',
  language: 'en',
  // -04:00 in September, where Paris is at +02:00.
  timeZone: 'America/Toronto',
  youtube: { player: 'https://player.example', site: 'https://videos.example' },
});

// Loaded after the change, as they would be by a site configured this way.
const { pageMetadata } = await import('./seo.ts');
const { website } = await import('./structured-data.ts');
const { formatFrenchDate, parseContentDate } = await import('./dates.ts');
const { weekday } = await import('./events/when.ts');
const { eventsCalendar } = await import('./events/ics.ts');
const { eventSchema } = await import('./content/event-schema.ts');
const { redirectHtml } = await import('../scripts/export/aliases.ts');
const { policyFor } = await import('../scripts/export/security-policy.ts');
const { writeFeeds } = await import('../scripts/export/feeds.ts');
const { YouTube } = await import('../components/YouTube.tsx');

test('the locale reaches og:locale, JSON-LD, dates and weekdays', () => {
  assert.equal(pageMetadata({ path: '/', card: '/og/post/x.jpg' }).openGraph?.locale, 'en_CA');
  assert.equal(website().inLanguage, 'en-CA');
  assert.equal(formatFrenchDate({ year: 2022, month: 9, day: 5 }), 'September 5, 2022');
  assert.equal(weekday({ year: 2022, month: 9, day: 5 }), 'Monday');
});

test('the language reaches the redirect pages, the calendars and the feeds', () => {
  assert.match(redirectHtml('/post/x/', 'X'), /^<!DOCTYPE html><html lang="en">/);
  assert.match(eventsCalendar([], { stamp: 0, name: 'Events', url: '/events/' }), /^PRODID:-\/\/SRE France\/\/site\/\/EN\r$/m);
  const cwd = process.cwd();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'settings-'));
  // An empty image manifest: the feeds' logo is then the plain path.
  fs.mkdirSync(path.join(work, '.generated'));
  fs.writeFileSync(path.join(work, '.generated', 'images.json'), '{}');
  process.chdir(work);
  try {
    writeFeeds(path.join(work, 'out'), { posts: [], tags: [] });
    assert.match(fs.readFileSync(path.join(work, 'out', 'index.xml'), 'utf8'), /<language>en<\/language>/);
    assert.equal(JSON.parse(fs.readFileSync(path.join(work, 'out', 'feed.json'), 'utf8')).language, 'en-CA');
  } finally {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('the time zone is the one of dates written without an offset and of events without one', () => {
  assert.equal((parseContentDate('2022-09-05 19:00') as { iso: string }).iso, '2022-09-05T19:00:00-04:00');
  const event = eventSchema.parse({ title: 'Meetup', start: '2022-09-05 19:00', sessions: [{ title: 'Talk', format: 'talk', video: 'aSWjCOxZojU' }] });
  assert.equal(event.timezone, 'America/Toronto');
  assert.equal(event.sessions[0].video, 'https://videos.example/watch?v=aSWjCOxZojU');
});

test("YouTube's addresses reach the player, its poster and the pages' security policy", () => {
  const html = renderToStaticMarkup(<YouTube id="aSWjCOxZojU" title="Talk" />);
  assert.match(html, /https:\/\/player\.example\/embed\/aSWjCOxZojU\?autoplay=1/);
  assert.match(html, /https:\/\/videos\.example\/watch\?v=aSWjCOxZojU/);
  assert.match(html, /&lt;html lang=&quot;en&quot;&gt;/);
  assert.match(policyFor(''), /frame-src https:\/\/player\.example;/);
});
