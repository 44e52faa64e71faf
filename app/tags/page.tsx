import { PageHeading } from '@/components/PageHeading';
import { getAllTags } from '@/lib/content';
import { articleCount } from '@/lib/content/routes';
import { pageMetadata } from '@/lib/seo';
import { routes, withBase } from '@/lib/urls';

export const metadata = pageMetadata({ title: 'Tags', description: 'Tous les sujets des articles de SRE France.', path: routes.tags() });

export default function TagsIndex() {
  const tags = getAllTags();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
      <PageHeading title="Tags" />
      <ul className="m-0 flex list-none flex-wrap gap-3 p-0">
        {tags.map((tag) => (
          <li key={tag.tag}>
            <a
              href={withBase(tag.url)}
              className="flex items-baseline gap-2 rounded-lg border border-slate-300 px-4 py-2 no-underline hover:border-coral-700 dark:border-slate-600 dark:hover:border-coral-300"
            >
              <span className="font-semibold text-navy-900 dark:text-white">{tag.title}</span>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {articleCount(tag.count)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
