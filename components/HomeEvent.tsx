import type { SiteEvent } from '@/lib/content/types';
import { formatTimeRange } from '@/lib/events/when';
import { ui } from '@/lib/messages/interface';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { EventDateBlock } from './EventDateBlock';
import { SiteLink } from './SiteLink';
import { EventDates } from './DateText';

const button = 'inline-flex min-h-11 items-center gap-1 rounded-lg px-4 py-2 font-semibold no-underline';
const primary = `${button} bg-coral-700 text-white hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950 dark:hover:bg-white`;
const secondary = `${button} text-coral-700 underline underline-offset-4 dark:text-coral-300`;
const card = 'rounded-xl border border-slate-200 bg-slate-50 p-5 sm:p-6 dark:border-slate-700 dark:bg-navy-900';

/**
 * What's next, the home page's first block under the banner: the next event, or, while no
 * date is announced, where it will be told first; and in both cases how to propose a talk.
 */
export function HomeEvent({ next }: { next?: SiteEvent }) {
  return (
    <section aria-labelledby="home-event" className="home-event mx-auto max-w-6xl px-4 pt-10 md:px-6">
      <h2
        id="home-event"
        className="mb-4 mt-0 text-sm font-semibold uppercase tracking-[0.18em] text-slate-600 dark:text-slate-400"
      >
        {ui().home.next}
      </h2>
      {next ? <NextEvent event={next} /> : <NoDateYet />}
    </section>
  );
}

function NextEvent({ event }: { event: SiteEvent }) {
  const words = ui().home;
  const place = event.venue ? event.venue.city : words.online;
  return (
    <article className={`home-next flex gap-4 sm:gap-6 ${card}`}>
      <EventDateBlock start={event.start} end={event.end} />
      <div className="min-w-0 flex-1">
        <h3 className="m-0 text-xl font-bold leading-snug text-navy-900 sm:text-2xl dark:text-white">{event.title}</h3>
        <p className="m-0 mt-1 text-slate-700 dark:text-slate-300">
          <EventDates start={event.start} end={event.end} />
          {event.end ? null : <>, {formatTimeRange(event.start, event.end)}</>}
          <span className="whitespace-nowrap">
            {'\u00a0· '}
            {place}
          </span>
        </p>
        {event.summary ? <p className="m-0 mt-3 text-slate-700 dark:text-slate-300">{event.summary}</p> : null}
        <p className="m-0 mt-4 flex flex-wrap gap-3">
          <SiteLink href={event.url} className={primary}>
            {words.programme}
            <span className="sr-only">{`\u00a0: ${event.title}`}</span>
          </SiteLink>
          <SiteLink href={sitePaths.events()} className={secondary}>
            {words.allEvents}
          </SiteLink>
          <SiteLink href={sitePaths.proposeTalk()} className={secondary}>
            {words.proposeTalk}
          </SiteLink>
        </p>
      </div>
    </article>
  );
}

/** No event announced: say so, and where the next date shows first. */
function NoDateYet() {
  const words = ui().home;
  return (
    <article className={`home-no-date ${card}`}>
      <h3 className="m-0 text-xl font-bold leading-snug text-navy-900 sm:text-2xl dark:text-white">{words.noDate}</h3>
      <p className="m-0 mt-2 text-slate-700 dark:text-slate-300">
        {words.hearFirst(siteConfig.intros.betweenEditions ?? words.betweenEditions)}
      </p>
      <ul className="m-0 mt-3 grid list-none gap-2 p-0 sm:grid-cols-3">
        {siteConfig.announce.map((link) => (
          <li key={link.href}>
            <SiteLink
              href={link.href}
              className="block rounded-lg border border-slate-300 bg-white px-4 py-3 no-underline hover:border-coral-700 dark:border-slate-600 dark:bg-navy-950 dark:hover:border-coral-300"
            >
              <span className="block font-semibold text-coral-700 underline underline-offset-4 dark:text-coral-300">
                {link.label}
              </span>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{link.detail}</span>
            </SiteLink>
          </li>
        ))}
      </ul>
      <p className="m-0 mt-4 flex flex-wrap items-center gap-3">
        <SiteLink href={sitePaths.proposeTalk()} className={primary}>
          {words.proposeTalk}
        </SiteLink>
        <SiteLink href={sitePaths.events()} className={secondary}>
          {words.pastEvents}
        </SiteLink>
      </p>
    </article>
  );
}
