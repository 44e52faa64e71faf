import { EventListItem } from '@/components/EventListItem';
import { PageHeading } from '@/components/PageHeading';
import { getRecapsOf } from '@/lib/content';
import { eventMemory } from '@/lib/events/memory';
import { getEventTimeline } from '@/lib/events/timeline';
import { ui } from '@/lib/messages/interface';
import { siteConfig } from '@/lib/site-config';
import { pageMetadata } from '@/lib/seo';
import { sitePaths, webcalUrl, withBase } from '@/lib/urls';

export const metadata = pageMetadata({
  title: ui().pages.events,
  description: siteConfig.intros.events,
  path: sitePaths.events(),
});

export default function EventsPage() {
  const { upcoming, pastByYear, builtAt } = getEventTimeline();
  const subscribe = webcalUrl(sitePaths.calendar());
  const words = ui().eventsPage;
  return (
    <div className="mx-grid max-w-4xl px-4 py-10 md:px-6">
      <PageHeading title={ui().pages.events}>
        <p className="m-0">{siteConfig.intros.eventsPage ?? ui().eventsPageIntro}</p>
      </PageHeading>
      {/* Each box is its link: the whole box is the target, not a 16 px line inside it. */}
      <ul className="-mt-4 mb-10 grid list-none gap-3 p-0 text-sm sm:grid-cols-3">
        {[
          {
            href: subscribe,
            label: words.subscribe,
            detail: words.subscribeDetail,
          },
          {
            href: withBase(sitePaths.calendar()),
            type: 'text/calendar',
            label: words.download,
            detail: words.downloadDetail,
          },
          {
            href: withBase(sitePaths.proposeTalk()),
            label: ui().home.proposeTalk,
            detail: words.proposeDetail,
          },
        ].map((box) => (
          <li key={box.href} className="m-0">
            <a
              href={box.href}
              type={box.type}
              className="block h-full rounded-lg border border-slate-200 p-3 no-underline hover:border-coral-700 dark:border-slate-700 dark:hover:border-coral-300"
            >
              <span className="font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300">
                {box.label}
              </span>
              <span className="mt-1 block text-slate-600 dark:text-slate-400">{box.detail}</span>
            </a>
          </li>
        ))}
      </ul>

      <section aria-labelledby="a-venir" className="mb-12">
        <h2 id="a-venir" className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">
          {words.upcoming}
        </h2>
        {upcoming.length ? (
          <ol className="m-0 list-none space-y-4 p-0">
            {upcoming.map((event) => (
              <li key={event.slug}>
                <EventListItem event={event} now={builtAt} heading="h3" />
              </li>
            ))}
          </ol>
        ) : (
          <p className="m-0 rounded-xl border border-dashed border-slate-300 p-5 text-slate-700 dark:border-slate-600 dark:text-slate-300">
            {words.noDate}{' '}
            <a
              href={siteConfig.social.find((s) => s.icon === 'meetup')!.href}
              className="text-coral-700 underline dark:text-coral-300"
            >
              Meetup
            </a>{' '}
            {words.noDateAfter}
          </p>
        )}
      </section>

      {pastByYear.length ? (
        <section aria-labelledby="passes">
          <h2 id="passes" className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">
            {words.past}
          </h2>
          {pastByYear.map(({ year, events }) => (
            <section key={year} aria-labelledby={`annee-${year}`} className="mb-8">
              <h3
                id={`annee-${year}`}
                className="mb-3 text-sm font-semibold uppercase tracking-[0.15em] text-slate-600 dark:text-slate-400"
              >
                {year}
              </h3>
              <ol className="m-0 list-none space-y-4 p-0">
                {events.map((event) => (
                  <li key={event.slug}>
                    <EventListItem
                      event={event}
                      now={builtAt}
                      heading="h4"
                      quietWhenPast
                      memory={eventMemory(event, getRecapsOf(event.slug))}
                    />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      ) : null}
    </div>
  );
}
