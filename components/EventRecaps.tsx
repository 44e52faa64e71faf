import type { Post } from '@/lib/content/types';
import { PAGE_IDS } from '@/lib/page-ids';
import { SiteLink } from './SiteLink';
import { PostDateLine } from './PostDateLine';
import { ui } from '@/lib/messages/interface';

/** The posts that report on an event (front matter `event:`). */
export function EventRecaps({ posts }: { posts: Post[] }) {
  if (!posts.length) return null;
  return (
    <section aria-labelledby={PAGE_IDS.recaps} data-pagefind-ignore className="event-recaps not-prose my-12">
      <h2 id={PAGE_IDS.recaps} className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">
        {ui().events.recaps(posts.length)}
      </h2>
      <ul className="m-0 list-none space-y-3 p-0">
        {posts.map((post) => (
          <li key={post.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <SiteLink
              href={post.url}
              className="text-lg font-semibold text-navy-900 underline decoration-coral-500 underline-offset-4 hover:text-coral-700 dark:text-white dark:hover:text-coral-300"
            >
              {post.title}
            </SiteLink>
            <PostDateLine post={post} />
            {post.summary ? (
              <p className="m-0 mt-2 line-clamp-2 text-slate-700 dark:text-slate-300">{post.summary}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
