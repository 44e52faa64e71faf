import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadFiles, post } from '../lib/test/temp-content.ts';
import { featuredEvent, splitEvents } from '../lib/events/timeline.ts';
import { HomeEvent } from './HomeEvent.tsx';

const { content } = loadFiles({
  'content/events/2026-lyon.mdx': post(
    'title: Meetup de Lyon\nstart: 2026-03-12 19:00\nvenue: {name: Lab, city: Lyon}',
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
  const featured = featuredEvent(splitEvents(content.events, Date.parse(now)), recapsOf);
  assert.ok(featured, 'the home page has an event to show');
  return renderToStaticMarkup(<HomeEvent {...featured} />);
};

test('the home page puts forward the next event, with its programme and no recap', () => {
  const html = homeAt('2026-12-01T12:00:00Z');
  assert.match(html, /Prochain rendez-vous/);
  assert.match(html, /Meetup de Bordeaux/);
  assert.match(html, /Programme et inscription/);
  assert.doesNotMatch(html, /home-recap/);
});

test('with no event to come, the last event is shown, without a recap block while it has none', () => {
  const html = homeAt('2027-03-01T12:00:00Z');
  assert.match(html, /Dernier rendez-vous/);
  assert.match(html, /Meetup de Bordeaux/);
  assert.doesNotMatch(html, /home-recap/, 'Bordeaux has no recap yet');
});

test('a past event with a recap post shows it in its block', () => {
  const onlyLyon = content.events.filter((e) => e.slug === '2026-lyon');
  const featured = featuredEvent(splitEvents(onlyLyon, Date.parse('2026-04-01T12:00:00Z')), recapsOf);
  const html = renderToStaticMarkup(<HomeEvent {...featured!} />);
  assert.match(html, /Dernier rendez-vous/);
  assert.match(html, /Meetup de Lyon/);
  assert.match(html, /class="home-recap[^"]*"/);
  assert.match(html, /href="[^"]*\/post\/2026-03-13-lyon\/"[^>]*>Le meetup de Lyon en bref/);
});
