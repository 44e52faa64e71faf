import { PageHeading } from '@/components/PageHeading';
import { PostList } from '@/components/PostList';
import { getAllPosts, getAllTags, paginate } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';

export const metadata = pageMetadata({ title: ui().posts.title, path: sitePaths.posts() });

export default function PostsIndex() {
  const { items, page, pages } = paginate(getAllPosts(), 1);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
      <PageHeading title={ui().posts.title} />
      <PostList posts={items} siteTags={getAllTags()} page={page} pages={pages} href={sitePaths.posts} />
    </div>
  );
}
