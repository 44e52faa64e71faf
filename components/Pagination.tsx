import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

type PaginationProps = {
  page: number;
  pages: number;
  /** URL of page n of this list. */
  href: (page: number) => string;
};

/** Previous / page x of y / next, as plain links. */
export function Pagination({ page, pages, href }: PaginationProps) {
  if (pages <= 1) return null;
  const link =
    'rounded-md border border-slate-300 px-3 py-1.5 font-medium no-underline hover:border-coral-700 hover:text-coral-700 dark:border-slate-600 dark:hover:border-coral-300 dark:hover:text-coral-300';
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <SiteLink href={href(page - 1)} rel="prev" className={link}>
          {ui().lists.newer}
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="text-slate-600 dark:text-slate-400" aria-current="page">
        {ui().lists.page}
        {page}
        {ui().lists.of}
        {pages}
      </span>
      {page < pages ? (
        <SiteLink href={href(page + 1)} rel="next" className={link}>
          {ui().lists.older}
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
