import type { SiteEvent } from '@/lib/content/types';
import { isUpcoming } from '@/lib/events/timeline';
import { dayCount } from '@/lib/events/when';
import { openCalls } from '@/lib/community/calls';
import type { EventMemory } from '@/lib/events/memory';
import { EventDateBlock } from './EventDateBlock';
import { EventStatusMark } from './EventStatusMark';
import { ui } from '@/lib/messages/interface';
import { CardTitle } from './CardTitle';
import { EventDates } from './DateText';

type EventListItemProps = {
  event: SiteEvent;
  now: number;
  heading: 'h2' | 'h3' | 'h4';
  /** Under a "past events" heading, "Passé" on every item says nothing: only cancelled or postponed show. */
  quietWhenPast?: boolean;
  /** A past event's memory: the card says whether it has a recap, videos, slides. */
  memory?: EventMemory;
};

/** An event in a list: date block, status, title, city and length, a line of summary. */
export function EventListItem({ event, now, heading: Heading, quietWhenPast = false, memory }: EventListItemProps) {
  const upcoming = isUpcoming(event, now);
  const mark = !(quietWhenPast && !upcoming && event.status === 'scheduled');
  const days = dayCount(event.start, event.end);
  const place = event.venue?.city ?? ui().home.online;
  const words = ui().event;
  const { cfp } = openCalls(event, now);
  return (
    <article className="event-item group relative flex gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-shadow hover:shadow-md sm:gap-5 sm:p-5 dark:border-slate-700 dark:bg-navy-900">
      <EventDateBlock start={event.start} end={event.end} />
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          {mark ? <EventStatusMark event={event} upcoming={upcoming} /> : null}
          {/* The separators sit at the end of an item, so a wrapped line never starts with one. */}
          {[
            <span key="place" className="font-medium text-slate-800 dark:text-slate-200">
              {place}
            </span>,
            event.venue && event.online ? <span key="hybrid">{words.hybrid}</span> : null,
            days > 1 ? (
              <span key="days">
                {days}
                {'\u00a0'}
                {words.days}
              </span>
            ) : null,
          ]
            .filter(Boolean)
            .map((item, index, items) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once at build time; the same text may repeat
              <span key={index}>
                {item}
                {index < items.length - 1 ? <span aria-hidden="true">{'\u00a0·'}</span> : null}
              </span>
            ))}
        </p>
        <CardTitle
          as={Heading}
          href={event.url}
          className="m-0 text-lg font-bold leading-snug text-navy-900 sm:text-xl dark:text-white"
          linkClassName="no-underline after:absolute after:inset-0 group-hover:text-coral-700 dark:group-hover:text-coral-300"
        >
          {event.title}
        </CardTitle>
        <p className="m-0 text-sm text-slate-700 dark:text-slate-300">
          <EventDates start={event.start} end={event.end} />
        </p>
        {event.summary ? <p className="m-0 line-clamp-2 text-slate-700 dark:text-slate-300">{event.summary}</p> : null}
        {memory ? <MemoryMarks memory={memory} /> : null}
        {cfp?.until ? (
          <p className="event-cfp relative z-10 m-0 text-sm font-semibold text-coral-700 dark:text-coral-300">
            <a href={cfp.url} className="underline underline-offset-2">
              {words.cfpUntil}
              {cfp.until}
              <span className="sr-only">
                {words.proposeFor}
                {event.title}
              </span>
            </a>
          </p>
        ) : null}
      </div>
    </article>
  );
}

/** « Compte rendu · 8 vidéos · Slides »: what a past event left, in words. */
function MemoryMarks({ memory }: { memory: EventMemory }) {
  const words = ui().event;
  const marks = [
    memory.recaps.length ? words.recapCount(memory.recaps.length) : '',
    memory.videos.length ? words.videoCount(memory.videos.length) : '',
    memory.slides.length ? words.slides : '',
  ].filter(Boolean);
  if (!marks.length) return null;
  return (
    <p className="event-memory-marks m-0 flex flex-wrap gap-2 text-xs font-semibold">
      {marks.map((mark) => (
        <span
          key={mark}
          className="rounded-full border border-slate-300 px-2.5 py-0.5 text-slate-700 dark:border-slate-600 dark:text-slate-300"
        >
          {mark}
        </span>
      ))}
    </p>
  );
}
