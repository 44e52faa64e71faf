import type { Post } from '@/lib/content/types';
import { DayDate } from './DateText';
import { Picture } from './Picture';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

/** "À lire aussi": up to five posts sharing tags with this one (lib/content/related.ts). */
export function RelatedPosts({ posts }: { posts: Post[] }) {
  if (!posts.length) return null;
  return (
    <section aria-labelledby="a-lire-aussi" className="mt-10">
      <h2 id="a-lire-aussi" className="m-0 text-xl font-bold text-navy-900 dark:text-white">
        {ui().relatedPosts}
      </h2>
      <ul className="m-0 mt-4 list-none divide-y divide-slate-200 p-0 dark:divide-slate-700">
        {posts.map((post) => (
          <li key={post.slug} className="relative flex items-center gap-4 py-3">
            {post.image ? (
              <Picture
                src={post.image}
                alt=""
                sizes="112px"
                crop="card"
                className="block aspect-[16/9] w-28 shrink-0 overflow-hidden rounded-md bg-navy-900"
                imgClassName="h-full w-full object-cover"
              />
            ) : null}
            <div className="flex flex-col gap-0.5">
              <SiteLink
                href={post.url}
                className="font-semibold leading-snug text-navy-900 no-underline after:absolute after:inset-0 hover:text-coral-700 dark:text-white dark:hover:text-coral-300"
              >
                {post.title}
              </SiteLink>
              <DayDate date={post.date} className="text-sm text-slate-600 dark:text-slate-400" />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
