import { SiteFrame } from '@/components/SiteFrame';
import { HomeEvent } from '@/components/HomeEvent';
import { HomeMemory } from '@/components/HomeMemory';
import { eventMemory } from '@/lib/events/memory';
import { HomeHero } from '@/components/HomeHero';
import { JsonLd } from '@/components/JsonLd';
import { OpenCallsBanner } from '@/components/OpenCallsBanner';
import { PostList } from '@/components/PostList';
import { getAllPosts, getContent, getRecapsOf } from '@/lib/content';
import { openCallsForTalks } from '@/lib/community/calls';
import { getEventTimeline, homeEvents } from '@/lib/events/timeline';
import { pageMetadata } from '@/lib/seo';
import { organization, website } from '@/lib/structured-data';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from '@/components/SiteLink';

export const metadata = pageMetadata({ path: '/' });

/** How many of the latest posts the home page shows; the rest are one link away. */
const LATEST = 6;

function HomePage() {
  const posts = getAllPosts();
  const { next, last } = homeEvents(getEventTimeline(), getRecapsOf);
  const memory = last ? eventMemory(last, getRecapsOf(last.slug)) : undefined;
  const { events, builtAt, tags } = getContent();
  // The memory block tells an event's story; the list stays the site's latest posts, its recap included.
  const latest = posts.slice(0, LATEST);
  const link = 'font-semibold text-coral-700 underline underline-offset-4 dark:text-coral-300';
  return (
    <>
      <JsonLd data={[organization(), website()]} />
      <HomeHero />
      <OpenCallsBanner open={openCallsForTalks(events, builtAt)} />
      <HomeEvent next={next} />
      {memory ? <HomeMemory memory={memory} /> : null}
      <section aria-labelledby="latest" className="mx-auto max-w-6xl px-4 py-10 md:px-6">
        <h2
          id="latest"
          className="mb-6 mt-0 text-sm font-semibold uppercase tracking-[0.18em] text-slate-600 dark:text-slate-400"
        >
          {ui().home.latestPosts}
        </h2>
        <PostList
          posts={latest}
          siteTags={tags}
          page={1}
          pages={1}
          href={sitePaths.home}
          eagerFirst={false}
          heading="h3"
        />
        <p className="m-0 mt-8 flex flex-wrap gap-x-6 gap-y-2">
          <SiteLink href={sitePaths.posts()} className={link}>
            {ui().lists.allPosts}
            {posts.length})
          </SiteLink>
          <SiteLink href={sitePaths.events()} className={link}>
            {ui().home.allEvents}
          </SiteLink>
        </p>
      </section>
    </>
  );
}

/** The home page is no section of the menu. */
export default function Page() {
  return (
    <SiteFrame path={sitePaths.home()}>
      <HomePage />
    </SiteFrame>
  );
}
