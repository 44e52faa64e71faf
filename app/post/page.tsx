import { PageHeading } from '@/components/PageHeading';
import { PostList } from '@/components/PostList';
import { getAllPosts, getAllTags, paginate } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';

export const metadata = pageMetadata({ title: 'Articles', path: sitePaths.posts() });

export default function PostsIndex() {
  const { items, page, pages } = paginate(getAllPosts(), 1);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
      <PageHeading title="Articles" />
      <PostList posts={items} siteTags={getAllTags()} page={page} pages={pages} href={sitePaths.posts} />
    </div>
  );
}
