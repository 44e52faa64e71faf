import type { EventCalls as Calls } from '@/lib/community/calls';
import { PROPOSAL_FORMATS, proposalFormatName } from '@/lib/community/labels';
import { sitePaths } from '@/lib/urls';
import { PAGE_IDS } from '@/lib/page-ids';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

const button =
  'inline-flex items-center rounded-lg bg-coral-700 px-4 py-2.5 font-semibold text-white no-underline hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950 dark:hover:bg-white';

/** The calls to act of an upcoming event while they are open: propose a talk, register. */
export function EventCalls({ calls, title }: { calls: Calls; title: string }) {
  const { cfp, registration } = calls;
  if (!cfp && !registration) return null;
  const words = ui().event;
  return (
    <section
      aria-labelledby={PAGE_IDS.calls}
      className="event-calls not-prose my-8 rounded-xl border-2 border-coral-500 p-5 sm:p-6"
    >
      <h2 id={PAGE_IDS.calls} className="m-0 text-xl font-bold text-navy-900 dark:text-white">
        {cfp ? words.cfpOpen : words.registrationOpen}
      </h2>
      {cfp ? (
        <p className="m-0 mt-2 text-slate-800 dark:text-slate-200">
          {words.anything}
          {ui().beforeColon}
          {words.proposalsOpen}
          {cfp.until ? (
            <>
              {' '}
              {words.untilDay}
              <strong>{cfp.until}</strong>
            </>
          ) : null}
          {words.formats}
          {ui().beforeColon}
          {': '}
          {PROPOSAL_FORMATS.map(proposalFormatName).join(', ')}
          {words.languages}
          <SiteLink
            href={sitePaths.proposeTalk()}
            className="text-coral-700 underline underline-offset-2 dark:text-coral-300"
          >
            {words.how}
          </SiteLink>
          ).
        </p>
      ) : null}
      {registration && !cfp ? (
        <p className="m-0 mt-2 text-slate-800 dark:text-slate-200">
          {registration.until ? (
            <>
              {words.registrationUntil}
              <strong>{registration.until}</strong>.
            </>
          ) : null}
        </p>
      ) : null}
      <p className="m-0 mt-4 flex flex-wrap gap-3">
        {cfp ? (
          <a href={cfp.url} className={button}>
            {ui().home.proposeTalk}
            <span className="sr-only">
              {ui().proposeTalk.for}
              {title}
            </span>
          </a>
        ) : null}
        {registration ? (
          <a
            href={registration.url}
            className={
              cfp
                ? 'inline-flex items-center rounded-lg border-2 border-coral-700 px-4 py-2 font-semibold text-coral-700 no-underline hover:bg-coral-700 hover:text-white dark:border-coral-300 dark:text-coral-300'
                : button
            }
          >
            {words.register}
            {registration.until && cfp ? words.registerUntil(registration.until) : ''}
            <span className="sr-only">
              {words.to}
              {title}
            </span>
          </a>
        ) : null}
      </p>
    </section>
  );
}
