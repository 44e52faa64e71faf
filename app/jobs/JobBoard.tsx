import type { JobOffer } from '@/lib/jobs';
import { ui } from '@/lib/messages/interface';
import { JobDate, JobFacts } from './JobFacts';
import { CardTitle } from '@/components/CardTitle';

/**
 * The offers open when the site was built, newest first, under the job board page's text
 * (content/page/job-board.mdx). An offer leaves the list after its last day; its page stays.
 */
export function JobBoard({ offers }: { offers: JobOffer[] }) {
  return (
    <section aria-labelledby="offres" className="mx-grid max-w-[68ch] px-4 pb-12 md:box-content md:px-6">
      <h2 id="offres" className="m-0 mb-5 text-2xl font-bold text-navy-900 dark:text-white">
        {ui().jobs.current}
      </h2>
      {offers.length ? (
        <ul className="m-0 flex list-none flex-col gap-4 p-0">
          {offers.map((offer) => (
            <li key={offer.slug} className="job-offer">
              <article className="group relative flex flex-col gap-1.5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-shadow hover:shadow-md sm:p-5 dark:border-slate-700 dark:bg-navy-900">
                <JobFacts offer={offer} />
                <CardTitle
                  as="h3"
                  href={offer.url}
                  className="m-0 text-lg font-bold leading-snug text-navy-900 sm:text-xl dark:text-white"
                  linkClassName="no-underline after:absolute after:inset-0 group-hover:text-coral-700 dark:group-hover:text-coral-300"
                >
                  {offer.title}
                </CardTitle>
                {offer.summary ? (
                  <p className="m-0 line-clamp-2 text-slate-700 dark:text-slate-300">{offer.summary}</p>
                ) : null}
                <p className="m-0 text-sm text-slate-600 dark:text-slate-400">
                  <JobDate offer={offer} />
                </p>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="m-0 text-slate-700 dark:text-slate-300">{ui().jobs.none}</p>
      )}
    </section>
  );
}
