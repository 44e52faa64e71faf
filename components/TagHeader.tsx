import type { Partner, TagInfo } from '@/lib/content/types';
import { articleCount } from '@/lib/content/routes';
import { renderMdx } from '@/lib/mdx/render';
import { PageHeading } from './PageHeading';
import { ui } from '@/lib/messages/interface';

/** A tag's title, post count and Markdown description (content/tags/<tag>.md). */
export async function TagHeader({
  tag,
  page,
  partners,
}: {
  tag: TagInfo;
  page: number;
  partners: Map<string, Partner>;
}) {
  const description = tag.description
    ? await renderMdx({ source: tag.description, file: `content/tags/${tag.tag}.md` }, { partners })
    : null;
  return (
    <PageHeading title={page > 1 ? `${tag.title}, page ${page}` : tag.title}>
      <p className="m-0 text-base text-slate-600 dark:text-slate-400">
        {tag.count ? ui().lists.onTheme(articleCount(tag.count)) : ui().lists.noneOnTheme}
      </p>
      {description && page === 1 ? <div className="prose prose-site mt-3">{description}</div> : null}
    </PageHeading>
  );
}
