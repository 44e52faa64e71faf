import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles, post } from '../test/temp-content.ts';
import { splitEvents } from './timeline.ts';

const event = (start: string, end?: string) =>
  post(`title: E\nstart: ${start}\n${end ? `end: ${end}\n` : ''}venue: {name: Lab, city: Lyon}`);

const { content } = loadFiles({
  'content/events/2021-meetup.mdx': event('2021-11-10 19:00'),
  'content/events/2022-lyon.mdx': event('2022-07-12 19:00'),
  'content/events/2022-camp.mdx': event('2022-09-03 09:00', '2022-09-04 17:00'),
  'content/events/2026-nantes.mdx': event('2026-03-12 19:00'),
  'content/events/2026-paris.mdx': event('2026-02-05 19:00'),
});
const split = (now: string) => splitEvents(content.events, Date.parse(now));
const slugs = (t: ReturnType<typeof split>) => ({
  upcoming: t.upcoming.map((e) => e.slug),
  past: t.pastByYear.map(({ year, events }) => [year, events.map((e) => e.slug)]),
});

test('upcoming soonest first, then past events by year, newest first', () => {
  assert.deepEqual(slugs(split('2026-01-15T12:00:00Z')), {
    upcoming: ['2026-paris', '2026-nantes'],
    past: [
      [2022, ['2022-camp', '2022-lyon']],
      [2021, ['2021-meetup']],
    ],
  });
});

test('an event is upcoming until it ends, even once started', () => {
  // Sunday 4 September 2022, 16:00 in Paris: the camp's last hour.
  assert.deepEqual(slugs(split('2022-09-04T14:00:00Z')).upcoming, ['2022-camp', '2026-paris', '2026-nantes']);
  // 17:01 in Paris: over.
  assert.deepEqual(slugs(split('2022-09-04T15:01:00Z')).upcoming, ['2026-paris', '2026-nantes']);
});

test('an event without an end stays upcoming until the end of its day (local time)', () => {
  // 23:30 in Paris on the evening of the Lyon meetup.
  assert.ok(slugs(split('2022-07-12T21:30:00Z')).upcoming.includes('2022-lyon'));
  // 00:30 the next day in Paris.
  assert.ok(!slugs(split('2022-07-12T22:30:00Z')).upcoming.includes('2022-lyon'));
});

test('with nothing to come, every event is past', () => {
  assert.deepEqual(slugs(split('2030-01-01T00:00:00Z')).upcoming, []);
  assert.equal(split('2030-01-01T00:00:00Z').pastByYear[0].year, 2026);
});
