import { formatFrenchDate } from '@/lib/dates';
import type { EventMemory } from '@/lib/events/memory';
import { capitalize, formatDateRange } from '@/lib/events/when';
import { PAGE_IDS } from '@/lib/page-ids';
import { withBase } from '@/lib/urls';
import { Picture } from './Picture';
import { ui } from '@/lib/messages/interface';

const link = 'font-semibold text-coral-700 underline underline-offset-4 dark:text-coral-300';

/** The latest memory on the home page: the last event, its recap, its videos and slides. */
export function HomeMemory({ memory }: { memory: EventMemory }) {
  const { event, videos, slides } = memory;
  const recap = memory.recaps[0];
  const image = recap?.image ?? memory.photo;
  const memoryUrl = withBase(`${event.url}#${PAGE_IDS.memory}`);
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
            <a
              href={withBase(event.url)}
              className="font-semibold text-navy-900 underline underline-offset-4 dark:text-white"
            >
              {event.title}
            </a>
            {' · '}
            <time dateTime={event.start.iso}>{capitalize(formatDateRange(event.start, event.end))}</time>
            {event.venue ? ` · ${event.venue.city}` : ''}
          </p>
          {recap ? (
            <>
              <h3 className="m-0 mt-2 text-xl font-bold leading-snug text-navy-900 dark:text-white">
                <a
                  href={withBase(recap.url)}
                  className="home-recap no-underline hover:text-coral-700 dark:hover:text-coral-300"
                >
                  {recap.title}
                </a>
              </h3>
              <p className="m-0 mt-1 text-sm text-slate-600 dark:text-slate-400">
                {ui().events.recapOf}
                <time dateTime={recap.date.iso}>{formatFrenchDate(recap.date)}</time>
              </p>
              {recap.summary ? (
                <p className="m-0 mt-2 line-clamp-3 text-slate-700 dark:text-slate-300">{recap.summary}</p>
              ) : null}
            </>
          ) : (
            <h3 className="m-0 mt-2 text-xl font-bold leading-snug text-navy-900 dark:text-white">
              <a href={memoryUrl} className="no-underline hover:text-coral-700 dark:hover:text-coral-300">
                {ui().events.relive}
              </a>
            </h3>
          )}
          {videos.length || slides.length ? (
            <p className="m-0 mt-3 flex flex-wrap gap-x-5 gap-y-1">
              {videos.length ? (
                <a href={memoryUrl} className={`${link} inline-block py-1`}>
                  {ui().events.videos(videos.length)}
                </a>
              ) : null}
              {slides.length ? (
                <a href={memoryUrl} className={`${link} inline-block py-1`}>
                  {ui().events.slides(slides.length)}
                </a>
              ) : null}
            </p>
          ) : null}
        </div>
      </article>
    </section>
  );
}
