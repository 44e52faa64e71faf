import { siteConfig } from '@/lib/site-config';
import { PageHeading } from '@/components/PageHeading';
import { pageMetadata } from '@/lib/seo';
import { sitePaths, withBase } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from '@/components/SiteLink';

export const metadata = pageMetadata({
  title: ui().search,
  description: ui().searchPage.description(siteConfig.title),
  path: sitePaths.search(),
});

/**
 * Search runs in the browser on the static index in /pagefind/ (scripts/build-steps/export/search-index.ts):
 * the one page that keeps a script (data-keep), all of it from this site.
 */
export default function SearchPage() {
  return (
    <div className="mx-grid max-w-3xl px-4 py-10 md:px-6">
      <PageHeading title={ui().search}>
        <p className="m-0">{ui().searchPage.intro}</p>
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
            {ui().searchPage.noScript}{' '}
            <SiteLink href={sitePaths.tags()} className="text-coral-700 underline dark:text-coral-300">
              {ui().searchPage.tags}
            </SiteLink>
            {ui().searchPage.or}{' '}
            <SiteLink href={sitePaths.posts()} className="text-coral-700 underline dark:text-coral-300">
              {ui().searchPage.posts}
            </SiteLink>
            .
          </p>
        </noscript>
      </div>
      <script data-keep src={withBase(`${sitePaths.searchIndex()}pagefind-ui.js`)} />
      <script data-keep src={withBase('/search.js')} />
    </div>
  );
}
