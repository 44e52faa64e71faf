import type { Post, TagInfo } from '@/lib/content/types';
import { Pagination } from './Pagination';
import { PostCard } from './PostCard';

type PostListProps = {
  posts: Post[];
  /** The site's tags, for their titles. */
  siteTags: TagInfo[];
  page: number;
  pages: number;
  href: (page: number) => string;
  /** The first card's image is the page's largest paint, unless something above it is. */
  eagerFirst?: boolean;
  heading?: 'h2' | 'h3';
};

/** Grid classes and image widths for 1, 2 or 3+ cards: no empty third of a row. */
const LAYOUTS = {
  1: { grid: 'max-w-4xl', sizes: '(min-width: 1024px) 400px, (min-width: 640px) 45vw, calc(100vw - 32px)' },
  2: {
    grid: 'sm:grid-cols-2 lg:max-w-5xl',
    sizes: '(min-width: 1024px) 500px, (min-width: 640px) calc(50vw - 36px), calc(100vw - 32px)',
  },
  3: {
    grid: 'sm:grid-cols-2 lg:grid-cols-3',
    sizes: '(min-width: 1024px) 352px, (min-width: 640px) calc(50vw - 36px), calc(100vw - 32px)',
  },
} as const;

/** A grid of post cards (1 column on phones, up to 3 on wider screens) and its pagination. */
export function PostList({ posts, siteTags, page, pages, href, eagerFirst = true, heading }: PostListProps) {
  const layout = LAYOUTS[Math.min(Math.max(posts.length, 1), 3) as 1 | 2 | 3];
  return (
    <>
      <div className={`grid gap-6 ${layout.grid}`}>
        {posts.map((post, index) => (
          <PostCard
            key={post.slug}
            post={post}
            siteTags={siteTags}
            priority={eagerFirst && page === 1 && index === 0}
            sizes={layout.sizes}
            heading={heading}
            wide={posts.length === 1}
          />
        ))}
      </div>
      <Pagination page={page} pages={pages} href={href} />
    </>
  );
}
