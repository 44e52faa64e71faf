import type { SiteEvent } from '@/lib/content/types';
import { capitalize, formatDateRange } from '@/lib/events/when';
import { EventDateBlock } from './EventDateBlock';
import { EventStatusMark } from './EventStatusMark';
import { ui } from '@/lib/messages/interface';
import { CardTitle } from './CardTitle';

/** On a post about an event (front matter `event:`): which event, when, where, and a link to it. */
export function PostEventCard({ event, upcoming }: { event: SiteEvent; upcoming: boolean }) {
  return (
    <aside
      aria-label={ui().events.event}
      data-pagefind-ignore
      className="post-event-card relative mb-8 flex items-center gap-4 rounded-xl border border-slate-300 bg-slate-50 p-4 hover:border-coral-700 dark:border-slate-600 dark:bg-navy-900 dark:hover:border-coral-300"
    >
      <EventDateBlock start={event.start} end={event.end} size="sm" />
      <div className="min-w-0">
        <p className="m-0 flex flex-wrap items-center gap-2 text-xs font-semibold uppercase tracking-[0.15em] text-slate-600 dark:text-slate-400">
          {`${ui().events.event} `}
          <EventStatusMark event={event} upcoming={upcoming} />
        </p>
        <CardTitle
          as="p"
          href={event.url}
          className="m-0 mt-1 text-lg font-bold leading-snug"
          linkClassName="text-navy-900 no-underline after:absolute after:inset-0 hover:text-coral-700 dark:text-white dark:hover:text-coral-300"
        >
          {event.title}
        </CardTitle>
        <p className="m-0 text-sm text-slate-700 dark:text-slate-300">
          {capitalize(formatDateRange(event.start, event.end))}
          {event.venue ? `\u00a0· ${event.venue.city}` : `\u00a0· ${ui().events.online}`}
        </p>
      </div>
    </aside>
  );
}
