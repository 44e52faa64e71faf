import { SiteFrame } from '@/components/SiteFrame';
import { standalonePagePath } from '@/lib/content';
import { ui } from '@/lib/messages/interface';
import { siteConfig } from '@/lib/site-config';
import { sitePaths, withBase } from '@/lib/urls';
import { SiteLink } from '@/components/SiteLink';

export const metadata = {
  title: { absolute: `${ui().notFound.title} | ${siteConfig.title}` },
  robots: { index: false },
};

const link = 'text-coral-700 underline underline-offset-2 dark:text-coral-300';

/** A plain GET form to /search/?q=: it needs no script here, the search page runs the query. */
function NotFound() {
  const contact = standalonePagePath('contact');
  const words = ui().notFound;
  return (
    <div className="mx-grid max-w-3xl px-4 py-16 md:px-6 md:py-24">
      <p className="m-0 font-mono text-sm font-semibold uppercase tracking-[0.2em] text-coral-700 dark:text-coral-300">
        {words.error}
      </p>
      <h1 className="mb-4 mt-2 text-3xl font-extrabold tracking-tight text-navy-900 md:text-4xl dark:text-white">
        {words.heading}
      </h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">{words.text}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too recent for the browsers we support; role="search" says the same */}
      <form
        action={withBase(sitePaths.search())}
        method="get"
        role="search"
        className="mt-8 flex flex-col gap-2 sm:flex-row sm:items-end"
      >
        <label className="flex flex-1 flex-col gap-1.5 font-semibold text-navy-900 dark:text-white">
          {words.searchLabel}
          <input
            type="search"
            name="q"
            placeholder={words.searchPlaceholder}
            className="rounded-lg border border-slate-400 bg-white px-3 py-2.5 font-normal text-slate-900 placeholder:text-slate-600 dark:border-slate-500 dark:bg-navy-900 dark:text-white dark:placeholder:text-slate-300"
          />
        </label>
        <button
          type="submit"
          className="rounded-lg bg-coral-700 px-5 py-2.5 font-semibold text-white hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950 dark:hover:bg-white"
        >
          {ui().search}
        </button>
      </form>
      <ul className="mt-8 space-y-1 text-lg">
        <li>
          <SiteLink href={'/'} className={`${link} inline-block py-0.5`}>
            {words.latest}
          </SiteLink>
        </li>
        <li>
          <SiteLink href={sitePaths.events()} className={`${link} inline-block py-0.5`}>
            {siteConfig.intros.eventsLink ?? words.events}
          </SiteLink>
        </li>
        <li>
          <SiteLink href={sitePaths.posts()} className={`${link} inline-block py-0.5`}>
            {words.posts}
          </SiteLink>
        </li>
        <li>
          <SiteLink href={sitePaths.tags()} className={`${link} inline-block py-0.5`}>
            {words.tags}
          </SiteLink>
        </li>
        {contact ? (
          <li>
            <SiteLink href={contact} className={`${link} inline-block py-0.5`}>
              {words.contact}
            </SiteLink>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** Not found: no section of the menu. */
export default function Page() {
  return (
    <SiteFrame path={sitePaths.notFound()}>
      <NotFound />
    </SiteFrame>
  );
}
