import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReadingLinks } from './related.ts';
import type { Post } from './types.ts';

const DAY = 24 * 3600 * 1000;

/** Posts newest first: post 0 is the newest, one day apart. */
function postsWithTags(tagLists: string[][]): Post[] {
  return tagLists.map(
    (tags, i) => ({ slug: `p${i}`, tags, date: { time: Date.UTC(2024, 0, 1) - i * DAY } }) as unknown as Post,
  );
}

const slugs = (posts: Post[]) => posts.map((p) => p.slug);

test('previous is the older post, next the newer one; the ends have only one', () => {
  const { links } = buildReadingLinks(postsWithTags([[], [], []]));
  assert.equal(links.get('p1')!.previous!.slug, 'p2');
  assert.equal(links.get('p1')!.next!.slug, 'p0');
  assert.equal(links.get('p0')!.next, undefined);
  assert.equal(links.get('p2')!.previous, undefined);
});

test('related posts share a tag, never include the post itself, and those sharing more come first', () => {
  const { links } = buildReadingLinks(
    postsWithTags([
      ['meetup', 'paris'], // p0
      ['meetup'], // p1
      ['summercamp'], // p2
      ['meetup', 'paris'], // p3
      ['lyon'], // p4
    ]),
  );
  assert.deepEqual(slugs(links.get('p0')!.related), ['p3', 'p1']);
  assert.deepEqual(slugs(links.get('p2')!.related), []);
  assert.deepEqual(slugs(links.get('p1')!.related), ['p0', 'p3']);
});

test('a rare shared tag outranks a common one, and ties go to the nearest in date', () => {
  const tags = [['kubernetes', 'meetup'], ...Array.from({ length: 8 }, () => ['meetup']), ['kubernetes']];
  const { links } = buildReadingLinks(postsWithTags(tags));
  const related = slugs(links.get('p0')!.related);
  assert.equal(related[0], 'p9', 'the only other kubernetes post comes first');
  assert.deepEqual(related.slice(1), ['p1', 'p2', 'p3', 'p4']);
});

test('at most five related posts', () => {
  const { links } = buildReadingLinks(postsWithTags(Array.from({ length: 20 }, () => ['meetup'])));
  assert.equal(links.get('p10')!.related.length, 5);
});

test('the cost grows linearly with the number of posts, even when every post shares a tag', () => {
  // Every post is a meetup (the worst case for pairwise scoring) and has one of 10 city tags.
  const site = (n: number) => postsWithTags(Array.from({ length: n }, (_, i) => ['meetup', `city-${i % 10}`]));
  const costs = [500, 1000, 5000].map((n) => buildReadingLinks(site(n)).operations / n);
  // Per post: 2 tags × 2 sides × window of 8 candidates at most, whatever the size of the site.
  for (const perPost of costs) assert.ok(perPost <= 32, `${perPost.toFixed(1)} candidate visits per post`);
  assert.ok(
    costs[2] <= costs[0] * 1.05,
    `per-post cost ${costs.map((c) => c.toFixed(1)).join(' → ')} as the site grows`,
  );
  assert.ok(costs[2] * 5000 < (5000 * 4999) / 100, 'far below pairwise scoring');
});
