import type { Post, TagInfo } from '@/lib/content/types';
import { Picture } from './Picture';
import { TagList } from './TagList';
import { CardTitle } from './CardTitle';
import { DayDate } from './DateText';

/** A post in a list: 16:9 thumbnail, date, title, two or three lines of summary, tags. */
type PostCardProps = {
  post: Post;
  /** The site's tags, for their titles. */
  siteTags: TagInfo[];
  priority?: boolean;
  sizes: string;
  /** h2 under a page title, h3 under a section title (the home page). */
  heading?: 'h2' | 'h3';
  /** Alone in its list: thumbnail beside the text on wider screens. */
  wide?: boolean;
};

export function PostCard({
  post,
  siteTags,
  priority = false,
  sizes,
  heading: Heading = 'h2',
  wide = false,
}: PostCardProps) {
  return (
    <article
      className={`post-card group relative flex flex-col overflow-hidden ${wide ? 'sm:flex-row' : ''} rounded-xl border border-slate-200 bg-white shadow-sm transition-shadow hover:shadow-md dark:border-slate-700 dark:bg-navy-900`}
    >
      {post.image ? (
        <Picture
          src={post.image}
          alt=""
          sizes={sizes}
          crop="card"
          priority={priority}
          className={`block aspect-[16/9] shrink-0 overflow-hidden bg-navy-900 ${wide ? 'sm:w-[45%] sm:self-center' : ''}`}
          imgClassName="h-full w-full object-cover"
        />
      ) : (
        <div
          className={`aspect-[16/9] shrink-0 bg-gradient-to-br from-navy-900 to-navy-700 ${wide ? 'sm:w-[45%] sm:self-center' : ''}`}
          aria-hidden="true"
        />
      )}
      <div className={`flex flex-1 flex-col gap-3 p-5 ${wide ? 'sm:p-7' : ''}`}>
        <p className="m-0 text-sm text-slate-600 dark:text-slate-400">
          <DayDate date={post.date} />
        </p>
        <CardTitle
          as={Heading}
          href={post.url}
          className="m-0 text-xl font-bold leading-snug text-navy-900 dark:text-white"
          linkClassName="no-underline after:absolute after:inset-0 hover:text-coral-700 group-hover:text-coral-700 dark:hover:text-coral-300 dark:group-hover:text-coral-300"
        >
          {post.title}
        </CardTitle>
        {post.summary ? <p className="m-0 line-clamp-3 text-slate-700 dark:text-slate-300">{post.summary}</p> : null}
        <div className="relative z-10 mt-auto pt-1">
          <TagList tags={post.tags} siteTags={siteTags} />
        </div>
      </div>
    </article>
  );
}
