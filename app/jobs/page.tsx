import { RedirectPage } from '@/components/RedirectPage';
import { jobPaths } from '@/lib/jobs/paths';
import { pageMetadata } from '@/lib/seo';

/** /jobs/, the folder of the offers' pages, sends visitors to the board. */
export const metadata = pageMetadata({ path: jobPaths.board(), noindex: true });

export default function JobsPage() {
  return <RedirectPage to={jobPaths.board()} />;
}
