import type { Post, TagInfo } from '@/lib/content/types';
import { sitePaths } from '@/lib/urls';
import { PageHeading } from './PageHeading';
import { PostList } from './PostList';
import { ui } from '@/lib/messages/interface';

/** Pages 2..n of the home list, at /page/n/ (old addresses): page 1 is the home page itself. */
export function HomeList({
  posts,
  siteTags,
  page,
  pages,
}: {
  posts: Post[];
  siteTags: TagInfo[];
  page: number;
  pages: number;
}) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
      <PageHeading title={ui().posts.page(page)} />
      <PostList posts={posts} siteTags={siteTags} page={page} pages={pages} href={sitePaths.home} />
    </div>
  );
}
