import type { ReadingLinks } from '@/lib/content';
import type { Post } from '@/lib/content/types';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

const cardClass =
  'group flex flex-col gap-1 rounded-lg border border-slate-200 p-4 no-underline hover:border-coral-700 dark:border-slate-700 dark:hover:border-coral-300';

function Neighbour({ post, rel, label }: { post: Post; rel: 'prev' | 'next'; label: string }) {
  return (
    <SiteLink
      href={post.url}
      rel={rel}
      className={`${cardClass} ${rel === 'next' ? 'sm:col-start-2 sm:text-right' : ''}`}
    >
      <span className="text-sm text-slate-600 dark:text-slate-400">{label}</span>
      <span className="font-semibold leading-snug text-navy-900 group-hover:text-coral-700 dark:text-white dark:group-hover:text-coral-300">
        {post.title}
      </span>
    </SiteLink>
  );
}

/** The post published before this one and the one after, as two plain links. */
export function PostNavigation({ previous, next }: Pick<ReadingLinks, 'previous' | 'next'>) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label={ui().neighbours.label}
      className="mt-12 grid gap-4 border-t border-slate-200 pt-8 sm:grid-cols-2 dark:border-slate-700"
    >
      {previous ? <Neighbour post={previous} rel="prev" label={ui().neighbours.older} /> : null}
      {next ? <Neighbour post={next} rel="next" label={ui().neighbours.newer} /> : null}
    </nav>
  );
}
