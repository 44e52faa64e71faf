import { PageHeading } from '@/components/PageHeading';
import { getContent } from '@/lib/content';
import { openCallsForTalks, proposalForm } from '@/lib/community/calls';
import { formatLabels, PROPOSAL_FORMATS, proposalPitch } from '@/lib/community/labels';
import { ui } from '@/lib/messages/interface';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { SiteLink } from '@/components/SiteLink';

const intro = siteConfig.intros.proposeTalk ?? ui().pages.proposeTalkIntro;

export const metadata = pageMetadata({
  title: ui().home.proposeTalk,
  description: intro,
  path: sitePaths.proposeTalk(),
});

const h2 = 'mb-3 mt-10 text-2xl font-bold text-navy-900 dark:text-white';
const button =
  'inline-flex items-center gap-2 rounded-lg bg-coral-700 px-4 py-2.5 font-semibold text-white no-underline hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950 dark:hover:bg-white';

export default function ProposeTalkPage() {
  const { events, builtAt } = getContent();
  const open = openCallsForTalks(events, builtAt);
  const words = ui().proposeTalk;
  return (
    <div className="mx-grid max-w-3xl px-4 py-10 md:px-6" data-pagefind-body>
      <PageHeading title={ui().home.proposeTalk}>
        <p className="m-0">{intro}</p>
      </PageHeading>

      {open.length ? (
        <section aria-labelledby="appels-ouverts" className="mb-8 rounded-xl border-2 border-coral-500 p-5">
          <h2 id="appels-ouverts" className="m-0 text-xl font-bold text-navy-900 dark:text-white">
            {words.openCalls}
          </h2>
          <ul className="m-0 mt-3 list-none space-y-2 p-0">
            {open.map(({ event, cfp }) => (
              <li key={event.slug}>
                <SiteLink
                  href={event.url}
                  className="font-semibold text-navy-900 underline underline-offset-2 dark:text-white"
                >
                  {event.title}
                </SiteLink>
                {`${ui().beforeColon}: `}
                {words.until}
                {cfp.until},{' '}
                <a
                  href={cfp.url}
                  className="font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
                >
                  {words.proposeLink}
                  <span className="sr-only">
                    {words.for}
                    {event.title}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 className={h2}>{words.formats}</h2>
      <dl className="m-0 grid gap-4 sm:grid-cols-3">
        {PROPOSAL_FORMATS.map((item) => (
          <div key={item.format} className="rounded-xl border border-slate-300 p-4 dark:border-slate-600">
            <dt className="text-lg font-bold text-navy-900 dark:text-white">
              {formatLabels()[item.format]}{' '}
              <span className="whitespace-nowrap text-base font-normal text-slate-700 dark:text-slate-300">
                {`(${ui().labels.approx}`}
                {item.minutes}
                {'\u00a0min)'}
              </span>
            </dt>
            <dd className="m-0 mt-1 text-slate-700 dark:text-slate-300">{proposalPitch(item)}</dd>
          </div>
        ))}
      </dl>
      <p className="m-0 mt-3 text-slate-700 dark:text-slate-300">
        {words.sameFormats}{' '}
        <SiteLink
          href={sitePaths.talks()}
          className="font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
        >
          {words.pastTalks}
        </SiteLink>
        {words.filter}
      </p>

      <h2 className={h2}>{words.languageTitle}</h2>
      <p className="m-0 text-slate-800 dark:text-slate-200">{words.language}</p>

      {/* The steps go through the form: a site without one (site.yaml's proposalForm) leaves them out. */}
      {proposalForm() ? (
        <>
          <h2 className={h2}>{words.howTitle}</h2>
          <ol className="m-0 list-decimal space-y-2 pl-6 text-slate-800 dark:text-slate-200">
            {words.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="mt-6">
            <a href={proposalForm()} className={button}>
              {words.openForm}
            </a>
          </p>
        </>
      ) : null}
      <p className="mt-8 text-slate-700 dark:text-slate-300">
        {words.inspire}
        {`${ui().beforeColon}: `}
        <SiteLink
          href={sitePaths.talks()}
          className="font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
        >
          {words.allPastTalks}
        </SiteLink>
        .
      </p>
    </div>
  );
}
