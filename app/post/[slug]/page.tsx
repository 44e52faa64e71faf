import { notFound } from 'next/navigation';
import { DocumentView } from '@/components/DocumentView';
import { getAllPosts, getPostBySlug } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) return {};
  return pageMetadata({
    title: post.title,
    description: post.summary,
    path: post.url,
    image: post.image,
    type: 'article',
    publishedTime: post.date.iso,
    modifiedTime: post.lastmod?.iso,
    tags: post.tags,
  });
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  return <DocumentView document={post} />;
}
