import type { Post, SiteEvent } from '@/lib/content/types';
import { formatFrenchDate } from '@/lib/dates';
import { capitalize, formatDateRange, formatTimeRange } from '@/lib/events/when';
import { sitePaths, withBase } from '@/lib/urls';
import { EventDateBlock } from './EventDateBlock';
import { Picture } from './Picture';

type HomeEventProps = { event: SiteEvent; upcoming: boolean; recap?: Post };

const button = 'inline-flex items-center gap-1 rounded-lg px-4 py-2 font-semibold no-underline';

/** The next event, or the last one with its recap, as the home page's second block. */
export function HomeEvent({ event, upcoming, recap }: HomeEventProps) {
  const place = event.venue ? event.venue.city : 'En ligne';
  return (
    <section aria-labelledby="home-event" className="home-event mx-auto max-w-6xl px-4 pt-10 md:px-6">
      <h2
        id="home-event"
        className="mb-4 mt-0 text-sm font-semibold uppercase tracking-[0.18em] text-slate-600 dark:text-slate-400"
      >
        {upcoming ? 'Prochain rendez-vous' : 'Dernier rendez-vous'}
      </h2>
      <div className={`grid items-start gap-4 ${recap ? 'lg:grid-cols-[3fr_2fr]' : ''}`}>
        <article className="flex gap-4 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:gap-6 sm:p-6 dark:border-slate-700 dark:bg-navy-900">
          <EventDateBlock start={event.start} end={event.end} />
          <div className="min-w-0 flex-1">
            <h3 className="m-0 text-xl font-bold leading-snug text-navy-900 sm:text-2xl dark:text-white">
              {event.title}
            </h3>
            <p className="m-0 mt-1 text-slate-700 dark:text-slate-300">
              <time dateTime={event.start.iso}>{capitalize(formatDateRange(event.start, event.end))}</time>
              {event.end ? null : <>, {formatTimeRange(event.start, event.end)}</>}
              <span className="whitespace-nowrap">
                {'\u00a0· '}
                {place}
              </span>
            </p>
            {event.summary ? <p className="m-0 mt-3 text-slate-700 dark:text-slate-300">{event.summary}</p> : null}
            <p className="m-0 mt-4 flex flex-wrap gap-3">
              <a
                href={withBase(event.url)}
                className={`${button} bg-coral-700 text-white hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950 dark:hover:bg-white`}
              >
                {upcoming ? 'Programme et inscription' : 'Le programme'}
                <span className="sr-only">{`\u00a0: ${event.title}`}</span>
              </a>
              <a
                href={withBase(sitePaths.events())}
                className={`${button} text-coral-700 underline underline-offset-4 dark:text-coral-300`}
              >
                Tous les événements
              </a>
            </p>
          </div>
        </article>
        {recap ? (
          <article className="home-recap group relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white dark:border-slate-700 dark:bg-navy-900">
            {recap.image ? (
              <Picture
                src={recap.image}
                alt=""
                crop="card"
                sizes="(min-width: 1024px) 440px, calc(100vw - 32px)"
                className="block aspect-[16/9] overflow-hidden bg-navy-900 lg:aspect-[21/9]"
                imgClassName="h-full w-full object-cover"
              />
            ) : null}
            <div className="p-5">
              <p className="m-0 text-xs font-semibold uppercase tracking-[0.15em] text-coral-700 dark:text-coral-300">
                Compte rendu
              </p>
              <h3 className="m-0 mt-1 text-lg font-bold leading-snug text-navy-900 dark:text-white">
                <a
                  href={withBase(recap.url)}
                  className="no-underline after:absolute after:inset-0 group-hover:text-coral-700 dark:group-hover:text-coral-300"
                >
                  {recap.title}
                </a>
              </h3>
              <p className="m-0 mt-1 text-sm text-slate-600 dark:text-slate-400">
                <time dateTime={recap.date.iso}>{formatFrenchDate(recap.date)}</time>
              </p>
              {recap.summary ? (
                <p className="m-0 mt-2 line-clamp-3 text-slate-700 dark:text-slate-300">{recap.summary}</p>
              ) : null}
            </div>
          </article>
        ) : null}
      </div>
    </section>
  );
}
