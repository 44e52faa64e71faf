import { SiteFrame } from '@/components/SiteFrame';
import { PageHeading } from '@/components/PageHeading';
import { getAllPages } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';
import { SiteLink } from '@/components/SiteLink';

export const metadata = pageMetadata({ title: 'Pages', path: sitePaths.pages() });

function PagesIndex() {
  return (
    <div className="mx-grid max-w-3xl px-4 py-10 md:px-6">
      <PageHeading title="Pages" />
      <ul className="m-0 list-none space-y-4 p-0">
        {getAllPages().map((page) => (
          <li key={page.slug}>
            <SiteLink href={page.url} className="text-xl font-semibold text-coral-700 underline dark:text-coral-300">
              {page.title}
            </SiteLink>
            {page.summary ? <p className="m-0 mt-1 text-slate-700 dark:text-slate-300">{page.summary}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Under the frame of the site, as every page (each page has it in [segment]/layout.tsx). */
export default function Page() {
  return (
    <SiteFrame path={sitePaths.pages()}>
      <PagesIndex />
    </SiteFrame>
  );
}
