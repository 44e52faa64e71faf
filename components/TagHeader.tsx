import type { Partner, TagInfo } from '@/lib/content/types';
import { articleCount } from '@/lib/content/routes';
import { tagBody } from '@/lib/content/mdx-bodies';
import { MdxBody } from '@/lib/mdx/body-html';
import { PageHeading } from './PageHeading';
import { ui } from '@/lib/messages/interface';

/** A tag's title, post count and Markdown description (content/tags/<tag>.md). */
export function TagHeader({ tag, page, partners }: { tag: TagInfo; page: number; partners: Map<string, Partner> }) {
  return (
    <PageHeading title={page > 1 ? `${tag.title}, page ${page}` : tag.title}>
      <p className="m-0 text-base text-slate-600 dark:text-slate-400">
        {tag.count ? ui().lists.onTheme(articleCount(tag.count)) : ui().lists.noneOnTheme}
      </p>
      {tag.description && page === 1 ? (
        <MdxBody {...tagBody({ ...tag, description: tag.description }, partners)} className="prose prose-site mt-3" />
      ) : null}
    </PageHeading>
  );
}
