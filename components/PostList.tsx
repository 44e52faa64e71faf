import type { Post } from '@/lib/content/types';
import { Pagination } from './Pagination';
import { PostCard } from './PostCard';

type PostListProps = {
  posts: Post[];
  page: number;
  pages: number;
  href: (page: number) => string;
};

/** A grid of post cards (1 column on phones, 2 to 3 on wider screens) and its pagination. */
export function PostList({ posts, page, pages, href }: PostListProps) {
  return (
    <>
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {posts.map((post, index) => (
          <PostCard key={post.slug} post={post} priority={page === 1 && index === 0} />
        ))}
      </div>
      <Pagination page={page} pages={pages} href={href} />
    </>
  );
}
