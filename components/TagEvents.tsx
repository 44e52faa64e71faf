import { getArchive, getContent, getRecapsOf } from '@/lib/content';
import { eventMemory } from '@/lib/events/memory';
import { splitEvents } from '@/lib/events/timeline';
import { sitePaths } from '@/lib/urls';
import { EventListItem } from './EventListItem';
import { ui } from '@/lib/messages/interface';
import { CardTitle } from './CardTitle';

/**
 * A tag's events and talks (Meetups, Summer Camp): the menu leads visitors to these tag
 * pages, which must then show what happened and what comes, not only articles.
 */
export function TagEvents({ tag, title }: { tag: string; title: string }) {
  const { upcoming, past, talks, builtAt } = tagEvents(tag);
  if (!upcoming.length && !past.length && !talks) return null;
  return (
    <section aria-labelledby="evenements-du-theme" className="tag-events mb-12 max-w-4xl">
      <h2 id="evenements-du-theme" className="mb-4 text-2xl font-bold text-navy-900 dark:text-white">
        {ui().pages.events}
      </h2>
      {talks ? (
        <CardTitle
          as="p"
          href={sitePaths.talksByTopic(tag)}
          className="mb-4"
          linkClassName="tag-talks inline-block py-1 font-semibold text-coral-700 underline underline-offset-2 dark:text-coral-300"
        >
          {ui().events.tagTalks(talks, title)}
        </CardTitle>
      ) : null}
      <ol className="m-0 list-none space-y-4 p-0">
        {upcoming.map((event) => (
          <li key={event.slug}>
            <EventListItem event={event} now={builtAt} heading="h3" />
          </li>
        ))}
        {past.map((event) => (
          <li key={event.slug}>
            <EventListItem
              event={event}
              now={builtAt}
              heading="h3"
              memory={eventMemory(event, getRecapsOf(event.slug))}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The tag's events, upcoming soonest first then past newest first, and how many talks it has. */
export function tagEvents(tag: string) {
  const { events, builtAt } = getContent();
  const { upcoming, pastByYear } = splitEvents(
    events.filter((e) => e.tags.includes(tag)),
    builtAt,
  );
  const talks = getArchive().topics.find((t) => t.tag === tag)?.talks.length ?? 0;
  return { upcoming, past: pastByYear.flatMap((y) => y.events), talks, builtAt };
}

export const hasTagEvents = (tag: string) => {
  const { upcoming, past, talks } = tagEvents(tag);
  return upcoming.length + past.length + talks > 0;
};
