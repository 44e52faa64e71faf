import type { openCallsForTalks } from '@/lib/community/calls';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

/** On the home page while a call for talks is open: which event, until when, where to propose. */
export function OpenCallsBanner({ open }: { open: ReturnType<typeof openCallsForTalks> }) {
  if (!open.length) return null;
  return (
    <aside aria-labelledby="cfp-ouverts" className="open-calls mx-auto my-8 max-w-6xl px-4 md:px-6">
      <div className="rounded-xl border-2 border-coral-500 p-5">
        <h2 id="cfp-ouverts" className="m-0 text-xl font-bold text-navy-900 dark:text-white">
          {ui().event.cfpOpen}
        </h2>
        <ul className="m-0 mt-2 list-none space-y-1 p-0">
          {open.map(({ event, cfp }) => (
            <li key={event.slug} className="text-slate-800 dark:text-slate-200">
              <SiteLink
                href={event.url}
                className="font-semibold text-navy-900 underline underline-offset-2 dark:text-white"
              >
                {event.title}
              </SiteLink>
              {cfp.until ? (
                <>
                  {`${ui().beforeColon}: `}
                  {ui().event.untilDay}
                  {cfp.until}
                </>
              ) : null}{' '}
              ·{' '}
              <a
                href={cfp.url}
                className="font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
              >
                {ui().home.proposeTalk}
                <span className="sr-only">
                  {ui().proposeTalk.for}
                  {event.title}
                </span>
              </a>{' '}
              ·{' '}
              <SiteLink
                href={sitePaths.proposeTalk()}
                className="text-coral-700 underline underline-offset-2 dark:text-coral-300"
              >
                {ui().lists.formatsAndLanguages}
              </SiteLink>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
