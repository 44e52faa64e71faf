import type { EventMemory } from '@/lib/events/memory';
import { PAGE_IDS } from '@/lib/page-ids';
import { Picture } from './Picture';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';
import { CardTitle } from './CardTitle';
import { DayDate, EventDates } from './DateText';

const link = 'font-semibold text-coral-700 underline underline-offset-4 dark:text-coral-300';

/** The latest memory on the home page: the last event, its recap, its videos and slides. */
export function HomeMemory({ memory }: { memory: EventMemory }) {
  const { event, videos, slides } = memory;
  const recap = memory.recaps[0];
  const image = recap?.image ?? memory.photo;
  const memoryUrl = `${event.url}#${PAGE_IDS.memory}`;
  return (
    <section aria-labelledby="home-memory" className="home-memory mx-auto max-w-6xl px-4 pt-10 md:px-6">
      <h2
        id="home-memory"
        className="mb-4 mt-0 text-sm font-semibold uppercase tracking-[0.18em] text-slate-600 dark:text-slate-400"
      >
        Dernier souvenir
      </h2>
      <article className="group relative grid overflow-hidden rounded-xl border border-slate-200 bg-white sm:grid-cols-[2fr_3fr] dark:border-slate-700 dark:bg-navy-900">
        {image ? (
          <Picture
            src={image}
            alt=""
            crop="card"
            sizes="(min-width: 1152px) 440px, (min-width: 640px) 40vw, calc(100vw - 32px)"
            className="block aspect-[16/9] overflow-hidden bg-navy-900 sm:self-center"
            imgClassName="h-full w-full object-cover"
          />
        ) : null}
        <div className="p-5 sm:p-6">
          <p className="m-0 text-sm text-slate-600 dark:text-slate-400">
            <SiteLink
              href={event.url}
              className="font-semibold text-navy-900 underline underline-offset-4 dark:text-white"
            >
              {event.title}
            </SiteLink>
            {' · '}
            <EventDates start={event.start} end={event.end} />
            {event.venue ? ` · ${event.venue.city}` : ''}
          </p>
          {recap ? (
            <>
              <CardTitle
                as="h3"
                href={recap.url}
                className="m-0 mt-2 text-xl font-bold leading-snug text-navy-900 dark:text-white"
                linkClassName="home-recap no-underline hover:text-coral-700 dark:hover:text-coral-300"
              >
                {recap.title}
              </CardTitle>
              <p className="m-0 mt-1 text-sm text-slate-600 dark:text-slate-400">
                {ui().events.recapOf}
                <DayDate date={recap.date} />
              </p>
              {recap.summary ? (
                <p className="m-0 mt-2 line-clamp-3 text-slate-700 dark:text-slate-300">{recap.summary}</p>
              ) : null}
            </>
          ) : (
            <CardTitle
              as="h3"
              href={memoryUrl}
              className="m-0 mt-2 text-xl font-bold leading-snug text-navy-900 dark:text-white"
              linkClassName="no-underline hover:text-coral-700 dark:hover:text-coral-300"
            >
              {ui().events.relive}
            </CardTitle>
          )}
          {videos.length || slides.length ? (
            <p className="m-0 mt-3 flex flex-wrap gap-x-5 gap-y-1">
              {videos.length ? (
                <SiteLink href={memoryUrl} className={`${link} inline-block py-1`}>
                  {ui().events.videos(videos.length)}
                </SiteLink>
              ) : null}
              {slides.length ? (
                <SiteLink href={memoryUrl} className={`${link} inline-block py-1`}>
                  {ui().events.slides(slides.length)}
                </SiteLink>
              ) : null}
            </p>
          ) : null}
        </div>
      </article>
    </section>
  );
}
