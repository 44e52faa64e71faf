import { siteConfig } from '@/lib/site-config';
import { notFound } from 'next/navigation';
import { EventDateBlock } from '@/components/EventDateBlock';
import { EventFacts } from '@/components/EventFacts';
import { EventMemory } from '@/components/EventMemory';
import { eventMemory, hasMemory } from '@/lib/events/memory';
import { EventRecaps } from '@/components/EventRecaps';
import { EventSchedule } from '@/components/EventSchedule';
import { EventStatusMark } from '@/components/EventStatusMark';
import { HeroImage } from '@/components/HeroImage';
import { JsonLd } from '@/components/JsonLd';
import { PartnerCredits } from '@/components/PartnerCredits';
import { ProposeTalkLink } from '@/components/ProposeTalkLink';
import { SearchMeta } from '@/components/SearchMeta';
import { TagList } from '@/components/TagList';
import { getAllEvents, getContent, getEventBySlug, getRecapsOf } from '@/lib/content';
import { eventJsonLd } from '@/lib/community/event-json-ld';
import { isUpcoming } from '@/lib/events/timeline';
import { capitalize, formatDateRange } from '@/lib/events/when';
import { eventBody } from '@/lib/content/mdx-bodies';
import { MdxBody } from '@/lib/mdx/body-html';
import { pageMetadata } from '@/lib/seo';
import { EventCalls } from '@/components/EventCalls';
import { openCalls } from '@/lib/community/calls';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { pagesOrPlaceholder } from '@/lib/static-params';
import { SiteLink } from '@/components/SiteLink';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOrPlaceholder(
    getAllEvents().map((event) => ({ slug: event.slug })),
    ['slug'],
  );
}

export async function generateMetadata({ params }: Props) {
  const event = getEventBySlug((await params).slug);
  if (!event) return {};
  return pageMetadata({
    title: event.title,
    description: event.summary,
    path: event.url,
    image: event.image,
    card: sitePaths.shareCard('event', event.slug),
  });
}

export default async function EventPage({ params }: Props) {
  const event = getEventBySlug((await params).slug);
  if (!event) notFound();
  const { partners, speakers, builtAt, tags } = getContent();
  const upcoming = isUpcoming(event, builtAt);
  const calls = openCalls(event, builtAt);
  const recaps = getRecapsOf(event.slug);
  // Once over, an event leads with what stays of it; the recaps then live in that block.
  const memory = upcoming ? undefined : eventMemory(event, recaps);
  const showMemory = memory && hasMemory(memory) ? memory : undefined;
  return (
    <article className="pb-8" data-pagefind-body>
      <SearchMeta date={capitalize(formatDateRange(event.start, event.end))} image={event.image} />
      <JsonLd data={eventJsonLd(event, { speakers, partners })} />
      <HeroImage banners={event.banners} />
      <div className="mx-grid max-w-3xl px-4 md:px-6">
        <header className="mt-8 flex items-start gap-4 md:mt-12 md:gap-6">
          <EventDateBlock start={event.start} end={event.end} />
          <div className="min-w-0">
            <EventStatusMark event={event} upcoming={upcoming} />
            <h1
              data-pagefind-weight="10"
              className="m-0 mt-2 text-2xl font-extrabold leading-tight tracking-tight break-words text-navy-900 min-[360px]:text-3xl md:text-[2.6rem] dark:text-white"
            >
              {event.title}
            </h1>
            {event.venue ? (
              // The city is what visitors search an event by: it weighs like its title.
              <p data-pagefind-weight="10" className="m-0 mt-2 text-lg text-slate-700 dark:text-slate-300">
                {event.venue.city}
              </p>
            ) : null}
          </div>
        </header>
        <EventCalls calls={calls} title={event.title} />
        {showMemory ? <EventMemory memory={showMemory} speakers={speakers} /> : null}
        {/* Registration, while open, is the call above: it is not repeated among the facts. */}
        <EventFacts event={event} speakers={speakers} upcoming={upcoming} />
        {event.source.trim() ? <MdxBody {...eventBody(event, partners)} className="prose prose-site" /> : null}
        <EventSchedule sessions={event.sessions} speakers={speakers} />
        {!event.bareComponents.has('PartnerCredits') ? (
          <PartnerCredits partners={event.partners} registry={partners} compact />
        ) : null}
        {event.partners.length ? (
          <p className="not-prose -mt-4 mb-10 text-sm">
            <SiteLink
              href={sitePaths.partners()}
              className="font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
            >
              {ui().allPartners(siteConfig.title)}
            </SiteLink>
          </p>
        ) : null}
        {showMemory ? null : <EventRecaps posts={recaps} />}
        {calls.cfp ? null : <ProposeTalkLink />}
        <TagList tags={event.tags} siteTags={tags} />
      </div>
    </article>
  );
}
