import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { JsonLd } from '@/components/JsonLd';
import { TagEvents, hasTagEvents } from '@/components/TagEvents';
import { TagHeader } from '@/components/TagHeader';
import { getAllTags, getContent, getPostsByTag, getTag, paginate } from '@/lib/content';
import { markdownAsPlainText } from '@/lib/mdx/plain-text';
import { pageMetadata, shortDescription } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { breadcrumbs } from '@/lib/structured-data';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { pagesOrPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOrPlaceholder(
    getAllTags().map((t) => ({ tag: t.tag })),
    ['tag'],
  );
}

export async function generateMetadata({ params }: Props) {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    title: tag.title,
    description: tag.description
      ? shortDescription(markdownAsPlainText(tag.description))
      : ui().topics.tagDescription(siteConfig.title, tag.title),
    path: tag.url,
    feed: { path: sitePaths.tagFeed(tag.tag), title: `${siteConfig.title} : ${tag.title}` },
  });
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  const { items, page, pages } = paginate(getPostsByTag(tag.tag), 1);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
      <JsonLd
        data={breadcrumbs([
          { name: ui().topics.title, path: sitePaths.tags() },
          { name: tag.title, path: tag.url },
        ])}
      />
      <TagHeader tag={tag} page={1} partners={getContent().partners} />
      <TagEvents tag={tag.tag} title={tag.title} />
      {hasTagEvents(tag.tag) && items.length ? (
        <h2 className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">{ui().posts.title}</h2>
      ) : null}
      <PostList
        posts={items}
        siteTags={getAllTags()}
        page={page}
        pages={pages}
        href={(n) => sitePaths.tag(tag.tag, n)}
      />
    </div>
  );
}
