/** The addresses of the job board: each offer's page, and the board itself (a standalone page). */
import { sitePaths } from '../site-paths';

export const jobPaths = {
  /** Where /jobs/ sends visitors: the board, at the address the old site gave it. */
  board: () => sitePaths.page('job-board'),
  list: () => '/jobs/',
  offer: (slug: string) => `/jobs/${slug}/`,
};

type Pages = { pages: readonly { url: string }[] };

/** Whether the site has a standalone board page (content/page/job-board.mdx) for /jobs/ to send visitors to. */
export const hasBoardPage = ({ pages }: Pages) => pages.some((page) => page.url === jobPaths.board());

/** The board's address: its standalone page when the site has one, else /jobs/, which then lists the offers itself. */
export const boardPath = (content: Pages) => (hasBoardPage(content) ? jobPaths.board() : jobPaths.list());
