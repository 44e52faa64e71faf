import type { ReactNode } from 'react';
import type { SiteEvent, Speaker } from '@/lib/content/types';
import { domainOf } from './ResourceLinks';
import { formatAddress, mapUrl } from '@/lib/events/place';
import { capitalize, formatTimeRange, frenchList } from '@/lib/events/when';
import { siteConfig } from '@/lib/site-config';
import type { OpenCall } from '@/lib/community/calls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';
import { EventDates } from './DateText';

type EventFactsProps = {
  event: SiteEvent;
  speakers: Map<string, Speaker>;
  registration?: OpenCall;
  /** A past event offers no calendar entry. */
  upcoming: boolean;
};

const linkClass = 'font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300';

/** When, where, links, who organizes, and, while it is to come, the button that puts the event in a calendar. */
export function EventFacts({ event, speakers, registration, upcoming }: EventFactsProps) {
  const { venue, online } = event;
  const organizers = event.organizers.map((key) => speakers.get(key)!.name);
  const words = ui().event;
  return (
    <section
      aria-label={words.facts}
      data-pagefind-ignore
      className="event-facts not-prose my-8 rounded-xl border border-slate-300 p-5 sm:p-6 dark:border-slate-600"
    >
      <dl className="m-0 grid gap-5 sm:grid-cols-2">
        <Fact term={words.when}>
          <p className="m-0 font-semibold">
            <EventDates start={event.start} end={event.end} />
          </p>
          <p className="m-0">{capitalize(formatTimeRange(event.start, event.end))}</p>
          {event.timeZone !== siteConfig.timeZone ? (
            <p className="m-0 text-sm">
              {words.localTime}
              {event.timeZone})
            </p>
          ) : null}
        </Fact>
        <Fact term={words.where}>
          {venue ? (
            <>
              <p className="m-0 font-semibold">{venue.name}</p>
              <p className="m-0">{formatAddress(venue)}</p>
              <p className="m-0 mt-1">
                <a href={mapUrl(venue)} className={`${linkClass} inline-block py-0.5`}>
                  {words.map}
                  <span className="sr-only">
                    {words.mapOf}
                    {venue.name}
                  </span>
                </a>
              </p>
            </>
          ) : null}
          {online ? (
            <p className="m-0 mt-1">
              {venue ? words.alsoOnline : ui().home.online}
              {online.platform ? `${words.on}${online.platform}` : ''}
              {online.url ? (
                <>
                  {`${ui().beforeColon}: `}
                  <a href={online.url} className={linkClass}>
                    {domainOf(online.url) ?? online.url}
                  </a>
                </>
              ) : null}
            </p>
          ) : null}
        </Fact>
        {event.website || registration ? (
          <Fact term={words.links}>
            <ul className="m-0 list-none space-y-1 p-0">
              {event.website ? (
                <li>
                  <a href={event.website} className={linkClass}>
                    {words.website}
                  </a>{' '}
                  <span className="text-sm">({domainOf(event.website)})</span>
                </li>
              ) : null}
              {registration ? (
                <li>
                  <a href={registration.url} className={linkClass}>
                    {words.register}
                  </a>{' '}
                  <span className="text-sm">({domainOf(registration.url)})</span>
                  {registration.until ? (
                    <span className="text-sm">
                      {words.until}
                      {registration.until}
                    </span>
                  ) : null}
                </li>
              ) : null}
            </ul>
          </Fact>
        ) : null}
        {organizers.length ? (
          <Fact term={words.organizers}>
            <p className="m-0">{frenchList(organizers)}</p>
          </Fact>
        ) : null}
      </dl>
      {upcoming ? (
        <p className="m-0 mt-6">
          <SiteLink
            href={event.calendarUrl}
            type="text/calendar"
            download
            className="inline-flex items-center gap-2 rounded-lg border-2 border-coral-700 px-4 py-2 font-semibold text-coral-700 no-underline hover:bg-coral-700 hover:text-white dark:border-coral-300 dark:text-coral-300 dark:hover:bg-coral-300 dark:hover:text-navy-950"
          >
            <CalendarIcon />
            {words.addToCalendar}
            <span className="text-sm font-normal opacity-90">(.ics)</span>
          </SiteLink>
        </p>
      ) : null}
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="mb-1 text-xs font-semibold uppercase tracking-[0.15em] text-slate-600 dark:text-slate-400">
        {term}
      </dt>
      <dd className="m-0 text-slate-800 dark:text-slate-200">{children}</dd>
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4M12 13v5M9.5 15.5h5" />
    </svg>
  );
}
