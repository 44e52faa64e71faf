import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadFiles, post } from '../lib/test/temp-content.ts';
import { eventMemory } from '../lib/events/memory.ts';
import { homeEvents, splitEvents } from '../lib/events/timeline.ts';
import { HomeEvent } from './HomeEvent.tsx';
import { HomeMemory } from './HomeMemory.tsx';

const { content } = loadFiles({
  'content/events/2026-lyon.mdx': post(
    'title: Meetup de Lyon\nstart: 2026-03-12 19:00\nvenue: {name: Lab, city: Lyon}\nsessions:\n  - {title: Un talk filmé, format: talk, video: aSWjCOxZojU}',
  ),
  'content/events/2027-bordeaux.mdx': post(
    'title: Meetup de Bordeaux\nstart: 2027-02-11 19:00\nvenue: {name: Salle, city: Bordeaux}',
  ),
  'content/post/2026-03-13-lyon.mdx': post(
    'title: Le meetup de Lyon en bref\ndate: 2026-03-13T10:00:00+01:00\nevent: 2026-lyon',
  ),
});
const recapsOf = (slug: string) => content.posts.filter((p) => p.event === slug);
const homeAt = (now: string) => {
  const { next, last } = homeEvents(splitEvents(content.events, Date.parse(now)), recapsOf);
  const memory = last ? renderToStaticMarkup(<HomeMemory memory={eventMemory(last, recapsOf(last.slug))} />) : '';
  return { next: renderToStaticMarkup(<HomeEvent next={next} />), memory, last };
};

test('with an event announced, the home page says what is next, with its programme and how to propose a talk', () => {
  const { next } = homeAt('2026-12-01T12:00:00Z');
  assert.match(next, /Prochain rendez-vous/);
  assert.match(next, /Meetup de Bordeaux/);
  assert.match(next, /Programme et inscription/);
  assert.match(next, /href="[^"]*\/proposer-un-talk\/"[^>]*>Proposer un talk/);
  assert.doesNotMatch(next, /pas encore annoncée/);
});

test('with no event announced, it says so, where the date is told first, and how to propose a talk', () => {
  const { next } = homeAt('2027-03-01T12:00:00Z');
  assert.match(next, /Prochain rendez-vous/);
  assert.match(next, /La prochaine date n’est pas encore annoncée/);
  assert.doesNotMatch(next, /Meetup de Bordeaux/, 'a past event is no "next" event');
  assert.match(next, /href="https:\/\/www\.meetup\.com\/[^"]*"/, 'the meetup group');
  assert.match(next, /href="https:\/\/t\.me\/[^"]*"/, 'the announcement channel');
  assert.match(next, /href="[^"]*\/events\/calendar\.ics"/, 'the calendar to subscribe to');
  assert.match(next, /href="[^"]*\/proposer-un-talk\/"[^>]*>Proposer un talk/);
});

test('the latest memory is the last event that left a recap or a video, not merely the last event', () => {
  const { memory, last } = homeAt('2027-03-01T12:00:00Z');
  assert.equal(last?.slug, '2026-lyon', 'Bordeaux left nothing yet');
  assert.match(memory, /Dernier souvenir/);
  assert.match(memory, /href="[^"]*\/post\/2026-03-13-lyon\/"[^>]*>Le meetup de Lyon en bref/);
  assert.match(memory, /href="[^"]*\/events\/2026-lyon\/#souvenirs"[^>]*>La vidéo/);
});

test('the memory shows between events too, beside the next one', () => {
  const { memory, next } = homeAt('2026-12-01T12:00:00Z');
  assert.match(next, /Meetup de Bordeaux/);
  assert.match(memory, /Le meetup de Lyon en bref/);
});
