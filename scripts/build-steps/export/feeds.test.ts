import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Post, SiteEvent, TagInfo } from '../../../lib/content/types';
import { writeFeeds } from './feeds';

const tag = (name: string, count: number): TagInfo => ({ tag: name, title: name, url: `/tags/${name}/`, count });
const post = (slug: string, iso: string, tags: string[]) =>
  ({
    slug,
    url: `/post/${slug}/`,
    title: slug,
    summary: 'Résumé',
    tags,
    date: { iso, time: Date.parse(iso) },
  }) as Post;
const event = (iso: string, tags: string[], sessionTags: string[] = []) =>
  ({ start: { iso, time: Date.parse(iso) }, tags, sessions: [{ tags: sessionTags }] }) as unknown as SiteEvent;

/**
 * The RSS lastBuildDate of each tag's feed, written by writeFeeds into a fresh folder. The feeds
 * name the site's share image, read from the image manifest: an empty one stands in, so the test
 * runs before any build (npm test runs unit tests first, on a clean clone).
 */
function lastBuildDates(content: Parameters<typeof writeFeeds>[1]): Record<string, string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'feeds-'));
  fs.mkdirSync(path.join(out, '.generated'));
  fs.writeFileSync(path.join(out, '.generated', 'images.json'), '{}');
  const bodies = new Map(content.posts.map((p) => [p.url, '<p>Texte</p>']));
  const cwd = process.cwd();
  process.chdir(out);
  try {
    writeFeeds(out, content, bodies);
  } finally {
    process.chdir(cwd);
  }
  return Object.fromEntries(
    content.tags.map((t) => {
      const xml = fs.readFileSync(path.join(out, 'tags', t.tag, 'index.xml'), 'utf8');
      return [t.tag, xml.match(/<lastBuildDate>([^<]+)<\/lastBuildDate>/)?.[1] ?? 'none'];
    }),
  );
}

const content = {
  posts: [post('recap-lyon', '2024-06-12T20:00:00+02:00', ['meetup']), post('old', '2023-01-10T10:00:00+01:00', [])],
  tags: [tag('meetup', 1), tag('summercamp', 0), tag('incidents', 0), tag('org', 0)],
  events: [
    event('2022-09-03T09:00:00+02:00', ['summercamp']),
    event('2025-09-06T09:00:00+02:00', ['summercamp']),
    event('2024-03-01T19:00:00+01:00', ['meetup'], ['incidents']),
  ],
};

test("a tag feed is dated by its newest post; with none, by the tag's newest event, else the site's newest post", () => {
  assert.deepEqual(lastBuildDates(content), {
    meetup: 'Wed, 12 Jun 2024 18:00:00 GMT',
    summercamp: 'Sat, 06 Sep 2025 07:00:00 GMT',
    incidents: 'Fri, 01 Mar 2024 18:00:00 GMT',
    org: 'Wed, 12 Jun 2024 18:00:00 GMT',
  });
});

test('two builds of the same content, at different times, write the same feeds', async () => {
  const first = lastBuildDates(content);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  assert.deepEqual(lastBuildDates(content), first);
});
