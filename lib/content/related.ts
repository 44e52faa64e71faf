/**
 * Reading aids computed once for all posts: the previous (older) and next (newer) post, and
 * up to five related posts by shared tags.
 *
 * Scoring every pair of posts costs O(n²): the old site's related block did that and
 * dominated its build at 5000 posts. Here a tag → posts index (newest first) is built once,
 * and each post only looks at the few posts nearest in date within each of its own tags, so
 * the cost is posts × tags per post × window: linear in the number of posts.
 */
import type { Post } from './types';

export type ReadingLinks = {
  /** The post published just before (older). */
  previous?: Post;
  /** The post published just after (newer). */
  next?: Post;
  /** Posts sharing the most (and rarest) tags, nearest in date first. */
  related: Post[];
};

export type ReadingLinksOptions = {
  /** How many related posts to keep. */
  limit?: number;
  /** How many neighbours on each side of a post, in each of its tags, are candidates. */
  window?: number;
};

export type ReadingLinksIndex = {
  links: Map<string, ReadingLinks>;
  /** Candidate visits made: the measure of the cost, checked by the unit test. */
  operations: number;
};

/** `posts` must be newest first, as the content layer gives them. */
export function buildReadingLinks(
  posts: Post[],
  { limit = 5, window = 8 }: ReadingLinksOptions = {},
): ReadingLinksIndex {
  const byTag = new Map<string, number[]>();
  // Where each post sits in each of its tags' lists, so its neighbours are found directly.
  const positions = posts.map((post, i) =>
    post.tags.map((tag) => {
      const list = byTag.get(tag) ?? [];
      if (!byTag.has(tag)) byTag.set(tag, list);
      list.push(i);
      return list.length - 1;
    }),
  );
  // A tag shared by few posts says more about two posts than one on every post.
  const weight = new Map([...byTag].map(([tag, list]) => [tag, 1 / Math.log2(1 + list.length)]));

  let operations = 0;
  const links = new Map<string, ReadingLinks>();
  posts.forEach((post, i) => {
    const scores = new Map<number, number>();
    post.tags.forEach((tag, t) => {
      const list = byTag.get(tag)!;
      const at = positions[i][t];
      const from = Math.max(0, at - window);
      const to = Math.min(list.length - 1, at + window);
      for (let k = from; k <= to; k++) {
        if (k === at) continue;
        operations++;
        scores.set(list[k], (scores.get(list[k]) ?? 0) + weight.get(tag)!);
      }
    });
    const distance = (j: number) => Math.abs(posts[j].date.time - post.date.time);
    const related = [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || distance(a) - distance(b) || a - b)
      .slice(0, limit)
      .map(([j]) => posts[j]);
    links.set(post.slug, { previous: posts[i + 1], next: posts[i - 1], related });
  });
  return { links, operations };
}
