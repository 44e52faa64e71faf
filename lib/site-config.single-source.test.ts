/**
 * The locale, the time zone and YouTube's addresses are each said once, in siteConfig: set
 * to other values here, before any module that reads them is loaded (each test file runs in
 * its own process), every value lib derives from them moves. A literal written again
 * somewhere stays behind and fails this test. What the export writes from them (redirect
 * pages, feeds, security policy, the video player) is tested in scripts/build-steps/export/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
const { eventSchema } = await import('./content/events/schema.ts');

test('the locale reaches og:locale, JSON-LD, dates and weekdays', () => {
  assert.equal(pageMetadata({ path: '/', card: '/og/post/x.jpg' }).openGraph?.locale, 'en_CA');
  assert.equal(website().inLanguage, 'en-CA');
  assert.equal(formatFrenchDate({ year: 2022, month: 9, day: 5 }), 'September 5, 2022');
  assert.equal(weekday({ year: 2022, month: 9, day: 5 }), 'Monday');
});

test('the language reaches the calendars', () => {
  assert.match(eventsCalendar([], { name: 'Events', url: '/events/' }), /^PRODID:-\/\/SRE France\/\/site\/\/EN\r$/m);
});

test('the time zone is the one of dates written without an offset and of events without one', () => {
  assert.equal((parseContentDate('2022-09-05 19:00') as { iso: string }).iso, '2022-09-05T19:00:00-04:00');
  const event = eventSchema.parse({
    title: 'Meetup',
    start: '2022-09-05 19:00',
    sessions: [{ title: 'Talk', format: 'talk', video: 'aSWjCOxZojU' }],
  });
  assert.equal(event.timezone, 'America/Toronto');
  assert.equal(event.sessions[0].video, 'https://videos.example/watch?v=aSWjCOxZojU');
});
