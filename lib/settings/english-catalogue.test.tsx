/**
 * An English community's partners call, not-found page and job board show no sentence of the
 * French catalogue, and link to no standalone page the site lacks. The settings are the
 * English fixture's; the content is a temporary folder with one post and no contact page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';

const content = fs.mkdtempSync(path.join(os.tmpdir(), 'english-catalogue-'));
fs.mkdirSync(path.join(content, 'post'));
fs.writeFileSync(
  path.join(content, 'post', '2026-01-10-hello.mdx'),
  '---\ntitle: Hello\ndate: 2026-01-10\n---\n\nA first post.\n',
);
process.env.SITE_DIR = path.join(import.meta.dirname, 'fixtures', 'montreal');
process.env.CONTENT_DIR = content;

const { fr } = await import('../messages/interface/fr.ts');
const { en } = await import('../messages/interface/en.ts');
const { BecomePartner } = await import('../../components/BecomePartner.tsx');
const { default: NotFound } = await import('../../app/not-found.tsx');
const { JobBoard } = await import('../../app/jobs/JobBoard.tsx');

/** Every sentence of a catalogue: its strings, and what its functions write around their arguments. */
function sentences(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return (value as (...a: string[]) => string)('', '', '', '').split(/\s{2,}/);
  if (value && typeof value === 'object') return Object.values(value).flatMap(sentences);
  return [];
}
const english = new Set(sentences(en));
// Words both languages write alike (Menu, Talks, Freelance) and bare punctuation prove nothing.
const FRENCH = [...new Set(sentences(fr).map((s) => s.trim()))].filter((s) => s.length > 5 && !english.has(s));
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');

const assertEnglish = (html: string) => {
  // Tag names aside: <article> is not the French word « article ».
  const said = html.replace(/<\/?[a-z][a-z0-9]*/g, '<');
  for (const sentence of FRENCH) assert.ok(!said.includes(escaped(sentence)), `« ${sentence} » left in: ${html}`);
};

test('the catalogues hold French sentences to look for', () => {
  assert.ok(FRENCH.includes('Cette page est introuvable'));
  assert.ok(FRENCH.length > 40, `${FRENCH.length} sentences`);
});

