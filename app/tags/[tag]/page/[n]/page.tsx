import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { RedirectPage } from '@/components/RedirectPage';
import { TagHeader } from '@/components/TagHeader';
import { getAllTags, getContent, getPostsByTag, getTag, laterPageNumbers, paginate } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { pagesOrPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ tag: string; n: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOrPlaceholder(
    getAllTags().flatMap((t) => [{ tag: t.tag, n: '1' }, ...laterPageNumbers(t.count).map((n) => ({ tag: t.tag, n }))]),
    ['tag', 'n'],
  );
}

export async function generateMetadata({ params }: Props) {
  const { tag: key, n } = await params;
  const tag = getTag(key);
  if (!tag) return {};
  return pageMetadata({
    title: `${tag.title}, page ${n}`,
    path: sitePaths.tag(tag.tag, Number(n)),
    noindex: n === '1',
    feed: { path: sitePaths.tagFeed(tag.tag), title: `${siteConfig.title} : ${tag.title}` },
  });
}

export default async function TagListPage({ params }: Props) {
  const { tag: key, n: raw } = await params;
  const tag = getTag(key);
  if (!tag) notFound();
  const n = Number(raw);
  if (n === 1) return <RedirectPage to={tag.url} />;
  const list = paginate(getPostsByTag(tag.tag), n);
  if (n > list.pages) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
      <TagHeader tag={tag} page={n} partners={getContent().partners} />
      <PostList
        posts={list.items}
        siteTags={getAllTags()}
        page={n}
        pages={list.pages}
        href={(p) => sitePaths.tag(tag.tag, p)}
      />
    </div>
  );
}
