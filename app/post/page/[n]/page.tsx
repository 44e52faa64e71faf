import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/PageHeading';
import { PostList } from '@/components/PostList';
import { RedirectPage } from '@/components/RedirectPage';
import { getAllPosts, getAllTags, laterPageNumbers, paginate } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ n: '1' }, ...laterPageNumbers(getAllPosts().length).map((n) => ({ n }))];
}

export async function generateMetadata({ params }: Props) {
  const n = Number((await params).n);
  return pageMetadata({ title: ui().posts.page(n), path: sitePaths.posts(n), noindex: n === 1 });
}

export default async function PostsPage({ params }: Props) {
  const n = Number((await params).n);
  if (n === 1) return <RedirectPage to={sitePaths.posts()} />;
  const list = paginate(getAllPosts(), n);
  if (n > list.pages) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
      <PageHeading title={ui().posts.page(n)} />
      <PostList posts={list.items} siteTags={getAllTags()} page={n} pages={list.pages} href={sitePaths.posts} />
    </div>
  );
}
