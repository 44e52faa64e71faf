import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { PageHeading } from '@/components/PageHeading';
import { RedirectPage } from '@/components/RedirectPage';
import { renderMdx } from '@/lib/mdx/render';
import { SearchMeta } from '@/components/SearchMeta';
import { getContent } from '@/lib/content';
import { formatFrenchDate } from '@/lib/dates';
import { getJobOffer, getJobOffers, getOpenJobOffers } from '@/lib/jobs';
import { jobPostingJsonLd } from '@/lib/jobs/json-ld';
import { boardPath, hasBoardPage, jobPaths } from '@/lib/jobs/paths';
import { ui } from '@/lib/messages/interface';
import { pageMetadata } from '@/lib/seo';
import { JobBoard } from '../JobBoard';
import { JobDate, JobFacts } from '../JobFacts';
import { SiteLink } from '@/components/SiteLink';

/**
 * /jobs/ and each offer's /jobs/<name>/ in one route: with no offer yet, a route of offers
 * alone would have no page, which a static export refuses; /jobs/ is always there. It sends
 * visitors to the board page (content/page/job-board.mdx), or is the board when there is none.
 */
type Props = { params: Promise<{ slug?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ slug: [] }, ...getJobOffers().map((offer) => ({ slug: [offer.slug] }))];
}

const offerOf = async (params: Props['params']) => {
  const { slug = [] } = await params;
  return slug.length === 1 ? getJobOffer(slug[0]) : undefined;
};

export async function generateMetadata({ params }: Props) {
  if (!(await params).slug?.length) {
    if (hasBoardPage(getContent())) return pageMetadata({ path: jobPaths.board(), noindex: true });
    return pageMetadata({ title: ui().jobs.title, description: ui().jobs.boardIntro, path: jobPaths.list() });
  }
  const offer = await offerOf(params);
  if (!offer) return {};
  return pageMetadata({
    title: ui().jobs.offerTitle(offer.title, offer.company),
    description: offer.summary,
    path: offer.url,
  });
}

/** One offer: what and where, its description, and the way to the offer itself. Closed, it says so. */
export default async function JobPage({ params }: Props) {
  // /jobs/, the folder of the offers' pages, sends visitors to the board.
  if (!(await params).slug?.length) {
    return hasBoardPage(getContent()) ? <RedirectPage to={jobPaths.board()} /> : <BoardOfItsOwn />;
  }
  const offer = await offerOf(params);
  if (!offer) notFound();
  const { partners, builtAt } = getContent();
  // Past its last day the page stays (a shared link keeps working) and says the offer is closed.
  const open = builtAt <= offer.closes;
  const body = await renderMdx(offer, { document: { resources: [], partners: [] }, partners });
  return (
    <article className="pb-12" data-pagefind-body>
      <SearchMeta date={formatFrenchDate(offer.date)} />
      {/* Closed, it keeps its data: validThrough, in the past, tells search engines it is over. */}
      <JsonLd data={jobPostingJsonLd(offer)} />
      <div className="mx-grid max-w-[68ch] px-4 md:box-content md:px-6">
        <header className="mb-8 mt-8 flex flex-col gap-3 md:mt-12">
          <JobFacts offer={offer} />
          <h1
            data-pagefind-weight="10"
            className="m-0 text-3xl font-extrabold leading-tight tracking-tight text-navy-900 md:text-[2.6rem] dark:text-white"
          >
            {offer.title}
          </h1>
          <p className="m-0 text-sm text-slate-600 dark:text-slate-400">
            <JobDate offer={offer} />
            {open ? (
              <>
                {ui().jobs.openUntil}
                <time dateTime={offer.until.iso.slice(0, 10)}>{formatFrenchDate(offer.until)}</time>
              </>
            ) : null}
          </p>
          {open ? null : (
            <p className="job-closed m-0 rounded-lg border border-slate-300 bg-slate-100 p-3 font-semibold text-slate-800 dark:border-slate-600 dark:bg-navy-800 dark:text-slate-200">
              {ui().jobs.closedSince}
              {formatFrenchDate(offer.until)}.
            </p>
          )}
        </header>
        {offer.source.trim() ? <div className="prose prose-site">{body}</div> : null}
        <p className="mt-8 flex flex-wrap gap-x-6 gap-y-3">
          {open ? (
            <a
              href={offer.applyUrl}
              className="job-apply inline-flex items-center rounded-lg bg-coral-700 px-5 py-3 font-semibold text-white no-underline hover:bg-coral-800 dark:bg-coral-300 dark:text-navy-950 dark:hover:bg-white"
            >
              {ui().jobs.applyAt}
              {offer.company}
            </a>
          ) : null}
          <SiteLink
            href={boardPath(getContent())}
            className="py-3 font-medium text-coral-700 underline underline-offset-2 dark:text-coral-300"
          >
            {ui().jobs.all}
          </SiteLink>
        </p>
      </div>
    </article>
  );
}

/** /jobs/ on a site without a board page: the open offers under the page's title. */
function BoardOfItsOwn() {
  return (
    <div className="py-10" data-pagefind-body>
      <div className="mx-grid max-w-[68ch] px-4 md:box-content md:px-6">
        <PageHeading title={ui().jobs.title}>
          <p className="m-0">{ui().jobs.boardIntro}</p>
        </PageHeading>
      </div>
      <JobBoard offers={getOpenJobOffers()} />
    </div>
  );
}
