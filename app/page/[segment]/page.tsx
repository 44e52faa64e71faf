import { notFound } from 'next/navigation';
import { DocumentView } from '@/components/DocumentView';
import { HomeList } from '@/components/HomeList';
import { RedirectPage } from '@/components/RedirectPage';
import {
  getAllPages,
  getAllPosts,
  getAllTags,
  getContent,
  getEventBySlug,
  getPageBySlug,
  laterPageNumbers,
  paginate,
} from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';
import { JobBoard } from '@/app/jobs/JobBoard';
import { getOpenJobOffers } from '@/lib/jobs';
import { jobPaths } from '@/lib/jobs/paths';
import { ui } from '@/lib/messages/interface';

/**
 * /page/<n>/ (home pagination) and /page/<name>/ (standalone pages) share one prefix on
 * the old site; both live here. /page/1/ redirects to /.
 */
type Props = { params: Promise<{ segment: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [
    ...getAllPages().map((p) => ({ segment: p.slug })),
    { segment: '1' },
    ...laterPageNumbers(getAllPosts().length).map((segment) => ({ segment })),
  ];
}

export async function generateMetadata({ params }: Props) {
  const { segment } = await params;
  if (segment === '1') return pageMetadata({ path: '/', noindex: true });
  const page = getPageBySlug(segment);
  if (page) {
    return pageMetadata({ title: page.title, description: page.summary, path: page.url, image: page.image });
  }
  return pageMetadata({ title: ui().posts.page(segment), path: sitePaths.home(Number(segment)) });
}

export default async function SegmentPage({ params }: Props) {
  const { segment } = await params;
  if (segment === '1') return <RedirectPage to="/" />;
  const page = getPageBySlug(segment);
  if (page)
    return (
      <>
        <DocumentView document={page} event={page.event ? getEventBySlug(page.event) : undefined} site={getContent()} />
        {page.url === jobPaths.board() ? <JobBoard offers={getOpenJobOffers()} /> : null}
      </>
    );
  const n = Number(segment);
  const list = paginate(getAllPosts(), n);
  if (!Number.isInteger(n) || n < 2 || n > list.pages) notFound();
  return <HomeList posts={list.items} siteTags={getAllTags()} page={list.page} pages={list.pages} />;
}
