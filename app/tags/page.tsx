import { SiteFrame } from '@/components/SiteFrame';
import { PageHeading } from '@/components/PageHeading';
import { getAllTags } from '@/lib/content';
import { articleCount } from '@/lib/content/routes';
import { markdownAsPlainText } from '@/lib/mdx/plain-text';
import { pageMetadata, shortDescription } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from '@/components/SiteLink';

export const metadata = pageMetadata({
  title: ui().topics.title,
  description: siteConfig.intros.tags,
  path: sitePaths.tags(),
});

function TagsIndex() {
  // A described tag with no post yet keeps its page (old links), but is not offered here.
  const tags = getAllTags().filter((tag) => tag.count > 0);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
      <PageHeading title={ui().topics.title}>
        <p className="m-0">{ui().topics.intro}</p>
      </PageHeading>
      <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
        {tags.map((tag) => (
          <li key={tag.tag}>
            <SiteLink
              href={tag.url}
              className="group flex h-full flex-col gap-1.5 rounded-xl border border-slate-200 border-t-4 border-t-coral-500 bg-white p-5 no-underline shadow-sm hover:shadow-md dark:border-slate-700 dark:border-t-coral-500 dark:bg-navy-900"
            >
              <span className="flex items-baseline justify-between gap-3">
                <span className="text-xl font-bold text-navy-900 group-hover:text-coral-700 dark:text-white dark:group-hover:text-coral-300">
                  {tag.title}
                </span>
                <span className="whitespace-nowrap text-sm text-slate-600 dark:text-slate-400">
                  {articleCount(tag.count)}
                </span>
              </span>
              {tag.description ? (
                <span className="text-slate-700 dark:text-slate-300">
                  {shortDescription(markdownAsPlainText(tag.description), 140)}
                </span>
              ) : null}
            </SiteLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Under the frame of the site, as every page (tag pages have theirs in [tag]/layout.tsx). */
export default function Page() {
  return (
    <SiteFrame path={sitePaths.tags()}>
      <TagsIndex />
    </SiteFrame>
  );
}
