import type { Document, SiteContent, SiteEvent } from '@/lib/content/types';
import { tableOfContents } from '@/lib/content/toc';
import { isUpcoming } from '@/lib/events/timeline';
import { documentBody } from '@/lib/content/mdx-bodies';
import { MdxBody } from '@/lib/mdx/body-html';
import { HeroImage } from './HeroImage';
import { PartnerCredits } from './PartnerCredits';
import { PostEventCard } from './PostEventCard';
import { PostMeta } from './PostMeta';
import { ResourceLinks } from './ResourceLinks';
import { SearchMeta } from './SearchMeta';
import { formatFrenchDate } from '@/lib/dates';
import { TableOfContents } from './TableOfContents';

/**
 * A post or a page: hero, title block, table of contents if long, the MDX body, then the
 * front matter's resources and partners unless the body already placed them.
 * data-pagefind-body marks what the search index reads; data-feed-body is the text the
 * feeds copy from the exported page (scripts/build-steps/export/feeds.ts).
 */
type DocumentViewProps = {
  document: Document;
  /** The event named by the front matter's `event:`. */
  event?: SiteEvent;
  /** What the page draws from the rest of the site: partner records, tag titles, the build's time. */
  site: Pick<SiteContent, 'partners' | 'tags' | 'builtAt'>;
};

export function DocumentView({ document, event, site }: DocumentViewProps) {
  const { partners, builtAt } = site;
  if (document.event && !event) throw new Error(`event "${document.event}" is not in content/events/`);
  const showResources = document.resources.length > 0 && !document.bareComponents.has('ResourceLinks');
  const showPartners = document.partners.length > 0 && !document.bareComponents.has('PartnerCredits');
  return (
    <article className="pb-4" data-pagefind-body>
      <SearchMeta
        date={document.kind === 'post' && document.date ? formatFrenchDate(document.date) : undefined}
        image={document.image}
      />
      <HeroImage banners={document.banners} />
      <div className="mx-grid max-w-[68ch] px-4 md:box-content md:px-6">
        <header className="mb-8 mt-8 md:mt-12">
          <h1
            data-pagefind-weight="10"
            className="m-0 text-3xl font-extrabold leading-tight tracking-tight text-navy-900 md:text-[2.6rem] dark:text-white"
          >
            {document.title}
          </h1>
          {document.subtitle ? (
            <p className="mb-0 mt-3 text-xl text-slate-700 dark:text-slate-300">{document.subtitle}</p>
          ) : null}
          {document.kind === 'post' ? (
            <div className="mt-5" data-pagefind-ignore>
              <PostMeta
                date={document.date}
                lastmod={document.lastmod}
                readingMinutes={document.readingMinutes}
                tags={document.tags}
                siteTags={site.tags}
              />
            </div>
          ) : null}
        </header>
        {event ? <PostEventCard event={event} upcoming={isUpcoming(event, builtAt)} /> : null}
        <TableOfContents entries={tableOfContents(document)} />
        <div data-feed-body>
          <MdxBody {...documentBody(document, partners)} className="prose prose-site" />
          {showResources ? <ResourceLinks items={document.resources} /> : null}
          {showPartners ? <PartnerCredits partners={document.partners} registry={partners} /> : null}
        </div>
      </div>
    </article>
  );
}
