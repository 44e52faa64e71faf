import { siteConfig } from '@/lib/site-config';
import { PageHeading } from '@/components/PageHeading';
import { pageMetadata } from '@/lib/seo';
import { sitePaths, withBase } from '@/lib/urls';

export const metadata = pageMetadata({
  title: 'Rechercher',
  description: `Rechercher dans les articles, les événements et les pages de ${siteConfig.title}.`,
  path: sitePaths.search(),
});

/**
 * Search runs in the browser on the static index in /pagefind/ (scripts/export/search-index.ts):
 * the one page that keeps a script (data-keep), all of it from this site.
 */
export default function SearchPage() {
  return (
    <div className="mx-grid max-w-3xl px-4 py-10 md:px-6">
      <PageHeading title="Rechercher">
        <p className="m-0">Dans les articles, les événements (talks, speakers, villes) et les pages du site.</p>
      </PageHeading>
      <link rel="stylesheet" href={withBase(`${sitePaths.searchIndex()}pagefind-ui.css`)} />
      <div
        id="search"
        className="search-ui"
        data-bundle-path={withBase(sitePaths.searchIndex())}
        data-base-url={withBase('/')}
      >
        <noscript>
          <p className="rounded-lg border border-slate-300 p-4 dark:border-slate-600">
            {'La recherche a besoin de JavaScript. Sans lui, parcourez'}{' '}
            <a href={withBase(sitePaths.tags())} className="text-coral-700 underline dark:text-coral-300">
              les thèmes
            </a>
            {' ou'}{' '}
            <a href={withBase(sitePaths.posts())} className="text-coral-700 underline dark:text-coral-300">
              tous les articles
            </a>
            .
          </p>
        </noscript>
      </div>
      <script data-keep src={withBase(`${sitePaths.searchIndex()}pagefind-ui.js`)} />
      <script data-keep src={withBase('/search.js')} />
    </div>
  );
}
