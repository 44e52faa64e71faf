/**
 * An English community's pages speak English: the home page's "what's next" block, event
 * dates and times, with no French interface word left. SITE_DIR is set before any module that
 * reads the settings is loaded (each test file runs in its own process).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';

process.env.SITE_DIR = path.join(import.meta.dirname, 'fixtures', 'montreal');

const { loadFiles, post } = await import('../test/temp-content.ts');
const { homeEvents, splitEvents } = await import('../events/timeline.ts');
const { formatDateRange, formatTimeRange } = await import('../events/when.ts');
const { HomeEvent } = await import('../../components/HomeEvent.tsx');

/** French interface words an English page must not show (content, e.g. a city's name, aside). */
const FRENCH = [
  /Prochain/,
  /Programme et/,
  /Intervenant/,
  /Voir/,
  /Tous les/,
  /Proposer/,
  /événement/i,
  /annoncée/,
  /En ligne/,
  /apprendre/,
  /(^|[\s>])à\s/,
  /(^|[\s>])(de|du|au|le)\s/,
  /\d\s?h\s?\d\d/,
];
const assertEnglish = (html: string) => {
  for (const word of FRENCH) assert.doesNotMatch(html, word, `French left in: ${html}`);
};

const { content } = loadFiles({
  'content/events/2027-kubecon-watch.mdx': post(
    'title: Platform night\nstart: 2027-02-11 18:30\nvenue: {name: Loft, city: Montréal}',
  ),
  'content/events/2027-summit.mdx': post(
    'title: Cloud summit\nstart: 2027-06-04 09:00\nend: 2027-06-05 17:00\nvenue: {name: Hall, city: Montréal}',
  ),
});
const homeAt = (now: string) => {
  const { next } = homeEvents(splitEvents(content.events, Date.parse(now)), () => []);
  return renderToStaticMarkup(<HomeEvent next={next} />);
};

test('the next event on the home page is told in English, its date and time by Intl', () => {
  const html = homeAt('2027-01-01T12:00:00Z');
  assert.match(html, /Next event/);
  assert.match(html, /Platform night/);
  assert.match(html, /Thursday, February 11, 2027/);
  assert.match(html, /at 6:30\s?p\.m\./);
  assert.match(html, /Programme and registration/);
  assert.match(html, />Propose a talk</);
  assertEnglish(html);
});

test('with no date announced, the home page says so in English, with a generic line', () => {
  const html = homeAt('2028-01-01T12:00:00Z');
  assert.match(html, /The next date is not announced yet/);
  assert.match(html, /The next events are in the works\. To hear it first:/);
  assert.match(html, /Past events/);
  assertEnglish(html);
});

test('an event over two days has its dates and times in English', () => {
  const summit = content.events.find((e) => e.title === 'Cloud summit');
  assert.ok(summit, `no summit among ${content.events.map((e) => e.title)}`);
  const dates = formatDateRange(summit.start, summit.end);
  const times = formatTimeRange(summit.start, summit.end);
  assert.match(dates, /Friday, June 4\s?–\s?Saturday, June 5, 2027/);
  assert.match(times, /^from 9:00\sa\.m\. on Friday to 5:00\sp\.m\. on Saturday$/);
  assertEnglish(`${dates} ${times}`);
});

test("the talks, partners and proposal pages have English titles and intros that name no other community's events", async () => {
  const pages = await Promise.all([
    import('../../app/talks/page.tsx'),
    import('../../app/partners/page.tsx'),
    import('../../app/proposer-un-talk/page.tsx'),
    import('../../app/events/page.tsx'),
  ]);
  const said = pages.map(({ metadata }) => `${JSON.stringify(metadata.title)} ${metadata.description}`).join(' ');
  for (const words of ['Talks', 'Partners', 'Propose a talk', 'Events', 'the stage is open to everyone'])
    assert.ok(said.includes(words), `${words} missing from ${said}`);
  assertEnglish(said);
  assert.doesNotMatch(said, /SummerCamp|Summer Camp|Paris|Lyon/);
});
