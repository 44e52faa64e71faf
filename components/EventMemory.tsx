import type { Speaker } from '@/lib/content/types';
import type { EventMemory as Memory } from '@/lib/events/memory';
import { frenchList } from '@/lib/events/when';
import { PAGE_IDS } from '@/lib/page-ids';
import { Picture } from './Picture';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';
import { PostDateLine } from './PostDateLine';

const h3 = 'mb-3 mt-8 text-lg font-bold text-navy-900 dark:text-white';

/**
 * A past event's memory, first thing under its title: the recaps, the recorded talks with a
 * poster (the event's own photo: no image from another site), the slides.
 */
export function EventMemory({ memory, speakers }: { memory: Memory; speakers: Map<string, Speaker> }) {
  const { recaps, videos, slides, photo } = memory;
  return (
    <section aria-labelledby={PAGE_IDS.memory} data-pagefind-ignore className="event-memory not-prose my-10">
      <h2 id={PAGE_IDS.memory} className="m-0 text-2xl font-bold text-navy-900 dark:text-white">
        {ui().events.relive}
      </h2>
      {recaps.length ? (
        <>
          <h3 id={PAGE_IDS.recaps} className={h3}>
            {ui().events.recaps(recaps.length)}
          </h3>
          <ul className="event-recaps m-0 grid list-none gap-4 p-0">
            {recaps.map((post) => (
              <li
                key={post.slug}
                className="group relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white sm:flex-row dark:border-slate-700 dark:bg-navy-900"
              >
                {post.image ? (
                  <Picture
                    src={post.image}
                    alt=""
                    crop="card"
                    sizes="(min-width: 640px) 260px, calc(100vw - 32px)"
                    className="block aspect-[16/9] shrink-0 overflow-hidden bg-navy-900 sm:w-64 sm:self-center"
                    imgClassName="h-full w-full object-cover"
                  />
                ) : null}
                <div className="p-4">
                  <SiteLink
                    href={post.url}
                    className="text-lg font-semibold text-navy-900 underline decoration-coral-500 underline-offset-4 after:absolute after:inset-0 group-hover:text-coral-700 dark:text-white dark:group-hover:text-coral-300"
                  >
                    {post.title}
                  </SiteLink>
                  <PostDateLine post={post} />
                  {post.summary ? (
                    <p className="m-0 mt-2 line-clamp-2 text-slate-700 dark:text-slate-300">{post.summary}</p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {videos.length ? (
        <>
          <h3 className={h3}>{ui().events.videos(videos.length)}</h3>
          <ul className="event-videos m-0 grid list-none gap-4 p-0 sm:grid-cols-2">
            {videos.map((video) => (
              <li key={video.url}>
                <a
                  href={video.url}
                  className="video-card group block overflow-hidden rounded-xl border border-slate-200 bg-white no-underline hover:border-coral-700 dark:border-slate-700 dark:bg-navy-900 dark:hover:border-coral-300"
                >
                  <span className="relative block aspect-[16/9] overflow-hidden bg-navy-900">
                    {photo ? (
                      <Picture
                        src={photo}
                        alt=""
                        crop="card"
                        sizes="(min-width: 640px) 340px, calc(100vw - 32px)"
                        className="block h-full w-full opacity-60"
                        imgClassName="h-full w-full object-cover"
                      />
                    ) : null}
                    <span aria-hidden="true" className="absolute inset-0 grid place-items-center">
                      <span className="grid h-12 w-16 place-items-center rounded-xl bg-coral-500 shadow-lg group-hover:bg-coral-700">
                        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="white">
                          <path d="M8 5v14l11-7z" />
                        </svg>
                      </span>
                    </span>
                  </span>
                  <span className="block p-3">
                    <span lang={video.lang} className="block font-semibold leading-snug text-navy-900 dark:text-white">
                      {video.title}
                    </span>
                    {video.speakers.length ? (
                      <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
                        {frenchList(video.speakers.map((key) => speakers.get(key)?.name ?? key))}
                      </span>
                    ) : null}
                    <span className="mt-1 block text-sm font-medium text-coral-700 dark:text-coral-300">
                      {ui().events.watchOnYouTube}
                    </span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {slides.length ? (
        <>
          <h3 className={h3}>{ui().events.slides(1)}</h3>
          <ul className="event-slides m-0 list-none space-y-1 p-0">
            {slides.map((item) => (
              <li key={item.href}>
                <SiteLink
                  href={item.href}
                  className="inline-block py-1 font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
                >
                  <span lang={item.lang}>{item.title}</span>
                  {item.href.endsWith('.pdf') ? ' (PDF)' : ''}
                </SiteLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
