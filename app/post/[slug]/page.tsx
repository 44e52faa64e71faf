import { notFound } from 'next/navigation';
import { DocumentView } from '@/components/DocumentView';
import { JsonLd } from '@/components/JsonLd';
import { PostNavigation } from '@/components/PostNavigation';
import { RelatedPosts } from '@/components/RelatedPosts';
import { getAllPosts, getContent, getEventBySlug, getPostBySlug, getReadingLinks } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { blogPosting, breadcrumbs } from '@/lib/structured-data';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { pagesOrPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOrPlaceholder(
    getAllPosts().map((post) => ({ slug: post.slug })),
    ['slug'],
  );
}

export async function generateMetadata({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) return {};
  return pageMetadata({
    title: post.title,
    description: post.summary,
    path: post.url,
    image: post.image,
    card: sitePaths.shareCard('post', post.slug),
    type: 'article',
    publishedTime: post.date.iso,
    modifiedTime: post.lastmod?.iso,
    tags: post.tags,
  });
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  const { previous, next, related } = getReadingLinks(post.slug);
  return (
    <>
      <JsonLd
        data={[
          blogPosting(post),
          breadcrumbs([
            { name: ui().posts.title, path: sitePaths.posts() },
            { name: post.title, path: post.url },
          ]),
        ]}
      />
      <DocumentView document={post} event={post.event ? getEventBySlug(post.event) : undefined} site={getContent()} />
      <div className="mx-grid max-w-[68ch] px-4 md:box-content md:px-6">
        <PostNavigation previous={previous} next={next} />
        <RelatedPosts posts={related} />
      </div>
    </>
  );
}