test('the call to become a partner is English and names no other community', () => {
  const html = renderToStaticMarkup(<BecomePartner />);
  assert.match(html, /Become a partner/);
  assert.match(html, /You can:/);
  assertEnglish(html);
  assert.doesNotMatch(html, /SummerCamp|association/);
  assert.doesNotMatch(html, /\/page\/contact\//);
});

test('the not-found page is English and links no contact page the site lacks', () => {
  const html = renderToStaticMarkup(<NotFound />);
  assert.match(html, /This page cannot be found/);
  assert.match(html, /Search the site/);
  assertEnglish(html);
  assert.doesNotMatch(html, /SummerCamp/);
  assert.doesNotMatch(html, /\/page\/contact\//);
});

test('the job board is English, with or without offers', () => {
  const empty = renderToStaticMarkup(<JobBoard offers={[]} />);
  assert.match(empty, /No open offer right now/);
  assertEnglish(empty);
});

test("an event's status marks and a list of speakers are English", async () => {
  const { EventStatusMark } = await import('../../components/EventStatusMark.tsx');
  const { frenchList } = await import('../events/when.ts');
  const marks = (['scheduled', 'cancelled', 'postponed'] as const).flatMap((status) =>
    [true, false].map((upcoming) => renderToStaticMarkup(<EventStatusMark event={{ status }} upcoming={upcoming} />)),
  );
  const html = marks.join(' ');
  for (const word of ['Upcoming', 'Past', 'Cancelled', 'Postponed']) assert.match(html, new RegExp(`>${word}<`));
  assertEnglish(html);
  assert.equal(frenchList(['Rym', 'Pablo', 'Mathieu']), 'Rym, Pablo and Mathieu');
});

test("an event's open calls, the proposal, events, search and themes pages are English", async () => {
  const { EventCalls } = await import('../../components/EventCalls.tsx');
  const calls = renderToStaticMarkup(
    <EventCalls
      calls={{
        cfp: { url: 'https://example.org/cfp', until: 'March 1, 2027' },
        registration: { url: 'https://example.org/r' },
      }}
      title="Platform night"
    />,
  );
  assert.match(calls, /Call for talks open/);
  assert.match(calls, /Talk \(about 45 min\)/);
  const pages = await Promise.all(
    ['proposer-un-talk/page.tsx', 'events/page.tsx', 'search/page.tsx', 'tags/page.tsx'].map(
      (page) => import(`../../app/${page}`),
    ),
  );
  const html = [calls, ...pages.map(({ default: Page }) => renderToStaticMarkup(<Page />))].join(' ');
  assert.match(html, /Three formats/);
  assert.match(html, /Subscribe to the calendar/);
  assert.match(html, /Search needs JavaScript/);
  assert.match(html, /Themes/);
  assertEnglish(html);
});

test('the posts list, related posts, recaps, breadcrumbs, the speakers page and the join buttons are English', async () => {
  const { getContent } = await import('../content/index.ts');
  const { RelatedPosts } = await import('../../components/RelatedPosts.tsx');
  const { EventRecaps } = await import('../../components/EventRecaps.tsx');
  const { JoinLinks } = await import('../../components/JoinLinks.tsx');
  const { default: PostsIndex } = await import('../../app/post/page.tsx');
  const { default: SpeakersPage } = await import('../../app/speakers/page.tsx');
  const { breadcrumbs } = await import('../structured-data.ts');
  const { posts } = getContent();
  const html = [
    JSON.stringify(breadcrumbs([{ name: 'Hello', path: '/post/hello/' }])),
    renderToStaticMarkup(<PostsIndex />),
    renderToStaticMarkup(<SpeakersPage />),
    renderToStaticMarkup(<RelatedPosts posts={posts} />),
    renderToStaticMarkup(<EventRecaps posts={[...posts, ...posts]} />),
    renderToStaticMarkup(<JoinLinks />),
  ].join(' ');
  assert.match(html, />Posts</);
  assert.match(html, /"name":"Home"/);
  assert.match(html, /Read next/);
  assert.match(html, /Recaps/);
  assertEnglish(html);
});

test('an event calendar and the feeds speak to calendar apps and feed readers in English', async () => {
  const { eventsCalendar } = await import('../events/ics.ts');
  const { loadFiles, post } = await import('../test/temp-content.ts');
  const { content: withEvent } = loadFiles({
    'content/events/2027-platform-night.mdx': post(
      'title: Platform night\nstart: 2027-02-11 18:30\nonline: {url: "https://example.org/live"}',
      'An evening about platforms.',
    ),
  });
  // Calendar lines fold at 75 octets: unfold them before reading.
  const ics = eventsCalendar(withEvent.events, {
    name: en.calendarTitle('Cloud Native Montréal'),
    url: '/events/',
  }).replace(/\r?\n /g, '');
  assert.match(ics, /Online: https:\/\/example\.org\/live/);
  assert.match(ics, /Programme and details: /);
  assert.match(ics, /X-WR-CALNAME:Cloud Native Montréal: events/);
  assertEnglish(ics);
  const { pageMetadata } = await import('../seo.ts');
  const feeds = JSON.stringify(pageMetadata({ title: 'Hello', path: '/post/' }).alternates);
  assert.match(feeds, /: posts"/);
  assertEnglish(feeds);
});

test('share cards are English', async () => {
  const { cardSpecs } = await import('../share-cards/layout.ts');
  const { loadFiles, post } = await import('../test/temp-content.ts');
  const { content: withEvent } = loadFiles({
    'content/events/2027-platform-night.mdx': post(
      'title: Platform night\nstart: 2027-02-11 18:30\nonline: {platform: "YouTube"}',
    ),
  });
  const { getContent } = await import('../content/index.ts');
  const specs = cardSpecs({ posts: getContent().posts, events: withEvent.events }, { speakers: [] });
  const said = specs.map((s) => `${s.kicker} · ${s.line}`).join('\n');
  for (const words of ['Community ·', 'Post · January 10, 2026', 'Event · Thursday, February 11, 2027 · Online'])
    assert.ok(said.includes(words), `${words} missing from ${said}`);
  assertEnglish(said);
});
